package dev.timeline.time;

import java.util.Objects;
import java.util.Optional;

/**
 * A normalized TimeML TIMEX3 value: a date or range ({@link When}), an underspecified date ({@link PartialDate},
 * {@code XXXX-10}), a reference to now, past or future ({@link TimeReference}), a length of time
 * ({@link TimeSpan}, {@code P6Y}) or a recurring time ({@link Recurrence}, {@code XXXX-WXX-1} every week).
 *
 * <p>All implementations are immutable and thread-safe, and {@code TimexValue.parse(v.timexValue(),
 * v.timexMod())} returns a value equal to {@code v} for every value except a recurrence, whose {@code quant} and
 * {@code freq} attributes live outside the value.
 */
public sealed interface TimexValue permits When, PartialDate, TimeReference, TimeSpan, Recurrence {

    /** The TIMEX3 {@code value} attribute, such as {@code 2025-09-03}, {@code P6Y} or {@code XXXX-10}. */
    String timexValue();

    /** The TIMEX3 {@code mod} attribute, such as {@code END}, if any. */
    Optional<String> timexMod();

    /** What a person would write: "late 2011", "6 years", "October", "every Monday", "now". */
    String label();

    /**
     * Parses a TIMEX3 {@code value}: {@code PRESENT_REF}, {@code PAST_REF} and {@code FUTURE_REF} give a
     * {@link TimeReference}, values starting with {@code P} a {@link TimeSpan}, values containing {@code X} a
     * {@link PartialDate}, anything else a {@link When}. A recurrence cannot be told from its value alone: use
     * {@link Recurrence#parse}. Note that here {@code 19XX} is TIMEX3's "some year of the 1900s"
     * ({@link PartialDate}), while {@link When#parse} reads it as EDTF for the century.
     *
     * @throws TimeValueParseException if the value cannot be parsed
     */
    static TimexValue parse(String value) {
        Objects.requireNonNull(value, "value");
        Optional<TimeReference> ref = TimeReference.fromTimex(value);
        if (ref.isPresent()) {
            return ref.get();
        }
        if (value.startsWith("P")) {
            return TimeSpan.parse(value);
        }
        if (value.indexOf('X') >= 0) {
            return PartialDate.parse(value);
        }
        return When.parse(value);
    }

    /**
     * Parses a TIMEX3 {@code value} with its {@code mod} attribute, such as ({@code 2011}, {@code END}) or
     * ({@code P6Y}, {@code MORE_THAN}).
     *
     * @throws TimeValueParseException if either cannot be parsed, or the modifier does not apply to the value
     */
    static TimexValue parse(String value, String mod) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(mod, "mod");
        Modifier m;
        try {
            m = Modifier.fromTimex(mod);
        } catch (IllegalArgumentException e) {
            throw new TimeValueParseException(e.getMessage(), mod, 0);
        }
        TimexValue v = parse(value);
        if (v instanceof When) {
            return When.parse(value, m);
        }
        if (v instanceof TimeSpan span) {
            return span.withModifier(m);
        }
        if (v instanceof PartialDate partial) {
            if (!m.appliesToDates()) {
                throw new TimeValueParseException("mod " + mod + " applies to durations, not dates", value, 0);
            }
            return partial.withModifier(m);
        }
        throw new TimeValueParseException("mod " + mod + " cannot qualify " + value, value, 0);
    }
}
