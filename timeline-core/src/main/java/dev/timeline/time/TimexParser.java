package dev.timeline.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Locale;
import org.threeten.extra.YearQuarter;
import org.threeten.extra.YearWeek;

/**
 * Reads one TIMEX3 calendar value or its EDTF counterpart ({@code 2025-21}, {@code 2011~}), reporting the index of
 * the first bad character; {@link WhenParser} reads ranges.
 */
final class TimexParser {
    private final String text;
    private final int limit;
    private int pos;
    /** The modifier an EDTF quadrimester code (37–39) stands for, once read. */
    private Modifier pendingModifier;

    private TimexParser(String text, int from, int limit) {
        this.text = text;
        this.pos = from;
        this.limit = limit;
    }

    /** A point with the modifier its syntax carries ({@code ~}, EDTF quadrimesters), or null. */
    record Qualified(TimePoint point, Modifier modifier) {
    }

    static TimePoint parsePoint(String text) {
        Qualified q = new TimexParser(text, 0, text.length()).qualified();
        if (q.modifier() != null) {
            throw new TimeValueParseException(
                    "a time point cannot carry a modifier (" + q.modifier().timexName() + "); use When.parse", text, 0);
        }
        return q.point();
    }

    /** Reads the single point with its syntactic modifier in {@code text[from, limit)}. */
    static Qualified qualified(String text, int from, int limit) {
        return new TimexParser(text, from, limit).qualified();
    }

    private Qualified qualified() {
        int yearAt = pos;
        int digits = countDigits();
        if (digits == 0) {
            throw error(pos < limit ? "expected a year but found '" + text.charAt(pos) + "'" : "expected a year", pos);
        }
        if (digits > 4) {
            throw error("a year has at most four digits", yearAt + 4);
        }
        int number = number(digits);
        TimePoint point;
        if (digits == 4) {
            point = afterYear(number);
        } else {
            int unspecified = 0;
            while (pos < limit && text.charAt(pos) == 'X' && unspecified < 4 - digits) {
                pos++;
                unspecified++;
            }
            if (unspecified != 0 && unspecified != 4 - digits) {
                throw error("expected " + (4 - digits) + " unspecified digits (X)", pos);
            }
            if (pos < limit && text.charAt(pos) != '~') {
                throw error("expected a digit but found '" + text.charAt(pos) + "'", pos);
            }
            point = digits == 3 ? TimePoint.ofDecade(number * 10)
                    : digits == 2 ? TimePoint.ofCentury(number * 100)
                            : fail("expected a year of four digits, a decade of three or a century of two", yearAt);
        }
        Modifier modifier = pendingModifier;
        if (pos < limit && text.charAt(pos) == '~') {
            if (modifier != null) {
                throw error("a part of a year cannot also be approximate", pos);
            }
            modifier = Modifier.APPROX;
            pos++;
        }
        if (pos < limit) {
            char c = text.charAt(pos);
            if (c == '?' || c == '%') {
                throw error("uncertain dates (EDTF '" + c + "') are not supported", pos);
            }
            throw error("unexpected character '" + c + "'", pos);
        }
        return new Qualified(point, modifier);
    }

    private TimePoint afterYear(int year) {
        if (pos >= limit || "~?%".indexOf(text.charAt(pos)) >= 0) {
            return TimePoint.ofYear(year);
        }
        expect('-');
        if (pos >= limit) {
            throw error("expected a month, week, quarter, half or season", pos);
        }
        char c = text.charAt(pos);
        int at = pos;
        if (text.startsWith("WI", pos)) {
            return season(year);
        }
        switch (c) {
            case 'W':
                pos++;
                int week = twoDigits("week");
                int weeks = YearWeek.of(year, 1).is53WeekYear() ? 53 : 52;
                if (week < 1 || week > weeks) {
                    throw error("week " + week + " is out of range 1.." + weeks + " for " + year, at + 1);
                }
                YearWeek yw = YearWeek.of(year, week);
                if (pos < limit && text.charAt(pos) == '-') {
                    pos++;
                    int d = digit("day of week");
                    if (d < 1 || d > 7) {
                        throw error("day of week " + d + " is out of range 1..7", pos - 1);
                    }
                    return time(yw.atDay(DayOfWeek.of(d)));
                }
                return TimePoint.ofWeek(yw);
            case 'Q':
                pos++;
                return TimePoint.ofQuarter(YearQuarter.of(year, inRange(digit("quarter"), 1, 4, "quarter", at + 1)));
            case 'H':
                pos++;
                return TimePoint.ofHalf(year, inRange(digit("half"), 1, 2, "half", at + 1));
            default:
                if (Character.isLetter(c)) {
                    return season(year);
                }
                return monthOrCode(year);
        }
    }

    private TimePoint season(int year) {
        int at = pos;
        if (at + 2 > limit) {
            throw error("expected a season code SP, SU, FA or WI", at);
        }
        String code = text.substring(at, at + 2);
        for (Season s : Season.values()) {
            if (s.timexCode().equals(code)) {
                pos += 2;
                return TimePoint.ofSeason(year, s);
            }
        }
        throw error("unknown season \"" + code + "\": expected SP, SU, FA or WI", at);
    }

