package dev.timeline.assertj;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Pins the reference date of a test, so relative dates ("yesterday", "next Wednesday") and "today" resolve the same
 * on every run:
 *
 * <pre>{@code
 * ReferenceDate ref = ReferenceDates.pinned(LocalDate.of(2025, 8, 28));
 * List<Mention> mentions = Tagger.english().tag("They meet again next Wednesday.", ref.anchor());
 * Deadlines deadlines = new Deadlines(ref.clock());
 * }</pre>
 *
 * In JUnit 5 tests, {@link PinnedReferenceDate @PinnedReferenceDate} injects the same values as parameters. This
 * class has no state and cannot be instantiated.
 */
public final class ReferenceDates {
    private ReferenceDates() {
    }

    /** Returns {@code date} pinned as the reference date, its clock at noon UTC. */
    public static ReferenceDate pinned(LocalDate date) {
        return ReferenceDate.of(date, ZoneOffset.UTC);
    }

    /** Returns {@code date} pinned as the reference date, its clock at noon in {@code zone}. */
    public static ReferenceDate pinned(LocalDate date, ZoneId zone) {
        return ReferenceDate.of(date, zone);
    }

    /**
     * Returns the ISO date {@code date}, such as {@code "2025-08-28"}, pinned as the reference date.
     *
     * @throws java.time.format.DateTimeParseException if {@code date} is not an ISO date
     */
    public static ReferenceDate pinned(String date) {
        return pinned(LocalDate.parse(Objects.requireNonNull(date, "date")));
    }
}
