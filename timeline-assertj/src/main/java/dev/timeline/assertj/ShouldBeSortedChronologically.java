package dev.timeline.assertj;

import dev.timeline.timeline.Event;
import java.util.Optional;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import org.threeten.extra.Interval;

/**
 * Creates the message of a failed check that events come in chronological order, naming the first pair out of
 * order: {@code expected 2 events to be sorted chronologically but event 1, b [2011] ... (2011-01-01..2011-12-31),
 * comes after event 0, a [2025] ... (2025-01-01..2025-12-31), though it starts earlier}.
 */
public final class ShouldBeSortedChronologically extends BasicErrorMessageFactory {

    private ShouldBeSortedChronologically(String subject, int index, Event earlier, Event later) {
        super("%nexpected %s to be sorted chronologically but event %s, %s, comes after event %s, %s, though it %s",
                unquotedString(subject), index, unquotedString(Texts.event(later)), index - 1,
                unquotedString(Texts.event(earlier)), unquotedString(why(earlier, later)));
    }

    /**
     * The message for the event at {@code index}, {@code later}, following {@code earlier} though it comes first in
     * {@link dev.timeline.time.When}'s order (start, then end, then precision coarse to fine…).
     */
    public static ErrorMessageFactory shouldBeSortedChronologically(String subject, int index, Event earlier,
            Event later) {
        return new ShouldBeSortedChronologically(subject, index, earlier, later);
    }

    private static String why(Event earlier, Event later) {
        Optional<Interval> a = earlier.when().instants();
        Optional<Interval> b = later.when().instants();
        if (a.isPresent() && b.isPresent()) {
            return b.get().getStart().isBefore(a.get().getStart()) ? "starts at an earlier instant"
                    : b.get().getEnd().isBefore(a.get().getEnd()) ? "starts the same instant and ends earlier"
                            : "covers the same instants and comes first in the order of time values";
        }
        if (later.when().earliestDay().isBefore(earlier.when().earliestDay())) {
            return "starts earlier";
        }
        if (later.when().latestDay().isBefore(earlier.when().latestDay())) {
            return "starts the same day and ends earlier";
        }
        return "comes first in the order of time values";
    }
}
