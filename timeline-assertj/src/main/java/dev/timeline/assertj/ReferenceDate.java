package dev.timeline.assertj;

import dev.timeline.tag.Anchor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A reference date pinned for a test: the date itself, the tagger {@link Anchor} that resolves "next Wednesday"
 * against it, and a fixed {@link Clock} whose "today" it is. Obtain one with {@link ReferenceDates#pinned}.
 *
 * <p>The clock is fixed at noon of the date in the reference's zone (UTC unless given), in that zone, so
 * {@code LocalDate.now(clock())} returns {@link #date()}, and so does {@code LocalDate.now(clock().withZone(z))} for
 * every zone {@code z} less than twelve hours from it: America/New_York, Europe/Berlin and Asia/Tokyo all read the
 * same day from a UTC reference. Instances are immutable and thread-safe.
 */
public final class ReferenceDate {
    private static final LocalTime NOON = LocalTime.NOON;

    private final LocalDate date;
    private final ZoneId zone;

    private ReferenceDate(LocalDate date, ZoneId zone) {
        this.date = date;
        this.zone = zone;
    }

    static ReferenceDate of(LocalDate date, ZoneId zone) {
        return new ReferenceDate(Objects.requireNonNull(date, "date"), Objects.requireNonNull(zone, "zone"));
    }

    /** The pinned date. */
    public LocalDate date() {
        return date;
    }

    /** The zone of {@link #clock()}; {@link ZoneOffset#UTC} unless one was given. */
    public ZoneId zone() {
        return zone;
    }

    /** A news document created on the date: {@code Anchor.news(date())}. */
    public Anchor anchor() {
        return Anchor.news(date);
    }

    /** A narrative document written on the date: {@code Anchor.narrative(date())}. */
    public Anchor narrativeAnchor() {
        return Anchor.narrative(date);
    }

    /** A clock that always reads noon of the date in {@link #zone()}, in that zone. */
    public Clock clock() {
        return Clock.fixed(date.atTime(NOON).atZone(zone).toInstant(), zone);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReferenceDate r && date.equals(r.date) && zone.equals(r.zone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, zone);
    }

    /** Returns {@code reference date 2025-08-28}, followed by the zone if it is not UTC. */
    @Override
    public String toString() {
        return "reference date " + date + (zone.equals(ZoneOffset.UTC) ? "" : " in " + zone);
    }
}
