package dev.timeline.story;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a story timeline should hold: how many dates, how many sentences for each, and the range of days it covers.
 *
 * <p>Instances are immutable and thread-safe; refine them with the {@code with…} methods.
 */
public final class StoryOptions {
    private final int dates;
    private final int sentencesPerDate;
    private final LocalDate from;
    private final LocalDate to;
    private final int threads;
    private final DateRanking ranking;

    private StoryOptions(int dates, int sentencesPerDate, LocalDate from, LocalDate to, int threads,
            DateRanking ranking) {
        this.dates = dates;
        this.sentencesPerDate = sentencesPerDate;
        this.from = from;
        this.to = to;
        this.threads = threads;
        this.ranking = ranking;
    }

    /**
     * Returns options for the {@code dates} most important days, each with at most {@code sentencesPerDate}
     * sentences, over every day the documents mention, analysed on all processors.
     *
     * @throws IllegalArgumentException if {@code dates} or {@code sentencesPerDate} is below 1
     */
    public static StoryOptions of(int dates, int sentencesPerDate) {
        if (dates < 1) {
            throw new IllegalArgumentException("the number of dates must be at least 1, not " + dates);
        }
        if (sentencesPerDate < 1) {
            throw new IllegalArgumentException("the number of sentences for each date must be at least 1, not "
                    + sentencesPerDate + ": a date without a sentence says nothing");
        }
        return new StoryOptions(dates, sentencesPerDate, null, null, Runtime.getRuntime().availableProcessors(),
                DateRanking.COVERAGE);
    }

    /**
     * Returns a copy that keeps the days from {@code from} to {@code to}, both included, and reads only the
     * documents published in that range; either may be null for an open end.
     *
     * @throws IllegalArgumentException if {@code from} is after {@code to}
     */
    public StoryOptions withRange(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("the range starts on " + from + ", after its end " + to);
        }
        return new StoryOptions(dates, sentencesPerDate, from, to, threads, ranking);
    }

    /**
     * Returns a copy that analyses documents on {@code threads} threads.
     *
     * @throws IllegalArgumentException if {@code threads} is below 1
     */
    public StoryOptions withThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("the number of threads must be at least 1, not " + threads);
        }
        return new StoryOptions(dates, sentencesPerDate, from, to, threads, ranking);
    }

    /** Returns a copy that ranks days by {@code ranking}. */
    public StoryOptions withRanking(DateRanking ranking) {
        return new StoryOptions(dates, sentencesPerDate, from, to, threads, Objects.requireNonNull(ranking, "ranking"));
    }

    /** How days are ranked; {@link DateRanking#COVERAGE} unless set. */
    public DateRanking ranking() {
        return ranking;
    }

    /** The most dates the timeline holds. */
    public int dates() {
        return dates;
    }

    /** The most sentences for one date. */
    public int sentencesPerDate() {
        return sentencesPerDate;
    }

    /** The first day kept, if the range is closed at the start. */
    public Optional<LocalDate> from() {
        return Optional.ofNullable(from);
    }

    /** The last day kept, if the range is closed at the end. */
    public Optional<LocalDate> to() {
        return Optional.ofNullable(to);
    }

    /** The number of threads that analyse documents. */
    public int threads() {
        return threads;
    }

    /** Whether {@code day} lies in the range. */
    boolean covers(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoryOptions s && dates == s.dates && sentencesPerDate == s.sentencesPerDate
                && Objects.equals(from, s.from) && Objects.equals(to, s.to) && threads == s.threads
                && ranking == s.ranking;
    }

    @Override
    public int hashCode() {
        return Objects.hash(dates, sentencesPerDate, from, to, threads, ranking);
    }

    @Override
    public String toString() {
        return dates + " dates x " + sentencesPerDate + " sentences, " + (from == null ? "..." : from) + " to "
                + (to == null ? "..." : to);
    }
}
