package dev.timeline.assertj;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks for the pinned reference date of {@link PinnedReferenceDate} in a test method or constructor parameter of
 * type {@link dev.timeline.tag.Anchor}, {@link java.time.Clock}, {@link java.time.LocalDate} or
 * {@link ReferenceDate}:
 *
 * <pre>{@code
 * @Test
 * void nextWednesday(@Pinned Anchor anchor) { ... }
 * }</pre>
 *
 * Only parameters so marked are resolved, so a {@code LocalDate} that another resolver supplies, such as an argument
 * of a {@code @ParameterizedTest}, is left to it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Pinned {
}
