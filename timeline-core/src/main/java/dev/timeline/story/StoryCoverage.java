package dev.timeline.story;

import java.util.List;

/**
 * A story's coverage as read by {@link StorySummarizer#read}: the articles that take part, each tagged and split
 * into sentences, and how many were left out. Summarize it as often as needed (several lengths, rankings) without
 * reading the articles again.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class StoryCoverage {
    private final List<DatedSentences> articles;
    private final int leftOut;

    StoryCoverage(List<DatedSentences> articles, int leftOut) {
        this.articles = List.copyOf(articles);
        this.leftOut = leftOut;
    }

    /** The number of articles read. */
    public int articlesRead() {
        return articles.size();
    }

    /** The number of articles left out: without a given or printed creation date, or published outside the range. */
    public int articlesLeftOut() {
        return leftOut;
    }

    List<DatedSentences> articles() {
        return articles;
    }

    @Override
    public String toString() {
        return articles.size() + " articles read, " + leftOut + " left out";
    }
}
