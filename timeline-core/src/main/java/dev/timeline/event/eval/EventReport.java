package dev.timeline.event.eval;

import dev.timeline.tag.eval.PrecisionRecall;
import java.util.Locale;

/** Formats event and anchoring scores as the lines {@code anchor_score.py} prints. Thread-safe. */
public final class EventReport {
    private EventReport() {
    }

    /**
     * The event and anchoring figures, in {@code anchor_score.py}'s layout, after a line naming the models used.
     *
     * @param counts the counts over all documents
     * @param models how the models were obtained ("shipped models", "5-fold cross-validation by document", ...)
     */
    public static String summary(EventCounts counts, String models) {
        StringBuilder s = new StringBuilder();
        s.append("event models: ").append(models).append('\n');
        s.append(String.format(Locale.ROOT, "events: gold %d  system %d%n", counts.goldEvents(),
                counts.systemEvents()));
        line(s, "event_relaxed ", counts.relaxed());
        line(s, "event_strict  ", counts.strict());
        s.append(String.format(Locale.ROOT, "event_class    accuracy %.2f%n", 100 * counts.classAccuracy()));
        int judged = counts.rightAnchors() + counts.wrongAnchors();
        s.append(String.format(Locale.ROOT, "anchors: gold %d  system %d  judged %d  unjudged %d%n",
                counts.goldAnchors(), counts.systemAnchors(), judged, counts.systemAnchors() - judged));
        line(s, "anchor        ", counts.anchors());
        return s.toString();
    }

    private static void line(StringBuilder s, String label, PrecisionRecall prf) {
        s.append(String.format(Locale.ROOT, "%s P %.2f  R %.2f  F1 %.2f%n", label, 100 * prf.precision(),
                100 * prf.recall(), 100 * prf.f1()));
    }
}
