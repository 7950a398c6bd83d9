package dev.timeline.assertj;

import dev.timeline.tag.DocumentKind;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Pins the reference date of JUnit 5 tests and injects it into their parameters (and constructors) marked
 * {@link Pinned @Pinned}: an {@link dev.timeline.tag.Anchor} for the tagger, a fixed {@link java.time.Clock}, the
 * {@link java.time.LocalDate} itself or the {@link ReferenceDate} holding all three.
 *
 * <pre>{@code
 * @Test
 * @PinnedReferenceDate("2025-08-28")
 * void nextWednesdayIsTheComingOne(@Pinned Anchor anchor) {
 *     List<Mention> mentions = Tagger.english().tag("They meet again next Wednesday.", anchor);
 *     ...
 * }
 * }</pre>
 *
 * <p>On a method it overrides one on its class; on a class it applies to every test in it, including
 * {@code @Nested} ones. Parameters without {@code @Pinned} are left to other resolvers, so a class-wide pin does not
 * compete with a {@code @ParameterizedTest}'s arguments. The clock is fixed at noon of the date in {@link #zone()},
 * as {@link ReferenceDate#clock()} is, so "today" is the pinned date in that zone and in every zone less than twelve
 * hours from it. Needs JUnit Jupiter on the test class path.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(PinnedReferenceDateExtension.class)
public @interface PinnedReferenceDate {

    /** The reference date as an ISO date, such as {@code "2025-08-28"}. */
    String value();

    /**
     * The zone of the injected clock, as {@link java.time.ZoneId#of} reads it: {@code "UTC"} by default,
     * {@code "America/New_York"}, {@code "+02:00"}.
     */
    String zone() default "UTC";

    /** The kind of document the injected {@link dev.timeline.tag.Anchor} is for; news by default. */
    DocumentKind kind() default DocumentKind.NEWS;
}
