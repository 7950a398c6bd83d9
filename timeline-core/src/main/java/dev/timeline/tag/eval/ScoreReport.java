package dev.timeline.tag.eval;

import java.util.Locale;
import java.util.Map;

/**
 * Formats a {@link TimexScore} for people, in the layout of {@code te3score.py}: scores as percentages with two
 * decimals, F1 before P and R.
 *
 * <p>All methods are static and thread-safe.
 */
public final class ScoreReport {
    private ScoreReport() {
    }

    /** The counts and strict, relaxed, value and type F1/P/R, one line each, ending with a line break. */
    public static String summary(TimexScore score) {
        TimexCounts c = score.counts();
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "documents: %d   gold timexes: %d   system timexes: %d%n",
                score.documents(), c.gold(), c.system()));
        if (score.ignoredEmptyGold() > 0 || score.ignoredEmptySystem() > 0) {
            s.append(String.format(Locale.ROOT, "ignored empty TIMEX3: gold %d, system %d%n", score.ignoredEmptyGold(),
                    score.ignoredEmptySystem()));
        }
        s.append(String.format(Locale.ROOT, "matches: strict %d  relaxed %d  value %d  type %d%n", c.strict(),
                c.relaxed(), c.value(), c.type()));
        s.append(String.format(Locale.ROOT, "%-10s %7s %7s %7s%n", "", "F1", "P", "R"));
        line(s, "strict", score.strict());
        line(s, "relaxed", score.relaxed());
        line(s, "value", score.value());
        line(s, "type", score.type());
        s.append(String.format(Locale.ROOT, "value accuracy (over relaxed matches): %.2f   type accuracy: %.2f%n",
                100 * score.valueAccuracy(), 100 * score.typeAccuracy()));
        return s.toString();
    }

    private static void line(StringBuilder s, String label, PrecisionRecall prf) {
        s.append(String.format(Locale.ROOT, "%-10s %7.2f %7.2f %7.2f%n", label, 100 * prf.f1(),
                100 * prf.precision(), 100 * prf.recall()));
    }

    /** The per-document counts table followed by one line per error, as {@code te3score.py --errors} prints them. */
    public static String errors(TimexScore score) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%-40s %5s %5s %6s %7s %5s %5s%n", "file", "gold", "sys", "strict",
                "relaxed", "value", "type"));
        for (Map.Entry<String, TimexCounts> e : score.perDocument().entrySet()) {
            TimexCounts c = e.getValue();
            s.append(String.format(Locale.ROOT, "%-40s %5d %5d %6d %7d %5d %5d%n", e.getKey(), c.gold(), c.system(),
                    c.strict(), c.relaxed(), c.value(), c.type()));
        }
        s.append(System.lineSeparator());
        for (TimexError e : score.errors()) {
            s.append(e).append(System.lineSeparator());
        }
        return s.append(System.lineSeparator()).toString();
    }
}
