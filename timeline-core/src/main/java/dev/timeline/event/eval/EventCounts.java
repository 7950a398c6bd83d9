package dev.timeline.event.eval;

import dev.timeline.tag.eval.PrecisionRecall;

/**
 * The counts behind event recognition and time anchoring scores (TempEval-3 task B and the anchoring measure of
 * {@code anchor_score.py}), summed over documents.
 *
 * @param goldEvents gold events
 * @param systemEvents system events
 * @param matchedEvents system events that overlap a gold event (one-to-one, in text order)
 * @param strictEvents matched events with the same extent
 * @param classMatches matched events with the same class
 * @param goldAnchors gold event-to-time anchors
 * @param foundAnchors gold anchors the system found
 * @param systemAnchors system anchors
 * @param rightAnchors judged system anchors that gold has
 * @param wrongAnchors judged system anchors that gold does not have
 */
public record EventCounts(int goldEvents, int systemEvents, int matchedEvents, int strictEvents, int classMatches,
        int goldAnchors, int foundAnchors, int systemAnchors, int rightAnchors, int wrongAnchors) {
    /** No documents. */
    public static final EventCounts ZERO = new EventCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Adds the counts of another set of documents. */
    public EventCounts plus(EventCounts o) {
        return new EventCounts(goldEvents + o.goldEvents, systemEvents + o.systemEvents,
                matchedEvents + o.matchedEvents, strictEvents + o.strictEvents, classMatches + o.classMatches,
                goldAnchors + o.goldAnchors, foundAnchors + o.foundAnchors, systemAnchors + o.systemAnchors,
                rightAnchors + o.rightAnchors, wrongAnchors + o.wrongAnchors);
    }

    /** Event recognition, spans overlapping. */
    public PrecisionRecall relaxed() {
        return PrecisionRecall.of(matchedEvents, systemEvents, goldEvents);
    }

    /** Event recognition, equal spans. */
    public PrecisionRecall strict() {
        return PrecisionRecall.of(strictEvents, systemEvents, goldEvents);
    }

    /** The share of matched events whose class is right. */
    public double classAccuracy() {
        return matchedEvents == 0 ? 0 : (double) classMatches / matchedEvents;
    }

    /**
     * Anchoring: precision over judged system anchors, recall over gold anchors, as {@code anchor_score.py} defines
     * them.
     */
    public PrecisionRecall anchors() {
        int judged = rightAnchors + wrongAnchors;
        double p = judged == 0 ? 0 : (double) rightAnchors / judged;
        double r = goldAnchors == 0 ? 0 : (double) foundAnchors / goldAnchors;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new PrecisionRecall(p, r, f);
    }
}
