package dev.timeline.story;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One date of a story timeline: the day, how much the coverage makes of it, and the sentences that say what
 * happened.
 *
 * @param date      the day
 * @param salience  the day's score among the story's days (higher is more important; comparable within one story)
 * @param documents how many articles refer to the day
 * @param sentences the sentences, best first
 */
public record StoryDay(LocalDate date, double salience, int documents, List<StorySentence> sentences) {
    /**
     * @throws NullPointerException if an argument is null
     */
    public StoryDay {
        Objects.requireNonNull(date, "date");
        sentences = List.copyOf(sentences);
    }
}
