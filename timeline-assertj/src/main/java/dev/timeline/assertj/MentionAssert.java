package dev.timeline.assertj;

import dev.timeline.tag.Mention;
import dev.timeline.tag.TimexType;
import dev.timeline.time.TimexValue;
import dev.timeline.time.When;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.internal.Failures;

/**
 * Assertions on what the tagger found, a {@link Mention}, without unwrapping its value; obtain one with
 * {@code assertThat(Mention)} from {@link Assertions} or {@link TimelineAssertions}.
 *
 * <pre>{@code
 * Mention mention = Tagger.english().tag("They meet again next Wednesday.", anchor).get(0);
 * assertThat(mention)
 *         .hasText("next Wednesday")
 *         .hasType(TimexType.DATE)
 *         .hasValue("2025-09-03")
 *         .isCertainlyDuring(YearWeek.of(2025, 36));
 * }</pre>
 *
 * <p>The relations ({@link AbstractRelationsAssert}) apply to a mention whose value is a date or range (a
 * {@link When}); for any other value, such as a length {@code P6Y} or {@code XXXX-10}, they fail saying so. Not
 * thread-safe, like every AssertJ assertion.
 */
public class MentionAssert extends AbstractTimedAssert<MentionAssert, Mention> {

    /** Creates an assertion on {@code actual}; prefer {@code Assertions.assertThat(Mention)}. */
    public MentionAssert(Mention actual) {
        super(actual, MentionAssert.class);
    }

    /** Verifies the expression as it stands in the text, such as {@code "next Wednesday"}. */
    public MentionAssert hasText(String expected) {
        Objects.requireNonNull(expected, "expected");
        isNotNull();
        if (!actual.text().equals(expected)) {
            throwAssertionError(ShouldHaveMentionProperty.shouldHave(actual, "text " + Texts.quoted(expected),
                    "its text is " + Texts.quoted(actual.text())));
        }
        return myself;
    }

    /** Verifies the TIMEX3 type, such as {@link TimexType#DATE}. */
    public MentionAssert hasType(TimexType expected) {
        Objects.requireNonNull(expected, "expected");
        isNotNull();
        if (actual.type() != expected) {
            throwAssertionError(ShouldHaveMentionProperty.shouldHave(actual, "type " + expected,
                    "its type is " + actual.type()));
        }
        return myself;
    }

    /** Verifies the TIMEX3 {@code value} attribute as written, such as {@code "2025-09-03"} or {@code "P6Y"}. */
    public MentionAssert hasValue(String expected) {
        Objects.requireNonNull(expected, "expected");
        isNotNull();
        if (!actual.value().equals(expected)) {
            throwAssertionError(ShouldHaveMentionProperty.shouldHave(actual, "value " + expected,
                    "its value is " + actual.value()));
        }
        return myself;
    }

    /**
     * Verifies the normalized value, its TIMEX3 value and mod together: {@code hasValue(When.parse("2011-39"))} holds
     * for "late 2011" (value {@code 2011}, mod {@code END}).
     */
    public MentionAssert hasValue(TimexValue expected) {
        Objects.requireNonNull(expected, "expected");
        isNotNull();
        Optional<TimexValue> value = actual.timexValue();
        if (!value.map(expected::equals).orElse(false)) {
            throwAssertionError(ShouldHaveMentionProperty.shouldHave(actual, "value " + Texts.timex(expected),
                    value.map(v -> "its value is " + Texts.timex(v)).orElse("its value cannot be read")));
        }
        return myself;
    }

    /** Verifies the TIMEX3 {@code mod} attribute, such as {@code "END"} for "late 2011". */
    public MentionAssert hasMod(String expected) {
        Objects.requireNonNull(expected, "expected");
        isNotNull();
        if (!actual.mod().equals(Optional.of(expected))) {
            throwAssertionError(ShouldHaveMentionProperty.shouldHave(actual, "mod " + expected,
                    actual.mod().map(m -> "its mod is " + m).orElse("it has none")));
        }
        return myself;
    }

    /** The mention's value as a date or range; fails the assertion for any other kind of value. */
    @Override
    protected When time() {
        Optional<TimexValue> value = actual.timexValue();
        if (value.isPresent() && value.get() instanceof When when) {
            return when;
        }
        String found = value.map(v -> "its value " + v.timexValue() + " is " + v.getClass().getSimpleName() + " "
                + Texts.quoted(v.label())).orElse("its value " + actual.value() + " cannot be read");
        throw TimeArguments.pointingAtTheTest(Failures.instance().failure(info,
                ShouldHaveMentionProperty.shouldHave(actual, "a date or range value", found)));
    }

    @Override
    protected String subject() {
        return "mention " + actual;
    }
}
