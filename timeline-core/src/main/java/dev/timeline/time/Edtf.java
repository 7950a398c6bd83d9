package dev.timeline.time;

import java.time.LocalDate;
import java.time.LocalTime;

/** Formats {@link When} values as EDTF (ISO 8601-2); see {@link When#edtf()} for what is lossy. */
final class Edtf {
    private Edtf() {
    }

    static String format(When w) {
        TimePoint s = w.start();
        TimePoint e = w.end();
        if (w.modifier().isEmpty()) {
            return w.isRange() ? point(s) + "/" + point(e) : point(s);
        }
        switch (w.modifier().get()) {
            case APPROX:
                return w.isRange() ? point(s) + "~/" + point(e) + "~" : point(s) + "~";
            case START:
            case MID:
            case END:
                if (!w.isRange() && s.precision() == Precision.YEAR) {
                    return String.format("%04d-%d", s.year(), 37 + w.modifier().get().ordinal());
                }
                return days(w.earliestDay(), w.latestDay());
            case ON_OR_BEFORE:
                return "../" + point(e);
            case ON_OR_AFTER:
                return point(s) + "/..";
            case BEFORE:
                return "../" + w.latestDay();
            case AFTER:
                return w.earliestDay() + "/..";
            default:
                throw new IllegalStateException("a date cannot have modifier " + w.modifier().get());
        }
    }

    private static String days(LocalDate first, LocalDate last) {
        return first.equals(last) ? first.toString() : first + "/" + last;
    }

    private static String point(TimePoint p) {
        String y = String.format("%04d", p.year());
        switch (p.precision()) {
            case CENTURY:
                return y.substring(0, 2) + "XX";
            case DECADE:
                return y.substring(0, 3) + "X";
            case HALF:
                return y + "-" + (39 + p.part());
            case QUARTER:
                return y + "-" + (32 + p.part());
            case SEASON:
                return y + "-" + p.season().orElseThrow().edtfCode();
            case HOUR:
            case MINUTE:
            case SECOND:
                LocalTime t = p.timeOfDay().orElseThrow();
                return p.earliestDay() + "T" + String.format("%02d:%02d:%02d", t.getHour(), t.getMinute(),
                        t.getSecond()) + p.offset().map(o -> o.getId()).orElse("");
            default:
                return p.timexValue();
        }
    }
}
