package dev.timeline.examples;

import dev.timeline.tag.Anchor;
import dev.timeline.tag.Mention;
import dev.timeline.tag.Tagger;
import dev.timeline.time.TimeValueParseException;
import dev.timeline.time.TimexValue;
import dev.timeline.time.When;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A small piece of date logic to unit-test: the dates a text mentions, resolved against a reference date, so
 * "They meet again next Wednesday." written on 28 Aug 2025 mentions 3 Sep 2025.
 *
 * <p>Stateless; the methods are thread-safe.
 */
public final class MentionedDates {
    private static final Tagger TAGGER = Tagger.english();

    private MentionedDates() {
    }

    /**
     * Returns the calendar dates and ranges mentioned in {@code text}, in text order, with their modifiers ("late
     * 2011"); durations, sets, underspecified dates ("October" with no year) and parts of days ("this morning") are
     * left out.
     */
    public static List<When> in(CharSequence text, Anchor anchor) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(anchor, "anchor");
        List<When> dates = new ArrayList<>();
        for (Mention m : TAGGER.tag(text, anchor)) {
            try {
                if (TimexValue.parse(m.value()) instanceof When w) {
                    dates.add(m.mod().map(mod -> When.parseTimex(m.value(), mod)).orElse(w));
                }
            } catch (TimeValueParseException e) {
                // A value this library cannot hold as a When (a part of day, "2025-09-03TMO"): not a calendar date.
            }
        }
        return dates;
    }
}
