package dev.timeline.tag.eval;

import dev.timeline.tag.Mention;
import dev.timeline.tag.TimexType;
import java.util.ArrayList;
import java.util.List;

/**
 * Deterministic "system output" made from gold timexes by deleting, shifting, splitting, duplicating and retyping
 * them and by adding spurious spans, so that every branch of the TempEval-3 alignment is exercised.
 */
final class Perturbation {
    private Perturbation() {
    }

    static List<Mention> of(String text, List<Mention> gold, int seed) {
        List<Mention> out = new ArrayList<>();
        int k = seed;
        for (Mention g : gold) {
            int s = g.start();
            int e = g.end();
            switch (k++ % 10) {
                case 0 -> { } // deleted: a miss
                case 1 -> add(out, text, s, e, g.type(), g.value() + "X");
                case 2 -> add(out, text, s, e, TimexType.values()[(g.type().ordinal() + 1) % 4], g.value());
                case 3 -> add(out, text, s, nextWordEnd(text, e), g.type(), g.value());
                case 4 -> add(out, text, s + 1, e, g.type(), g.value());
                case 5 -> add(out, text, s - 3, e - 3, g.type(), g.value());
                case 6 -> {
                    int mid = (s + e) / 2;
                    add(out, text, s, mid, g.type(), g.value());
                    add(out, text, mid, e, g.type(), g.value());
                }
                case 7 -> {
                    add(out, text, s, e, g.type(), "dup");
                    add(out, text, s, e, g.type(), g.value());
                }
                case 8 -> add(out, text, Math.max(0, s - 12), s + 1, g.type(), g.value());
                default -> add(out, text, s, e, g.type(), g.value());
            }
        }
        for (int p = 40 + seed; p + 5 < text.length(); p += 397) {
            add(out, text, p, p + 5, TimexType.DATE, "SPURIOUS");
        }
        return withoutCrossings(out);
    }

    private static int nextWordEnd(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static void add(List<Mention> out, String text, int start, int end, TimexType type, String value) {
        int s = align(text, Math.max(0, start));
        int e = align(text, Math.min(text.length(), end));
        if (s < e) {
            out.add(Mention.of(text, s, e, type, value));
        }
    }

    /** Moves an index that would split a surrogate pair back to the pair's start. */
    private static int align(String text, int i) {
        return i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i)) ? i - 1 : i;
    }

    /** Keeps mentions in order, dropping any that crosses (overlaps without nesting) one already kept. */
    private static List<Mention> withoutCrossings(List<Mention> mentions) {
        List<Mention> kept = new ArrayList<>();
        for (Mention m : mentions) {
            boolean crosses = kept.stream().anyMatch(o -> m.start() < o.end() && o.start() < m.end()
                    && !(m.start() <= o.start() && o.end() <= m.end())
                    && !(o.start() <= m.start() && m.end() <= o.end()));
            if (!crosses) {
                kept.add(m);
            }
        }
        return kept;
    }
}
