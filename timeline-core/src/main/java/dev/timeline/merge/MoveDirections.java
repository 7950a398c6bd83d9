package dev.timeline.merge;

import java.util.Locale;
import java.util.Set;

/**
 * The direction a title moves in: up ("Velo shares end higher", "Oil prices rise"), down ("The Tarn index falls 2
 * percent") or neither. Two reports that move opposite ways tell two happenings, whatever else they share ("Share
 * prices in Velo end lower", "The Tarn stock market ends higher", on one Thursday). Stateless.
 */
final class MoveDirections {
    /** Words of a move up, as a title in the present writes them. */
    private static final Set<String> UP = Set.of("higher", "up", "rise", "rises", "gain", "gains", "climb", "climbs",
            "jump", "jumps", "surge", "surges", "soar", "soars", "rally", "rallies", "advance", "advances");
    /** Words of a move down. */
    private static final Set<String> DOWN = Set.of("lower", "down", "fall", "falls", "drop", "drops", "decline",
            "declines", "slip", "slips", "dip", "dips", "plunge", "plunges", "tumble", "tumbles", "slump", "slumps",
            "lose", "loses");

    private MoveDirections() {
    }

    /** 1 when {@code title} moves up only, -1 when down only, else 0. */
    static int of(String title) {
        boolean up = false;
        boolean down = false;
        for (String w : title.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            up |= UP.contains(w);
            down |= DOWN.contains(w);
        }
        return up == down ? 0 : up ? 1 : -1;
    }
}
