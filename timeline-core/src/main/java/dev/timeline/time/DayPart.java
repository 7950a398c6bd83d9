package dev.timeline.time;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A TIMEX3 part of the day, as in {@code 2025-09-04TMO} for "Thursday morning".
 *
 * <p>A part of the day refines a day without a clock time: such a {@link TimePoint} has {@link Precision#DAY} and
 * covers its whole day.
 */
public enum DayPart {
    /** {@code MO}: the morning. */
    MORNING("MO"),
    /** {@code MI}: midday. */
    MIDDAY("MI"),
    /** {@code AF}: the afternoon. */
    AFTERNOON("AF"),
    /** {@code EV}: the evening. */
    EVENING("EV"),
    /** {@code NI}: the night. */
    NIGHT("NI"),
    /** {@code DT}: the daytime. */
    DAYTIME("DT");

    private final String code;

    DayPart(String code) {
        this.code = code;
    }

    /** The two-letter TIMEX3 code, such as {@code MO}. */
    public String timexCode() {
        return code;
    }

    /** The English name in lower case: "morning", "midday", "afternoon", "evening", "night", "daytime". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Returns the part of the day with the given TIMEX3 code, or empty if {@code code} names none. */
    public static Optional<DayPart> fromTimexCode(String code) {
        Objects.requireNonNull(code, "code");
        for (DayPart p : values()) {
            if (p.code.equals(code)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
