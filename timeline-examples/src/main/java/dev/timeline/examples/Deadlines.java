package dev.timeline.examples;

import dev.timeline.time.TimePoint;
import dev.timeline.time.When;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A small piece of date logic to unit-test: was a deadline met, and how long is left, when dates are imprecise
 * ("late September", "Q3 2025").
 *
 * <p>"Today" comes from the clock given to the constructor, so tests can pin it. Instances are immutable and
 * thread-safe.
 */
public final class Deadlines {
    /** Whether work met its deadline. */
    public enum Verdict {
        /** The work certainly ended on or before the deadline's last day. */
        MET,
        /** The work certainly ended after the deadline's last day. */
        MISSED,
        /** The dates are too imprecise to tell. */
        UNDECIDED
    }

    private final Clock clock;

    /** Creates deadlines whose "today" is the date of {@code clock} in its zone. */
    public Deadlines(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Returns whether work done at {@code done} met {@code deadline}: met if the last day it may have been done is
     * no later than the deadline's last day, missed if the first day it may have been done is later, else
     * undecided. "3 Sep 2025" meets "2025-W36"; "September 2025" neither meets nor misses "15 Sep 2025".
     */
    public static Verdict verdict(When done, When deadline) {
        Objects.requireNonNull(done, "done");
        Objects.requireNonNull(deadline, "deadline");
        if (!done.latestDay().isAfter(deadline.latestDay())) {
            return Verdict.MET;
        }
        if (done.earliestDay().isAfter(deadline.latestDay())) {
            return Verdict.MISSED;
        }
        return Verdict.UNDECIDED;
    }

    /** Today, on the clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Returns the whole days from today to the deadline's last day: 0 on that day, negative once it has passed.
     *
     * @throws IllegalArgumentException if the deadline is open towards the future ("after 2025"), so has no last day
     */
    public long daysLeft(When deadline) {
        Objects.requireNonNull(deadline, "deadline");
        if (deadline.latestDay().equals(LocalDate.MAX)) {
            throw new IllegalArgumentException("the deadline \"" + deadline.label() + "\" has no last day");
        }
        return ChronoUnit.DAYS.between(today(), deadline.latestDay());
    }

    /** Returns the deadline as the time still open for the work: from today to its last day, or empty if passed. */
    public Optional<When> remaining(When deadline) {
        Objects.requireNonNull(deadline, "deadline");
        if (today().isAfter(deadline.latestDay())) {
            return Optional.empty();
        }
        return Optional.of(When.range(TimePoint.ofDay(today()), TimePoint.ofDay(deadline.latestDay())));
    }
}
