package dev.timeline.time;

import java.util.Objects;

/**
 * A TIMEX3 {@code mod} attribute: how a value relates to the calendar unit or length it names.
 *
 * <p>{@link #START}, {@link #MID}, {@link #END}, {@link #APPROX}, {@link #BEFORE}, {@link #AFTER},
 * {@link #ON_OR_BEFORE} and {@link #ON_OR_AFTER} apply to dates ({@link When}); {@link #LESS_THAN},
 * {@link #MORE_THAN}, {@link #EQUAL_OR_LESS} and {@link #EQUAL_OR_MORE} apply to lengths ({@link TimeSpan}) only.
 */
public enum Modifier {
    /** The first third of the unit: "early 2011". */
    START("early", true),
    /** The middle third of the unit: "mid-2011". */
    MID("mid-", true),
    /** The last third of the unit: "late 2011". */
    END("late", true),
    /** Roughly the unit, give or take one unit: "about 2011". */
    APPROX("about", true),
    /** Some time before the unit starts: "before 2011". */
    BEFORE("before", true),
    /** Some time after the unit ends: "after 2011". */
    AFTER("after", true),
    /** Some time up to the end of the unit: "on or before 2011". */
    ON_OR_BEFORE("on or before", true),
    /** Some time from the start of the unit on: "on or after 2011", "since 2011". */
    ON_OR_AFTER("on or after", true),
    /** A length shorter than the one named: "less than 6 years". */
    LESS_THAN("less than", false),
    /** A length longer than the one named: "more than 6 years". */
    MORE_THAN("more than", false),
    /** A length at most the one named: "at most 6 years". */
    EQUAL_OR_LESS("at most", false),
    /** A length at least the one named: "at least 6 years". */
    EQUAL_OR_MORE("at least", false);

    private final String phrase;
    private final boolean forDates;

    Modifier(String phrase, boolean forDates) {
        this.phrase = phrase;
        this.forDates = forDates;
    }

    /** The TIMEX3 attribute value, equal to the constant's name: {@code END}, {@code ON_OR_AFTER}. */
    public String timexName() {
        return name();
    }

    /** The English words put before a value: "early", "mid-", "about", "on or before", "less than". */
    public String phrase() {
        return phrase;
    }

    /** Returns true if this modifier may qualify a date ({@link When}); every modifier may qualify a length. */
    public boolean appliesToDates() {
        return forDates;
    }

    /** Returns true for {@link #START}, {@link #MID} and {@link #END}, which pick a third of the unit. */
    public boolean isPart() {
        return this == START || this == MID || this == END;
    }

    /** Returns true for the four modifiers whose values are open-ended: before, after, on or before, on or after. */
    public boolean isOpenEnded() {
        return this == BEFORE || this == AFTER || this == ON_OR_BEFORE || this == ON_OR_AFTER;
    }

    /**
     * Returns the modifier with the given TIMEX3 name, such as {@code END}.
     *
     * @throws IllegalArgumentException if {@code timexName} names no TIMEX3 modifier
     */
    public static Modifier fromTimex(String timexName) {
        Objects.requireNonNull(timexName, "timexName");
        for (Modifier m : values()) {
            if (m.name().equals(timexName)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown TIMEX3 mod \"" + timexName
                + "\": expected one of START, MID, END, APPROX, BEFORE, AFTER, ON_OR_BEFORE, ON_OR_AFTER,"
                + " LESS_THAN, MORE_THAN, EQUAL_OR_LESS, EQUAL_OR_MORE");
    }
}
