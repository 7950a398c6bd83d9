package dev.timeline.tag;

/** Rules for times of day: "3 p.m.", "10:35 a.m. EDT Thursday", "14:30 GMT", "noon", "midnight". Stateless. */
final class ClockRules {
    private ClockRules() {
    }

    /** A clock time starting with the hour number at {@code i}. */
    static Match clock(Scan s, Reference r, int i) {
        Token h = s.t(i);
        if (h.length() > 2 || h.num > 24) {
            return null;
        }
        int hour = h.num;
        int minute = 0;
        int j = i + 1;
        boolean colon = false;
        if (s.w(i - 1, ":") && s.glued(i)) {
            return null; // the minutes of "2:05:30"
        }
        if (s.w(i - 1, ".") && s.glued(i) && s.glued(i - 1) && s.cat(i - 2) == Cat.NUMBER) {
            return null; // the minutes of "4.02 pm", or a decimal's digits
        }
        if (s.w(j, ":") && s.glued(j) && s.glued(j + 1) && s.cat(j + 1) == Cat.NUMBER && s.t(j + 1).length() == 2) {
            minute = s.t(j + 1).num;
            j += 2;
            colon = true;
            if (minute > 59 || s.w(j, ":") && s.glued(j) || s.w(j, ".") && s.glued(j) && s.cat(j + 1) == Cat.NUMBER
                    && (s.glued(j + 1) || s.t(j + 1).length() == 2)) {
                return null; // "2:05:30", "1:59.40" and "7:53. 63" (a scraped space) are race times, not clock times
            }
        }
        if (!colon && s.w(j, ".") && s.glued(j) && s.glued(j + 1) && s.cat(j + 1) == Cat.NUMBER
                && s.t(j + 1).length() == 2 && s.t(j + 1).num <= 59 && meridiem(s, j + 2) > j + 2) {
            minute = s.t(j + 1).num; // "4.02 pm", "11.30am": the British writing of a clock time
            j += 2;
        }
        int meridiem = 0;
        int after = meridiem(s, j);
        if (after > j) {
            meridiem = s.t(j).low.startsWith("p") ? 2 : 1;
            j = after;
        } else if (s.w(j, "o") && s.w(j + 1, "'") && s.w(j + 2, "clock")) {
            j += 3;
            meridiem = 3;
        } else if (s.w(j, "in") && s.w(j + 1, "the") && s.cat(j + 2) == Cat.DAYPART && s.t(j + 2).num <= 2) {
            meridiem = s.t(j + 2).num == 0 ? 1 : 2; // "4 in the morning", "3 in the afternoon"
            j += 3;
        }
        if (!colon && meridiem == 0 && hour == 12 && s.cat(j) == Cat.DAYPART && (s.t(j).num == 4 || s.t(j).num == 5)
                && !s.t(j).low.endsWith("s")) {
            return withDay(s, r, i, j + 1, s.t(j).num == 4 ? "T12:00" : "T24:00"); // "12 noon", "12 midnight"
        }
        if (meridiem == 0 && (!colon || isGameClock(s, j))) {
            return null;
        }
        if (meridiem == 0 && afterNoonNear(s, i, j, hour)) {
            hour += 12; // "This afternoon at about 3:30": 15:30
        }
        if (meridiem == 1 || meridiem == 2) {
            if (hour < 1 || hour > 12) {
                return null;
            }
            hour = hour % 12 + (meridiem == 2 ? 12 : 0);
        } else if (hour > 23) {
            return null;
        }
        if (isZone(s.t(j).low) && s.t(j).cap) {
            j++;
        } else if (s.w(j, "local") && s.w(j + 1, "time")) {
            j += 2;
        } else if (meridiem > 0 && s.t(j).cap && s.cat(j) != Cat.MONTH && s.w(j + 1, "time")) {
            j += 2; // "5:30 p.m. Manila time": a place's time
        }
        String time = "T" + Dates.two(hour) + ":" + Dates.two(minute);
        return withDay(s, r, i, j, time);
    }

    /** How many tokens before a clock time, or after it, the part of the day it is in may stand. */
    private static final int DAYPART_REACH = 4;

