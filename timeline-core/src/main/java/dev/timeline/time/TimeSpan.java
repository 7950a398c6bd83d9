package dev.timeline.time;

import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A length of time as TIMEX3 writes it: {@code P6Y} "6 years", {@code PT70M} "70 minutes", {@code PXW} "a few
 * weeks" (an unknown number of weeks), {@code P1Y6M} "1 year and 6 months", optionally modified, as
 * {@link Modifier#MORE_THAN} for "more than 6 years".
 *
 * <p>Named so as not to clash with {@link java.time.Period} and {@link java.time.Duration}: calendar units such as
 * months have no fixed length, so a span is kept as written. Instances are immutable and thread-safe.
 */
public final class TimeSpan implements TimexValue {
    /** The amount text of an unknown quantity. */
    private static final String UNKNOWN = "X";
    /** What an unknown amount ("a few") counts as in {@link #approximateDays()}. */
    private static final int FEW = 3;

    private final ImmutableSortedMap<DurationUnit, String> amounts;
    private final Modifier modifier;

    private TimeSpan(ImmutableSortedMap<DurationUnit, String> amounts, Modifier modifier) {
        this.amounts = amounts;
        this.modifier = modifier;
    }

    /**
     * Returns {@code amount} units, such as 6 years.
     *
     * @throws IllegalArgumentException if {@code amount < 0}
     */
    public static TimeSpan of(long amount, DurationUnit unit) {
        return of(BigDecimal.valueOf(amount), unit);
    }

    /**
     * Returns {@code amount} units, such as 1.5 years.
     *
     * @throws IllegalArgumentException if {@code amount < 0}
     */
    public static TimeSpan of(BigDecimal amount, DurationUnit unit) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("a length cannot be negative: " + amount);
        }
        return new TimeSpan(ImmutableSortedMap.of(unit, normalize(amount)), null);
    }

    /** Returns an unknown number of units, such as "a few weeks" or "weeks": TIMEX3 {@code PXW}. */
    public static TimeSpan unknown(DurationUnit unit) {
        return new TimeSpan(ImmutableSortedMap.of(Objects.requireNonNull(unit, "unit"), UNKNOWN), null);
    }

    /**
     * Parses a TIMEX3 duration value such as {@code P6Y}, {@code PT70M}, {@code PXY}, {@code P1Y6M},
     * {@code PT1H30M}, {@code P2DE} or {@code P1.5Y}.
     *
     * @throws TimeValueParseException if {@code value} is not a duration
     */
    public static TimeSpan parse(CharSequence value) {
        return new TimeSpan(TimeSpanParser.parse(Objects.requireNonNull(value, "value").toString()), null);
    }

    /**
     * Parses a TIMEX3 duration with its {@code mod}, such as ({@code P6Y}, {@link Modifier#MORE_THAN}).
     *
     * @throws TimeValueParseException if {@code value} is not a duration
     */
    public static TimeSpan parse(CharSequence value, Modifier mod) {
        return parse(value).withModifier(mod);
    }

    /** Returns a copy qualified by {@code modifier}, as "more than 6 years"; any modifier may qualify a length. */
    public TimeSpan withModifier(Modifier modifier) {
        return new TimeSpan(amounts, Objects.requireNonNull(modifier, "modifier"));
    }

    /** Returns a copy without a modifier. */
    public TimeSpan withoutModifier() {
        return modifier == null ? this : new TimeSpan(amounts, null);
    }

    /** The modifier, if any. */
    public Optional<Modifier> modifier() {
        return Optional.ofNullable(modifier);
    }

    /** The units this length is written in, longest first. */
    public Set<DurationUnit> units() {
        return amounts.keySet();
    }

    /** The amount of {@code unit}; empty if the unit is absent or its amount unknown ({@code X}). */
    public Optional<BigDecimal> amount(DurationUnit unit) {
        String a = amounts.get(unit);
        return a == null || a.equals(UNKNOWN) ? Optional.empty() : Optional.of(new BigDecimal(a));
    }

    /** Returns true if every amount is known (no {@code X}). */
    public boolean isKnown() {
        return !amounts.containsValue(UNKNOWN);
    }

    /**
     * The length in days using average unit lengths (a year is 365.2425 days, a month a twelfth of that), ignoring
     * the modifier; an unknown amount ("a few weeks") counts as 3 units.
     */
    public double approximateDays() {
        double days = 0;
        for (Map.Entry<DurationUnit, String> e : amounts.entrySet()) {
            double n = e.getValue().equals(UNKNOWN) ? FEW : Double.parseDouble(e.getValue());
            days += n * e.getKey().approximateDays();
        }
        return days;
    }

    /** The TIMEX3 value: {@code P6Y}, {@code PT70M}, {@code PXW}, {@code P1Y6M}, {@code P1DT2H}. */
    @Override
    public String timexValue() {
        StringBuilder s = new StringBuilder("P");
        boolean t = false;
        for (Map.Entry<DurationUnit, String> e : amounts.entrySet()) {
            if (e.getKey().isTimePart() && !t) {
                s.append('T');
                t = true;
            }
            s.append(e.getValue()).append(e.getKey().designator());
        }
        return s.toString();
    }

    /** The TIMEX3 {@code mod} attribute, such as {@code MORE_THAN}. */
    @Override
    public Optional<String> timexMod() {
        return modifier().map(Modifier::timexName);
    }

    /** "6 years", "70 minutes", "1 year", "a few weeks", "1 year and 6 months", "more than 6 years". */
    @Override
    public String label() {
        StringBuilder s = new StringBuilder();
        int i = 0;
        for (Map.Entry<DurationUnit, String> e : amounts.entrySet()) {
            if (i > 0) {
                s.append(i == amounts.size() - 1 ? " and " : ", ");
            }
            String a = e.getValue();
            if (a.equals(UNKNOWN)) {
                s.append("a few ").append(e.getKey().label(true));
            } else {
                s.append(a).append(' ').append(e.getKey().label(!a.equals("1")));
            }
            i++;
        }
        return modifier == null ? s.toString() : modifier.phrase() + " " + s;
    }

    static String normalize(BigDecimal amount) {
        return amount.signum() == 0 ? "0" : amount.stripTrailingZeros().toPlainString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeSpan t && amounts.equals(t.amounts) && modifier == t.modifier;
    }

    @Override
    public int hashCode() {
        return Objects.hash(amounts, modifier);
    }

    /** Returns {@link #label()}. */
    @Override
    public String toString() {
        return label();
    }
}
