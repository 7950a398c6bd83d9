package dev.timeline.time;

import dev.timeline.time.PartialDate.Kind;
import java.time.Month;

/** Reads TIMEX3 values with unspecified digits ({@code XXXX-10}, {@code XXXX-WXX-1}, {@code 19XX}). */
final class PartialDateParser {
    private final String text;
    private int pos;

    private PartialDateParser(String text) {
        this.text = text;
    }

    static PartialDate parse(String text) {
        return new PartialDateParser(text).value();
    }

    private PartialDate value() {
        for (int i = 0; i < 4; i++) {
            char c = at(i);
            if (c != 'X' && !Character.isDigit(c)) {
                throw error(c == 0 ? "expected a year of four digits or X" : "expected a digit or X but found '" + c
                        + "'", i);
            }
        }
        String year = text.substring(0, 4);
        pos = 4;
        PartialDate result;
        if (pos == text.length()) {
            result = new PartialDate(year, Kind.NONE, 0, PartialDate.ABSENT, null);
        } else {
            expect('-');
            char c = at(pos);
            if (c == 'W' && at(pos + 1) != 'I') {
                pos++;
                int week = twoOrX("week", 1, 53);
                int day = PartialDate.ABSENT;
                if (at(pos) == '-') {
                    pos++;
                    if (at(pos) == 'W' && at(pos + 1) == 'E') {
                        pos += 2;
                        day = PartialDate.WEEKEND;
                    } else {
                        day = oneOrX("day of week", 1, 7);
                    }
                }
                result = new PartialDate(year, Kind.WEEK, week, day, null, time());
            } else if (c == 'Q' || c == 'H') {
                pos++;
                int n = oneOrX(c == 'Q' ? "quarter" : "half", 1, c == 'Q' ? 4 : 2);
                result = new PartialDate(year, c == 'Q' ? Kind.QUARTER : Kind.HALF, n, PartialDate.ABSENT, null);
            } else if (c != 'X' && Character.isLetter(c)) {
                result = new PartialDate(year, Kind.SEASON, season(), PartialDate.ABSENT, null);
            } else {
                int month = twoOrX("month", 1, 12);
                int day = PartialDate.ABSENT;
                if (at(pos) == '-') {
                    pos++;
                    int dayAt = pos;
                    int max = month == PartialDate.UNKNOWN ? 31 : Month.of(month).maxLength();
                    day = twoOrX("day", 1, 31);
                    if (day > max) {
                        throw error("day " + day + " is out of range 1.." + max + " for " + Labels.monthName(month),
                                dayAt);
                    }
                }
                result = new PartialDate(year, Kind.MONTH, month, day, null, day == PartialDate.ABSENT ? "" : time());
            }
        }
        if (pos < text.length()) {
            throw error("unexpected character '" + text.charAt(pos) + "'", pos);
        }
        if (text.indexOf('X') < 0) {
            throw error("nothing is unspecified (no X): use When.parse", 0);
        }
        return result;
    }

    /** A time of day after a day: {@code TNI} (a part of the day) or {@code T14}, {@code T14:30}; else empty. */
    private String time() {
        if (at(pos) != 'T') {
            return "";
        }
        int start = pos++;
        if (Character.isLetter(at(pos))) {
            String code = text.substring(pos, Math.min(pos + 2, text.length()));
            if (DayPart.fromTimexCode(code).isEmpty()) {
                throw error("unknown part of the day \"" + code + "\": expected MO, MI, AF, EV, NI or DT", pos);
            }
            pos += 2;
        } else {
            twoOrX("hour", 0, 24);
            if (at(pos) == ':') {
                pos++;
                twoOrX("minute", 0, 59);
            }
        }
        return text.substring(start, pos);
    }

    private int season() {
        String code = text.length() >= pos + 2 ? text.substring(pos, pos + 2) : text.substring(pos);
        for (Season s : Season.values()) {
            if (s.timexCode().equals(code)) {
                pos += 2;
                return s.ordinal() + 1;
            }
        }
        throw error("unknown season \"" + code + "\": expected SP, SU, FA or WI", pos);
    }

    private int twoOrX(String what, int min, int max) {
        if (at(pos) == 'X' && at(pos + 1) == 'X') {
            pos += 2;
            return PartialDate.UNKNOWN;
        }
        int start = pos;
        int value = digit(what) * 10 + digit(what);
        if (value < min || value > max) {
            throw error(what + " " + value + " is out of range " + min + ".." + max, start);
        }
        return value;
    }

    private int oneOrX(String what, int min, int max) {
        if (at(pos) == 'X') {
            pos++;
            return PartialDate.UNKNOWN;
        }
        int value = digit(what);
        if (value < min || value > max) {
            throw error(what + " " + value + " is out of range " + min + ".." + max, pos - 1);
        }
        return value;
    }

    private int digit(String what) {
        char c = at(pos);
        if (!Character.isDigit(c)) {
            throw error(c == 0 ? "expected a digit for the " + what
                    : "expected a digit or X for the " + what + " but found '" + c + "'", pos);
        }
        pos++;
        return c - '0';
    }

    private void expect(char c) {
        char found = at(pos);
        if (found != c) {
            throw error(found == 0 ? "expected '" + c + "'" : "expected '" + c + "' but found '" + found + "'", pos);
        }
        pos++;
    }

    private char at(int i) {
        return i < text.length() ? text.charAt(i) : 0;
    }

    private TimeValueParseException error(String reason, int index) {
        return new TimeValueParseException(reason, text, index);
    }
}
