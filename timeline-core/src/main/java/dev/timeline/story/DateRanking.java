package dev.timeline.story;

/** How a story's days are ranked. */
public enum DateRanking {
    /**
     * By how the coverage refers to a day: articles vote for the days they name, more for a day in their lead or
     * recalled later, less each when they name many (see docs/story.md).
     */
    COVERAGE,
    /** By the number of articles that name a day: the tagger-only baseline of the field, for comparison. */
    ARTICLE_COUNT
}
