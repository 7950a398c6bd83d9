package dev.timeline.tag;

import dev.timeline.time.Recurrence;
import dev.timeline.time.TimexValue;
import java.util.Objects;
import java.util.Optional;

/**
 * One temporal expression found in a text: where it is, what it says, and its TIMEX3 normalization.
 *
 * <p>Offsets are UTF-16 indexes into the tagged text ({@code start} inclusive, {@code end} exclusive), as with
 * {@link String#substring(int, int)}. Instances are immutable and thread-safe.
 */
public final class Mention {
    private final int start;
    private final int end;
    private final String text;
    private final TimexType type;
    private final String value;
    private final String mod;
    private final String quant;
    private final String freq;

    private Mention(int start, int end, String text, TimexType type, String value, String mod, String quant,
            String freq) {
        this.start = start;
        this.end = end;
        this.text = text;
        this.type = type;
        this.value = value;
        this.mod = mod;
        this.quant = quant;
        this.freq = freq;
    }

    /**
     * Returns a mention of {@code text.substring(start, end)} with the given TIMEX3 type and value.
     *
     * @throws IllegalArgumentException if the span is empty or outside the text
     */
    public static Mention of(CharSequence text, int start, int end, TimexType type, String value) {
        return of(text, start, end, type, value, null, null, null);
    }

    /**
     * Returns a mention with all TIMEX3 attributes; {@code mod}, {@code quant} and {@code freq} may be null when
     * absent.
     *
     * @throws IllegalArgumentException if the span is empty or outside the text
     */
    public static Mention of(CharSequence text, int start, int end, TimexType type, String value, String mod,
            String quant, String freq) {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end > text.length() || start >= end) {
            throw new IllegalArgumentException(
                    "span [" + start + ", " + end + ") is empty or outside a text of length " + text.length());
        }
        return new Mention(start, end, text.subSequence(start, end).toString(), Objects.requireNonNull(type, "type"),
                Objects.requireNonNull(value, "value"), mod, quant, freq);
    }

    /** Index of the first character of the expression in the tagged text. */
    public int start() {
        return start;
    }

    /** Index just past the last character of the expression in the tagged text. */
    public int end() {
        return end;
    }

    /** The expression as it stands in the text. */
    public String text() {
        return text;
    }

    /** The TIMEX3 type. */
    public TimexType type() {
        return type;
    }

    /** The TIMEX3 {@code value} attribute, such as {@code 2025-09-03}, {@code P6Y} or {@code XXXX-10}. */
    public String value() {
        return value;
    }

    /** The TIMEX3 {@code mod} attribute, such as {@code END} for "late 2011". */
    public Optional<String> mod() {
        return Optional.ofNullable(mod);
    }

    /** The TIMEX3 {@code quant} attribute of a SET, such as {@code EVERY}. */
    public Optional<String> quant() {
        return Optional.ofNullable(quant);
    }

    /** The TIMEX3 {@code freq} attribute of a SET, such as {@code 2X}. */
    public Optional<String> freq() {
        return Optional.ofNullable(freq);
    }

    /**
     * The normalized value as a time value of the core model: a {@code When} for an anchored date or time ("late
     * 2011" is 2011 with mod END), a {@code PartialDate} for an unanchored one ({@code XXXX-10}), a
     * {@code TimeReference} for {@code PRESENT_REF}, a {@code TimeSpan} for a duration and a {@link Recurrence}
     * (with quant and freq) for a set. Every mention the {@link Tagger} returns has one; it is empty only for a
     * mention built by hand, or read from a file, whose value or mod the model does not read.
     */
    public Optional<TimexValue> timexValue() {
        try {
            if (type == TimexType.SET) {
                Recurrence r = Recurrence.parse(value);
                r = quant == null ? r : r.withQuant(quant);
                return Optional.of(freq == null ? r : r.withFreq(freq));
            }
            return Optional.of(mod == null ? TimexValue.parse(value) : TimexValue.parse(value, mod));
        } catch (IllegalArgumentException e) { // TimeValueParseException, or a blank quant or freq
            return Optional.empty();
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Mention m && start == m.start && end == m.end && text.equals(m.text) && type == m.type
                && value.equals(m.value) && Objects.equals(mod, m.mod) && Objects.equals(quant, m.quant)
                && Objects.equals(freq, m.freq);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, end, text, type, value, mod, quant, freq);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder().append('"').append(text).append("\" [").append(start).append(',')
                .append(end).append(") ").append(type).append(' ').append(value);
        if (mod != null) {
            s.append(" mod=").append(mod);
        }
        if (quant != null) {
            s.append(" quant=").append(quant);
        }
        if (freq != null) {
            s.append(" freq=").append(freq);
        }
        return s.toString();
    }
}
