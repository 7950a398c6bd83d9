package dev.timeline.story;

import dev.timeline.document.PageFurniture;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How much the coverage of a story makes of each day. Every article votes once for each day it names: a vote counts
 * double when the day is named in the article's first {@value #LEAD} sentences (the lead says what the news is), half
 * as much again when the article was published more than a day later (a day still recalled later mattered), and an
 * article that names many days spreads its votes over them (divided by the square root of their number), so that one
 * long chronology does not outvote the coverage. Readers' comments ({@link PageFurniture}) do not vote.
 *
 * <p>Nothing here is fitted to a story: the three rules are the whole model; docs/story.md gives their measured
 * effect.
 */
final class DateSalience {
    /** The sentences of an article that make its lead. */
    static final int LEAD = 3;
    private static final double LEAD_WEIGHT = 2.0;
    private static final double RECALLED_WEIGHT = 1.5;

    /**
     * A day and its salience.
     *
     * @param date      the day
     * @param salience  the sum of the votes
     * @param documents the number of articles that name it
     */
    record Scored(LocalDate date, double salience, int documents) {
    }

    private DateSalience() {
    }

    /** Returns the days named by the articles that {@code options} covers, most salient first, ties by date. */
    static List<Scored> rank(List<DatedSentences> articles, StoryOptions options) {
        boolean count = options.ranking() == DateRanking.ARTICLE_COUNT;
        Map<LocalDate, double[]> votes = new HashMap<>();
        for (DatedSentences article : articles) {
            Map<LocalDate, Double> best = new HashMap<>();
            for (DatedSentences.Line line : article.lines()) {
                if (line.comment() && !count) {
                    continue;
                }
                for (LocalDate day : line.days()) {
                    if (options.covers(day)) {
                        best.merge(day, count ? 1.0 : vote(article.published(), line.index(), day), Math::max);
                    }
                }
            }
            double spread = count ? 1.0 : Math.sqrt(best.size());
            best.forEach((day, vote) -> {
                double[] v = votes.computeIfAbsent(day, d -> new double[2]);
                v[0] += vote / spread;
                v[1]++;
            });
        }
        List<Scored> out = new ArrayList<>();
        votes.forEach((day, v) -> out.add(new Scored(day, v[0], (int) v[1])));
        out.sort(Comparator.comparingDouble(Scored::salience).reversed().thenComparing(Scored::date));
        return out;
    }

    private static double vote(LocalDate published, int sentence, LocalDate day) {
        double vote = sentence < LEAD ? LEAD_WEIGHT : 1.0;
        return published.isAfter(day.plusDays(1)) ? vote * RECALLED_WEIGHT : vote;
    }
}
