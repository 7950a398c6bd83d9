package dev.timeline.assertj;

import dev.timeline.time.TimexValue;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions every TIMEX3 value supports: its value, mod and label. Shared by {@link WhenAssert} and
 * {@link TimexValueAssert}.
 *
 * @param <SELF> the assertion class itself, returned by every check
 * @param <ACTUAL> the value's type
 */
public abstract class AbstractTimexValueAssert<SELF extends AbstractTimexValueAssert<SELF, ACTUAL>,
        ACTUAL extends TimexValue> extends AbstractAssert<SELF, ACTUAL> {

    /** Creates an assertion on {@code actual}, returning {@code selfType} from every check. */
    protected AbstractTimexValueAssert(ACTUAL actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /** Verifies the TIMEX3 {@code value} attribute, such as {@code "2025-W36"}, {@code "P6Y"} or {@code "2018/2019"}. */
    public SELF hasTimexValue(String expected) {
        Objects.requireNonNull(expected, "expected");
        isNotNull();
        if (!actual.timexValue().equals(expected)) {
            throwAssertionError(ShouldHaveTimeProperty.shouldHaveTimexValue(actual, expected));
        }
        return myself;
    }

    /** Verifies the TIMEX3 {@code mod} attribute, such as {@code "END"} for "late 2011". */
    public SELF hasTimexMod(String expected) {
        Objects.requireNonNull(expected, "expected");
        isNotNull();
        if (!actual.timexMod().equals(java.util.Optional.of(expected))) {
            throwAssertionError(ShouldHaveTimeProperty.shouldHaveTimexMod(actual, expected));
        }
        return myself;
    }

    /** Verifies what a person would write, such as {@code "late 2011"} or {@code "6 years"}. */
    public SELF hasLabel(String expected) {
        Objects.requireNonNull(expected, "expected");
        isNotNull();
        if (!actual.label().equals(expected)) {
            throwAssertionError(ShouldHaveTimeProperty.shouldHaveLabel(actual, expected));
        }
        return myself;
    }
}
