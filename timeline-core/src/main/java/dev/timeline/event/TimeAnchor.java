package dev.timeline.event;

import dev.timeline.tag.Mention;
import java.util.Objects;

/**
 * An event placed at a time expression of its text: "the rig exploded on April 20" places "exploded" at "April 20"
 * ({@link AnchorRelation#IS_INCLUDED}).
 *
 * @param event the event mention
 * @param timex the time expression that places it
 * @param relation how the event stands to the time
 * @param confidence the anchorer's probability that the link is right, in 0..1
 */
public record TimeAnchor(EventMention event, Mention timex, AnchorRelation relation, double confidence) {
    /** Checks for nulls and the range of the confidence. */
    public TimeAnchor {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(timex, "timex");
        Objects.requireNonNull(relation, "relation");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence " + confidence + " is outside 0..1");
        }
    }
}