    /**
     * Whether the clock time without "a.m." or "p.m." at tokens {@code [i, j)}, of hour {@code hour}, is after noon by
     * the afternoon, evening or night named next to it ("this afternoon at about 3:30", "at 8:15 on Tuesday evening"):
     * an hour of 1 to 6 in the afternoon, of 5 to 11 in the evening, of 7 to 11 at night; no full stop between.
     */
    private static boolean afterNoonNear(Scan s, int i, int j, int hour) {
        for (int k = i - 1; k >= Math.max(0, i - DAYPART_REACH) && !s.w(k, "."); k--) {
            if (s.cat(k) == Cat.DAYPART) {
                return afterNoon(s.t(k).num, hour);
            }
        }
        for (int k = j; k < j + DAYPART_REACH && !s.w(k, "."); k++) {
            if (s.cat(k) == Cat.DAYPART) {
                return afterNoon(s.t(k).num, hour);
            }
        }
        return false;
    }

    private static boolean afterNoon(int part, int hour) {
        return part == 1 && hour >= 1 && hour <= 6 || part == 2 && hour >= 5 && hour <= 11
                || part == 3 && hour >= 7 && hour <= 11;
    }

    /**
     * "noon" and "midnight", optionally followed by a day; "mid-afternoon" and "in the morning" of the day under
     * discussion (the last day named within a sentence or two, else the reference day).
     */
    static Match namedTime(Scan s, Reference r, int i) {
        Token k = s.t(i);
        if (k.num < 4 && !k.low.endsWith("s")) {
            boolean mid = s.w(i - 1, "mid") || s.cat(i - 1) == Cat.DASH && s.w(i - 2, "mid");
            if (!mid && !(s.w(i - 1, "the") && s.w(i - 2, "in") && s.boundary(i + 1))) {
                return null;
            }
            String part = "T" + Dates.PARTS[k.num];
            Token n = s.t(i + 1);
            if (n.cat == Cat.WEEKDAY || n.cat == Cat.DEICTIC && n.num >= -1 && n.num <= 1) {
                return withDay(s, r, i, i + 1, part);
            }
            String day = s.lastDay(i, 40) != null ? s.lastDay(i, 40) : Dates.day(r.orNull());
            return Match.of(i, i + 1, TimexType.TIME, day + part);
        }
        if (k.num == 4) {
            // "high noon" is a showdown, not a time of day
            return s.w(i - 1, "high") ? null : withDay(s, r, i, i + 1, "T12:00");
        }
        if (k.num == 5) {
            return withDay(s, r, i, i + 1, "T24:00");
        }
        return null;
    }

    private static Match withDay(Scan s, Reference r, int first, int end, String time) {
        Token n = s.t(end);
        if (n.low.equals("(")) {
            // "10:35 a.m. (0735 GMT) Friday", "8:25 am (0525 GMT) Nov. 17": the day after the aside dates the time,
            // which ends before it
            for (int j = end + 1; j < end + 10; j++) {
                if (s.cat(j) == Cat.WEEKDAY && s.t(j).cap) {
                    // "4 in the morning (4 a.m. EDT Thursday)": the aside names the day
                    Match w = WeekdayRules.weekday(s, r, j, 0);
                    if (w != null && w.value().length() >= 10 && Character.isDigit(w.value().charAt(0))) {
                        return Match.of(first, end, TimexType.TIME, w.value().substring(0, 10) + time);
                    }
                }
                if (s.w(j, ")")) {
                    Token d = s.t(j + 1);
                    Match w = d.cat == Cat.WEEKDAY && d.cap ? WeekdayRules.weekday(s, r, j + 1, 0)
                            : d.cat == Cat.MONTH ? CalendarRules.monthFirst(s, r, j + 1) : null; // "(0525 GMT) Nov. 17"
                    if (w != null && w.value().length() >= 10 && Character.isDigit(w.value().charAt(0))) {
                        return Match.of(first, end, TimexType.TIME, w.value().substring(0, 10) + time);
                    }
                    break;
                }
            }
        }
        if (n.cat == Cat.WEEKDAY && n.cap && !n.low.endsWith("s")) {
            Match w = WeekdayRules.weekday(s, r, end, 0);
            if (w != null && w.value().length() >= 10) {
                return Match.of(first, w.last(), TimexType.TIME, w.value().substring(0, 10) + time);
            }
        }
        if (n.cat == Cat.MONTH) {
            Match d = CalendarRules.monthFirst(s, r, end);
            if (d != null && d.value().length() == 10) {
                return Match.of(first, d.last(), TimexType.TIME, d.value() + time);
            }
        }
        if (n.cat == Cat.DEICTIC && n.num >= -1 && n.num <= 1) {
            // "noon today": the day; but "today's youth" names no day (the rule says no), and the time stands alone
            Match d = RelativeRules.deictic(s, r, end);
            if (d != null && d.value().length() >= 10 && Character.isDigit(d.value().charAt(0))) {
                return Match.of(first, end + 1, TimexType.TIME, d.value().substring(0, 10) + time);
            }
        }
        if (s.w(end, "on") && s.w(end + 1, "the") && (s.w(end + 2, "day") || s.cat(end + 2) == Cat.DAYPART)
                && s.w(end + 3, "of")) {
            // "at 1.30 am on the morning of his death": the day of another happening, which the text does not date
            return Match.of(first, end, TimexType.TIME, "XXXX-XX-XX" + time);
        }
        if (s.w(end, "on")) {
            // "at 11:45 a.m. on Nov. 5", "at 10 p.m. on Friday": the date after "on" is the time's day, a mention
            // of its own
            String day = dayAfter(s, r, end + 1);
            if (day != null) {
                return Match.of(first, end, TimexType.TIME, day + time);
            }
        }
        if (r.known() && thisDaypartNear(s, first, end)) {
            // "at 3:30 this morning": the morning is the reference date's, whatever day the text spoke of before
            return Match.of(first, end, TimexType.TIME, Dates.day(r.date()) + time);
        }
        return Match.of(first, end, TimexType.TIME, dayUnderDiscussion(s, r, first) + time);
    }

