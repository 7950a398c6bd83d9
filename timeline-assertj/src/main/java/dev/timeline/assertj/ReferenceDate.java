package dev.timeline.assertj;

import dev.timeline.tag.Anchor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A reference date pinned for a test: the date itself, the tagger {@link Anchor} that resolves "next Wednesday"
 * against it, and a fixed {@link Clock} whose "today" it is. Obtain one with {@link ReferenceDates#pinned}.
 *
 * <p>The clock is fixed at the date's start, midnight UTC, in the UTC zone, so {@code LocalDate.now(clock())}
 * returns {@link #date()} wherever the test runs. Instances are immutable and thread-safe.
 */
public final class ReferenceDate {
    private final LocalDate date;

    private ReferenceDate(LocalDate date) {
        this.date = date;
    }

    static ReferenceDate of(LocalDate date) {
        return new ReferenceDate(Objects.requireNonNull(date, "date"));
    }

    /** The pinned date. */
    public LocalDate date() {
        return date;
    }

    /** A news document created on the date: {@code Anchor.news(date())}. */
    public Anchor anchor() {
        return Anchor.news(date);
    }

    /** A narrative document written on the date: {@code Anchor.narrative(date())}. */
    public Anchor narrativeAnchor() {
        return Anchor.narrative(date);
    }

    /** A clock that always reads the start of the date, 00:00 UTC, in the UTC zone. */
    public Clock clock() {
        return Clock.fixed(date.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReferenceDate r && date.equals(r.date);
    }

    @Override
    public int hashCode() {
        return date.hashCode();
    }

    /** Returns {@code reference date 2025-08-28}. */
    @Override
    public String toString() {
        return "reference date " + date;
    }
}