    private TimePoint monthOrCode(int year) {
        int at = pos;
        int value = twoDigits("month");
        boolean more = pos < limit && text.charAt(pos) == '-';
        if (!more) {
            if (value >= 21 && value <= 28) {
                return TimePoint.ofSeason(year, Season.values()[(value - 21) % 4]);
            }
            if (value >= 33 && value <= 36) {
                return TimePoint.ofQuarter(YearQuarter.of(year, value - 32));
            }
            if (value >= 37 && value <= 39) {
                pendingModifier = Modifier.values()[value - 37];
                return TimePoint.ofYear(year);
            }
            if (value == 40 || value == 41) {
                return TimePoint.ofHalf(year, value - 39);
            }
        }
        if (value < 1 || value > 12) {
            throw error("month " + value + " is out of range 1..12", at);
        }
        YearMonth month = YearMonth.of(year, value);
        if (!more) {
            return TimePoint.ofMonth(month);
        }
        pos++;
        int dayAt = pos;
        int day = twoDigits("day");
        if (day < 1 || day > month.lengthOfMonth()) {
            throw error("day " + day + " is out of range 1.." + month.lengthOfMonth() + " for "
                    + month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year, dayAt);
        }
        return time(month.atDay(day));
    }

    private TimePoint time(LocalDate date) {
        if (pos >= limit || text.charAt(pos) != 'T') {
            return TimePoint.ofDay(date);
        }
        pos++;
        int at = pos;
        if (pos < limit && Character.isLetter(text.charAt(pos))) {
            String code = text.substring(at, Math.min(at + 2, limit));
            DayPart part = DayPart.fromTimexCode(code).orElseThrow(() -> error("unknown part of the day \""
                    + code + "\": expected MO, MI, AF, EV, NI or DT", at));
            pos += 2;
            return TimePoint.ofDayPart(date, part);
        }
        int hour = inRange(twoDigits("hour"), 0, 24, "hour", at);
        if (hour == 24) {
            // ISO 8601 and TIMEX3 write midnight at the end of a day as T24:00: the next day's 00:00
            if (pos < limit && text.charAt(pos) == ':') {
                pos++;
                if (twoDigits("minute") != 0) {
                    throw error("hour 24 (midnight) takes minute 00 only", pos - 2);
                }
                return offset(TimePoint.ofDateTime(date.plusDays(1).atStartOfDay(), Precision.MINUTE));
            }
            return offset(TimePoint.ofHour(date.plusDays(1), 0));
        }
        TimePoint point;
        if (pos < limit && text.charAt(pos) == ':') {
            pos++;
            int minute = inRange(twoDigits("minute"), 0, 59, "minute", pos - 2);
            int second = 0;
            if (pos < limit && text.charAt(pos) == ':') {
                pos++;
                second = inRange(twoDigits("second"), 0, 59, "second", pos - 2);
                point = TimePoint.ofDateTime(LocalDateTime.of(date, LocalTime.of(hour, minute, second)),
                        Precision.SECOND);
            } else {
                point = TimePoint.ofDateTime(LocalDateTime.of(date, LocalTime.of(hour, minute)), Precision.MINUTE);
            }
        } else {
            point = TimePoint.ofHour(date, hour);
        }
        return offset(point);
    }

    private TimePoint offset(TimePoint point) {
        if (pos >= limit) {
            return point;
        }
        char c = text.charAt(pos);
        if (c == 'Z') {
            pos++;
            return point.withOffset(ZoneOffset.UTC);
        }
        if (c != '+' && c != '-') {
            return point;
        }
        int at = pos++;
        int hours = inRange(twoDigits("offset hours"), 0, 18, "offset hours", at + 1);
        int minutes = 0;
        if (pos < limit && text.charAt(pos) == ':') {
            pos++;
            minutes = inRange(twoDigits("offset minutes"), 0, 59, "offset minutes", pos - 2);
        }
        int sign = c == '-' ? -1 : 1;
        try {
            return point.withOffset(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
        } catch (java.time.DateTimeException e) {
            throw error("offset is out of range -18:00..+18:00", at);
        }
    }

    private int countDigits() {
        int n = 0;
        while (pos + n < limit && isDigit(text.charAt(pos + n))) {
            n++;
        }
        return n;
    }

    private int number(int digits) {
        int value = Integer.parseInt(text.substring(pos, pos + digits));
        pos += digits;
        return value;
    }

    private int digit(String what) {
        if (pos >= limit || !isDigit(text.charAt(pos))) {
            throw error(pos >= limit ? "expected a digit for the " + what
                    : "expected a digit for the " + what + " but found '" + text.charAt(pos) + "'", pos);
        }
        return text.charAt(pos++) - '0';
    }

    private int twoDigits(String what) {
        int tens = digit(what);
        return tens * 10 + digit(what);
    }

    private int inRange(int value, int min, int max, String what, int at) {
        if (value < min || value > max) {
            throw error(what + " " + value + " is out of range " + min + ".." + max, at);
        }
        return value;
    }

    private void expect(char c) {
        if (pos >= limit) {
            throw error("expected '" + c + "'", pos);
        }
        if (text.charAt(pos) != c) {
            throw error("expected '" + c + "' but found '" + text.charAt(pos) + "'", pos);
        }
        pos++;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private TimePoint fail(String reason, int at) {
        throw error(reason, at);
    }

    private TimeValueParseException error(String reason, int at) {
        return new TimeValueParseException(reason, text, at);
    }
}
