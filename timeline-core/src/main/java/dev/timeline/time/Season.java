package dev.timeline.time;

import java.time.Month;
import java.util.Locale;
import java.util.Objects;

/**
 * A northern-hemisphere meteorological season, each three whole months long.
 *
 * <p>A season belongs to the year in which it starts: spring is March–May, summer June–August, fall
 * September–November, and the winter of 2025 is December 2025 to February 2026. TimeML leaves this open; EDTF codes
 * 21–24 and TIMEX3 codes {@code SP}, {@code SU}, {@code FA}, {@code WI} map onto these four constants.
 */
public enum Season {
    /** March to May. */
    SPRING("SP", Month.MARCH),
    /** June to August. */
    SUMMER("SU", Month.JUNE),
    /** September to November. */
    FALL("FA", Month.SEPTEMBER),
    /** December to February of the next year. */
    WINTER("WI", Month.DECEMBER);

    private final String code;
    private final Month firstMonth;

    Season(String code, Month firstMonth) {
        this.code = code;
        this.firstMonth = firstMonth;
    }

    /** The two-letter TIMEX3 code: {@code SP}, {@code SU}, {@code FA} or {@code WI}. */
    public String timexCode() {
        return code;
    }

    /** The EDTF (ISO 8601-2) sub-year code: 21 for spring to 24 for winter. */
    public int edtfCode() {
        return 21 + ordinal();
    }

    /** The month the season starts in; the season runs for three months from its first day. */
    public Month firstMonth() {
        return firstMonth;
    }

    /** The English name in lower case, as in "summer 2025". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Returns the season with the given TIMEX3 code.
     *
     * @throws IllegalArgumentException if {@code code} is not one of {@code SP}, {@code SU}, {@code FA}, {@code WI}
     */
    public static Season fromTimexCode(String code) {
        Objects.requireNonNull(code, "code");
        for (Season s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown season code \"" + code + "\": expected SP, SU, FA or WI");
    }
}
