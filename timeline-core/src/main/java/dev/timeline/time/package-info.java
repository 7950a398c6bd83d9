/**
 * Imprecise time values as news text states them, and their TimeML TIMEX3 and EDTF syntax.
 *
 * <ul>
 * <li>{@link dev.timeline.time.When}: when something happened, a {@link dev.timeline.time.TimePoint} (a day, week,
 * month, quarter, half, season, year, decade or century, optionally with a time of day) or a range of two, optionally
 * qualified by a {@link dev.timeline.time.Modifier} ("late 2011"). It knows the days it covers, its label, and which
 * {@link dev.timeline.time.AllenRelation}s to another value are possible or certain.</li>
 * <li>{@link dev.timeline.time.TimexValue}: any TIMEX3 value; besides {@code When}, underspecified dates
 * ({@link dev.timeline.time.PartialDate}, {@code XXXX-10}), {@link dev.timeline.time.TimeReference}s
 * ({@code PRESENT_REF}), lengths ({@link dev.timeline.time.TimeSpan}, {@code P6Y}) and
 * {@link dev.timeline.time.Recurrence}s ("every Monday").</li>
 * </ul>
 *
 * <p>All values are immutable and thread-safe; parse errors are {@link dev.timeline.time.TimeValueParseException}s
 * naming the input and the index of the offending character. This package depends on no other package of the
 * project.
 */
package dev.timeline.time;
