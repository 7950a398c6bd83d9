package dev.timeline.time;

import java.util.Objects;
import java.util.Optional;

/** A TIMEX3 reference to the present, the past or the future, as for "now", "formerly", "in the future". */
public enum TimeReference implements TimexValue {
    /** TIMEX3 {@code PRESENT_REF}: "now", "currently". */
    PRESENT_REF("now"),
    /** TIMEX3 {@code PAST_REF}: "formerly", "in the past". */
    PAST_REF("the past"),
    /** TIMEX3 {@code FUTURE_REF}: "in the future", "some day". */
    FUTURE_REF("the future");

    private final String label;

    TimeReference(String label) {
        this.label = label;
    }

    /** The TIMEX3 value, equal to the constant's name. */
    @Override
    public String timexValue() {
        return name();
    }

    /** Always empty: references carry no modifier. */
    @Override
    public Optional<String> timexMod() {
        return Optional.empty();
    }

    /** "now", "the past" or "the future". */
    @Override
    public String label() {
        return label;
    }

    /** Returns the reference with the given TIMEX3 value, or empty if {@code value} names none. */
    public static Optional<TimeReference> fromTimex(String value) {
        Objects.requireNonNull(value, "value");
        for (TimeReference r : values()) {
            if (r.name().equals(value)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
