package dev.timeline.tag;

import java.time.LocalDate;

/**
 * The day relative expressions resolve against ("yesterday" is the day before it), or none, in which case the rules
 * give underspecified values ({@code XXXX-10}). The engine passes it to every rule; in a narrative it moves to each
 * date the text names, as a new value. Immutable.
 */
final class Reference {
    /** No reference day: nothing relative is resolved. */
    static final Reference NONE = new Reference(null);

    private final LocalDate day;

    private Reference(LocalDate day) {
        this.day = day;
    }

    /**
     * The reference {@code day}, or {@link #NONE} when it is null or so far outside the four-digit years of TIMEX3
     * that calendar arithmetic around it would overflow.
     */
    static Reference of(LocalDate day) {
        return day == null || day.getYear() <= Dates.MIN_YEAR || day.getYear() >= Dates.MAX_YEAR ? NONE
                : new Reference(day);
    }

    /** Whether there is a reference day. */
    boolean known() {
        return day != null;
    }

    /**
     * The reference day.
     *
     * @throws IllegalStateException if there is none: ask {@link #known} first
     */
    LocalDate date() {
        if (day == null) {
            throw new IllegalStateException("no reference day");
        }
        return day;
    }

    /** The reference day, or null when there is none, for {@link Dates}, which writes X's for a null day. */
    LocalDate orNull() {
        return day;
    }

    @Override
    public String toString() {
        return day == null ? "no reference day" : day.toString();
    }
}