    /** Whether "this morning", "this afternoon" ... stands next to the clock time at {@code [first, end)}. */
    private static boolean thisDaypartNear(Scan s, int first, int end) {
        return s.w(end, "this") && s.cat(end + 1) == Cat.DAYPART
                || s.w(first - 1, "at") && s.cat(first - 2) == Cat.DAYPART && s.w(first - 3, "this");
    }

    /** The day a weekday, a month and day or a day and month ("27 April") at token {@code j} names, or null. */
    private static String dayAfter(Scan s, Reference r, int j) {
        Token d = s.t(j);
        Match m = d.cat == Cat.WEEKDAY && d.cap && !d.low.endsWith("s") ? WeekdayRules.weekday(s, r, j, 0)
                : d.cat == Cat.MONTH ? CalendarRules.monthFirst(s, r, j)
                : d.cat == Cat.NUMBER || d.cat == Cat.ORDINAL ? CalendarRules.dayFirst(s, r, j) : null;
        return m != null && m.value().length() >= 10 && Character.isDigit(m.value().charAt(0))
                ? m.value().substring(0, 10) : null;
    }

    /**
     * The last day named within the last sentence or so ("Police said Tuesday he was seized at 3 p.m."), else the
     * reference day.
     */
    private static String dayUnderDiscussion(Scan s, Reference r, int i) {
        String day = s.lastDay(i, 25);
        return day != null ? day : Dates.day(r.orNull());
    }

    /**
     * Whether the words at {@code j}, after a time in "h:mm" with no "a.m." or "p.m.", make it the clock of a game:
     * "with 1:29 remaining", "4:05 left", "2:10 to play", "0:45 to go".
     */
    private static boolean isGameClock(Scan s, int j) {
        return s.w(j, "remaining") || s.w(j, "left") || s.w(j, "to") && (s.w(j + 1, "play") || s.w(j + 1, "go"));
    }

    /** Index past "a.m.", "p.m.", "am", "pm" at {@code j}, or {@code j} if there is none. */
    private static int meridiem(Scan s, int j) {
        Token k = s.t(j);
        if (k.low.equals("am") || k.low.equals("pm")) {
            return j + 1;
        }
        if ((k.low.equals("a") || k.low.equals("p")) && s.w(j + 1, ".") && s.glued(j + 1) && s.w(j + 2, "m")
                && s.glued(j + 2)) {
            return s.w(j + 3, ".") && s.glued(j + 3) ? j + 4 : j + 3;
        }
        return j;
    }

    private static boolean isZone(String w) {
        switch (w) {
            case "gmt": case "utc": case "est": case "edt": case "cst": case "cdt": case "mst": case "mdt": case "pst":
            case "pdt": case "et": case "bst": case "cet": case "cest": case "jst": case "ist":
                return true;
            default:
                return false;
        }
    }
}
