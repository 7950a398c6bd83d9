package dev.timeline.time;

import java.util.Objects;
import java.util.Optional;

/**
 * A TIMEX3 SET: a recurring time such as "every Monday" ({@code XXXX-WXX-1}, quant {@code EVERY}), "annually"
 * ({@code P1Y}) or "twice a week" ({@code P1W}, freq {@code 2X}).
 *
 * <p>The value is a {@link PartialDate}, {@link TimeSpan} or {@link When}; {@code quant} and {@code freq} are kept
 * as the TIMEX3 attribute texts. Instances are immutable and thread-safe.
 */
public final class Recurrence implements TimexValue {
    private final TimexValue value;
    private final String quant;
    private final String freq;

    private Recurrence(TimexValue value, String quant, String freq) {
        this.value = value;
        this.quant = quant;
        this.freq = freq;
    }

    /**
     * Returns the recurrence of {@code value}, without quant or freq.
     *
     * @throws IllegalArgumentException if {@code value} is a {@link Recurrence} or {@link TimeReference}
     */
    public static Recurrence of(TimexValue value) {
        Objects.requireNonNull(value, "value");
        if (value instanceof Recurrence || value instanceof TimeReference) {
            throw new IllegalArgumentException("a recurrence repeats a date, partial date or length, not " + value);
        }
        return new Recurrence(value, null, null);
    }

    /**
     * Parses the TIMEX3 value of a SET, such as {@code XXXX-WXX-1} or {@code P1Y}; add attributes with
     * {@link #withQuant} and {@link #withFreq}.
     *
     * @throws TimeValueParseException if the value cannot be parsed or is a reference such as {@code PRESENT_REF}
     */
    public static Recurrence parse(String value) {
        TimexValue v = TimexValue.parse(value);
        if (v instanceof TimeReference) {
            throw new TimeValueParseException("a reference cannot recur", value, 0);
        }
        return new Recurrence(v, null, null);
    }

    /** Returns a copy with the TIMEX3 {@code quant} attribute, such as {@code EVERY} or {@code EACH}. */
    public Recurrence withQuant(String quant) {
        return new Recurrence(value, nonBlank(quant, "quant"), freq);
    }

    /** Returns a copy with the TIMEX3 {@code freq} attribute, such as {@code 2X} (twice) or {@code 1D}. */
    public Recurrence withFreq(String freq) {
        return new Recurrence(value, quant, nonBlank(freq, "freq"));
    }

    private static String nonBlank(String s, String name) {
        Objects.requireNonNull(s, name);
        if (s.isBlank()) {
            throw new IllegalArgumentException(name + " is blank");
        }
        return s;
    }

    /** The value that recurs. */
    public TimexValue value() {
        return value;
    }

    /** The TIMEX3 {@code quant} attribute, if any. */
    public Optional<String> quant() {
        return Optional.ofNullable(quant);
    }

    /** The TIMEX3 {@code freq} attribute, if any. */
    public Optional<String> freq() {
        return Optional.ofNullable(freq);
    }

    /** The TIMEX3 value of what recurs, such as {@code XXXX-WXX-1}. */
    @Override
    public String timexValue() {
        return value.timexValue();
    }

    /** The TIMEX3 {@code mod} of what recurs, if any. */
    @Override
    public Optional<String> timexMod() {
        return value.timexMod();
    }

    /** "every Monday", "every year", "every 2 weeks", "twice a week", "3 times a day". */
    @Override
    public String label() {
        if (value instanceof TimeSpan span && span.units().size() == 1 && span.modifier().isEmpty()) {
            DurationUnit unit = span.units().iterator().next();
            Optional<java.math.BigDecimal> n = span.amount(unit);
            boolean one = n.isPresent() && n.get().compareTo(java.math.BigDecimal.ONE) == 0;
            if (freq != null && freq.matches("\\d+X") && one) {
                int times = Integer.parseInt(freq.substring(0, freq.length() - 1));
                String t = times == 1 ? "once" : times == 2 ? "twice" : times + " times";
                return t + " a" + (unit == DurationUnit.HOUR ? "n " : " ") + unit.label(false);
            }
            return one ? "every " + unit.label(false) : "every " + span.label();
        }
        return "every " + value.label();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Recurrence r && value.equals(r.value) && Objects.equals(quant, r.quant)
                && Objects.equals(freq, r.freq);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, quant, freq);
    }

    /** Returns {@link #label()}. */
    @Override
    public String toString() {
        return label();
    }
}
