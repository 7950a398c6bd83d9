package dev.timeline.dct;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * One thing a text says about when it was written, as a score over candidate creation dates (positive supports,
 * negative contradicts), the years it makes plausible, and the line of evidence to show when it supports the winner.
 */
record DctClue(String evidence, ToDoubleFunction<LocalDate> scorer, Set<Integer> years) {
    double score(LocalDate candidate) {
        return scorer.applyAsDouble(candidate);
    }
}
