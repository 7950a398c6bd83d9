package dev.timeline.tag.eval;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The TempEval-3 Task A scores of a system against gold timexes: the counts, strict and relaxed P/R/F1 (micro-averaged
 * over all documents), value and type accuracy and F1, and the errors behind them.
 *
 * <p>As in TempEval-3, value (type) accuracy is the share of relaxed matches whose value (type) is identical, and the
 * value (type) P/R/F1 are the relaxed ones multiplied by that accuracy. When there are neither gold nor system timexes
 * every score is 1. Obtain instances from {@link TimexScorer}; combine them with {@link #plus}. Instances are
 * immutable and thread-safe.
 */
public final class TimexScore {
    private static final TimexScore EMPTY = new TimexScore(ImmutableSortedMap.of(), ImmutableList.of(), 0, 0);

    private final ImmutableSortedMap<String, TimexCounts> perDocument;
    private final ImmutableList<TimexError> errors;
    private final TimexCounts counts;
    private final int ignoredGold;
    private final int ignoredSystem;

    private TimexScore(ImmutableSortedMap<String, TimexCounts> perDocument, ImmutableList<TimexError> errors,
            int ignoredGold, int ignoredSystem) {
        this.perDocument = perDocument;
        this.errors = errors;
        this.counts = perDocument.values().stream().reduce(TimexCounts.ZERO, TimexCounts::plus);
        this.ignoredGold = ignoredGold;
        this.ignoredSystem = ignoredSystem;
    }

    /** The score of no documents at all. */
    public static TimexScore empty() {
        return EMPTY;
    }

    static TimexScore ofDocument(String document, TimexCounts counts, List<TimexError> errors, int ignoredGold,
            int ignoredSystem) {
        return new TimexScore(ImmutableSortedMap.of(document, counts), ImmutableList.copyOf(errors), ignoredGold,
                ignoredSystem);
    }

    /**
     * Returns the score of this collection and {@code other} together; the errors of this one come first.
     *
     * @throws IllegalArgumentException if both score a document of the same name
     */
    public TimexScore plus(TimexScore other) {
        Objects.requireNonNull(other, "other");
        SortedMap<String, TimexCounts> docs = new TreeMap<>(perDocument);
        for (Map.Entry<String, TimexCounts> e : other.perDocument.entrySet()) {
            if (docs.put(e.getKey(), e.getValue()) != null) {
                throw new IllegalArgumentException("document " + e.getKey() + " is scored twice");
            }
        }
        return new TimexScore(ImmutableSortedMap.copyOfSorted(docs),
                ImmutableList.<TimexError>builder().addAll(errors).addAll(other.errors).build(),
                ignoredGold + other.ignoredGold, ignoredSystem + other.ignoredSystem);
    }

    /** The number of documents scored. */
    public int documents() {
        return perDocument.size();
    }

    /** The counts summed over all documents. */
    public TimexCounts counts() {
        return counts;
    }

    /** The counts of each document, by document name in ascending order. */
    public SortedMap<String, TimexCounts> perDocument() {
        return perDocument;
    }

    /** Strict P/R/F1: a match needs the identical extent. */
    public PrecisionRecall strict() {
        return both0() ? PrecisionRecall.PERFECT : PrecisionRecall.of(counts.strict(), counts.system(), counts.gold());
    }

    /** Relaxed P/R/F1: a match needs overlapping extents (one-to-one). */
    public PrecisionRecall relaxed() {
        return both0() ? PrecisionRecall.PERFECT
                : PrecisionRecall.of(counts.relaxed(), counts.system(), counts.gold());
    }

    /** Value P/R/F1: the relaxed scores times {@link #valueAccuracy()}. */
    public PrecisionRecall value() {
        return both0() ? PrecisionRecall.PERFECT : relaxed().times(valueAccuracy());
    }

    /** Type P/R/F1: the relaxed scores times {@link #typeAccuracy()}. */
    public PrecisionRecall type() {
        return both0() ? PrecisionRecall.PERFECT : relaxed().times(typeAccuracy());
    }

    /** The share of relaxed matches with identical {@code value}; 0 if there are none. */
    public double valueAccuracy() {
        return both0() ? 1 : counts.relaxed() == 0 ? 0 : (double) counts.value() / counts.relaxed();
    }

    /** The share of relaxed matches with identical type; 0 if there are none. */
    public double typeAccuracy() {
        return both0() ? 1 : counts.relaxed() == 0 ? 0 : (double) counts.type() / counts.relaxed();
    }

    private boolean both0() {
        return counts.gold() == 0 && counts.system() == 0;
    }

    /** All errors, by document, gold errors in text order before the spurious system timexes of each document. */
    public List<TimexError> errors() {
        return errors;
    }

    /** The errors of one kind, in the order of {@link #errors()}. */
    public List<TimexError> errors(TimexError.Kind kind) {
        Objects.requireNonNull(kind, "kind");
        return errors.stream().filter(e -> e.kind() == kind).collect(ImmutableList.toImmutableList());
    }

    /** Gold timexes left out because their text is blank. */
    public int ignoredEmptyGold() {
        return ignoredGold;
    }

    /** System timexes left out because their text is blank. */
    public int ignoredEmptySystem() {
        return ignoredSystem;
    }

    @Override
    public String toString() {
        return String.format("%d documents, %s, strict F1 %.4f, relaxed F1 %.4f, value F1 %.4f, type F1 %.4f",
                documents(), counts, strict().f1(), relaxed().f1(), value().f1(), type().f1());
    }
}
