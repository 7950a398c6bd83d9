package dev.timeline.story;

import dev.timeline.chronology.Chronology;
import dev.timeline.document.Document;
import java.util.List;
import java.util.Objects;

/**
 * A story's timeline: its most important days in date order, each with the sentences that say what happened, and
 * how many articles it was made from.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class StoryTimeline {
    private final List<StoryDay> days;
    private final int articlesRead;
    private final int articlesLeftOut;
    private final int daysNamed;

    private StoryTimeline(List<StoryDay> days, int articlesRead, int articlesLeftOut, int daysNamed) {
        this.days = days;
        this.articlesRead = articlesRead;
        this.articlesLeftOut = articlesLeftOut;
        this.daysNamed = daysNamed;
    }

    /**
     * Returns a timeline of {@code days}.
     *
     * @param articlesRead    the articles the days were drawn from
     * @param articlesLeftOut the articles not read: without a creation date, or published outside the range
     * @param daysNamed       the days those articles name in the range, of which {@code days} are the most salient
     * @throws IllegalArgumentException if the days are not in strictly increasing order or a count is negative
     */
    public static StoryTimeline of(List<StoryDay> days, int articlesRead, int articlesLeftOut, int daysNamed) {
        List<StoryDay> copy = List.copyOf(days);
        for (int i = 1; i < copy.size(); i++) {
            if (!copy.get(i - 1).date().isBefore(copy.get(i).date())) {
                throw new IllegalArgumentException("days out of order: " + copy.get(i - 1).date() + " before "
                        + copy.get(i).date());
            }
        }
        if (articlesRead < 0 || articlesLeftOut < 0 || daysNamed < 0) {
            throw new IllegalArgumentException("negative count");
        }
        return new StoryTimeline(copy, articlesRead, articlesLeftOut, daysNamed);
    }

    /** The days, in date order. */
    public List<StoryDay> days() {
        return days;
    }

    /** The number of articles the timeline was made from. */
    public int articlesRead() {
        return articlesRead;
    }

    /** The number of articles left out: without a creation date, or published outside the range. */
    public int articlesLeftOut() {
        return articlesLeftOut;
    }

    /** The number of days the articles name within the range; the timeline holds the most salient of them. */
    public int daysNamed() {
        return daysNamed;
    }

    /**
     * Returns this timeline as a chronology, for the renderers: one event a day with a sentence, the first sentence
     * its title, each sentence a source; its documents are those of {@code documents} (the articles the timeline was
     * made from) that a sentence comes from.
     */
    public Chronology toChronology(List<Document> documents) {
        return StoryChronology.of(this, documents);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoryTimeline t && days.equals(t.days) && articlesRead == t.articlesRead
                && articlesLeftOut == t.articlesLeftOut && daysNamed == t.daysNamed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(days, articlesRead, articlesLeftOut, daysNamed);
    }

    @Override
    public String toString() {
        return days.size() + " days of " + daysNamed + " named by " + articlesRead + " articles";
    }
}
