package dev.timeline.event;

import dev.timeline.event.AnchorFeatures.EventSpot;
import dev.timeline.event.AnchorFeatures.TimexSpot;
import dev.timeline.tag.Mention;
import dev.timeline.tag.TimexType;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import dev.timeline.text.MaxentWeights;

/**
 * Places events at time expressions: of the candidate expressions ({@code AnchorCandidates}: those of the event's
 * sentence, the latest before it, the first of the document, the story's dominant day, the first of the next
 * sentence), the one the model scores highest anchors
 * the event when its probability passes {@value #THRESHOLD} ("exploded on April 20").
 *
 * <p>A maximum-entropy model over pairs of an event and an expression ({@code AnchorFeatures}), learned from the
 * TLINKs of TimeBank and AQUAINT ({@link EventTraining}). The model ships as a resource and loads once per JVM.
 * Instances are immutable and thread-safe.
 */
public final class TimeAnchorer {
    static final String YES = "anchor";
    /**
     * The probability an anchor needs. Low, because the model's "no" mostly means "another expression of the sentence
     * is the one": chosen by 5-fold cross-validation on TimeBank + AQUAINT (docs/events.md). The chronology asks
     * more of an anchor ({@link TimeAnchor#confidence()}).
     */
    static final double THRESHOLD = 0.1;

    private static final class English {
        static final TimeAnchorer INSTANCE = new TimeAnchorer(Models.load(Models.ANCHORS));
    }

    private final MaxentWeights model;
    private final int yes;
    private final ThreadLocal<FeatureIds> features;

    TimeAnchorer(MaxentWeights model) {
        this.model = model;
        this.yes = model.outcomeIndex(YES);
        this.features = ThreadLocal.withInitial(() -> new FeatureIds(model));
    }

    /** Returns the anchorer with the model shipped for English news. */
    public static TimeAnchorer english() {
        return English.INSTANCE;
    }

    /**
     * Returns the anchors of {@code events}, at most one an event, in the order of the events.
     *
     * @param text the analyzed text
     * @param events its event mentions, as {@link EventRecognizer#recognize} returns them
     * @param timexes its time expressions
     */
    public List<TimeAnchor> anchor(AnalyzedText text, List<EventMention> events, List<Mention> timexes) {
        Objects.requireNonNull(text, "text");
        List<TimeAnchor> out = new ArrayList<>();
        List<List<TimexSpot>> spotsBySentence = new ArrayList<>();
        List<List<Mention>> mentionsBySentence = new ArrayList<>();
        List<List<EventSpot>> eventsBySentence = new ArrayList<>();
        for (int i = 0; i < text.sentences().size(); i++) {
            spotsBySentence.add(new ArrayList<>());
            mentionsBySentence.add(new ArrayList<>());
            eventsBySentence.add(new ArrayList<>());
        }
        for (Mention m : timexes) {
            List<Token> covered = text.tokensIn(m.start(), m.end());
            if (covered.isEmpty()) {
                continue;
            }
            int s = text.sentenceOf(covered.get(0)).index();
            spotsBySentence.get(s).add(spot(covered, m));
            mentionsBySentence.get(s).add(m);
        }
        for (EventMention e : events) {
            eventsBySentence.get(text.sentenceOf(e.token()).index()).add(spot(e));
        }
        double[] sums = new double[model.outcomes()];
        FeatureIds ids = features.get();
        AnchorCandidates.Document candidates = new AnchorCandidates.Document(spotsBySentence);
        for (EventMention e : events) {
            int s = text.sentenceOf(e.token()).index();
            EventSpot es = spot(e);
            AnchorCandidates.Candidate best = null;
            double bestP = THRESHOLD;
            for (AnchorCandidates.Candidate c : candidates.of(s, e.token().index())) {
                AnchorFeatures.of(text, es, c, eventsBySentence.get(s), spotsBySentence.get(s), ids.clear());
                java.util.Arrays.fill(sums, 0); // each candidate's sums start from nothing, not the last one's
                double p = model.qnProbability(ids.sums(sums), yes); // as qnProbabilities would give it
                if (p > bestP) {
                    bestP = p;
                    best = c;
                }
            }
            if (best != null) {
                Mention m = mentionsBySentence.get(best.sentence()).get(best.index());
                AnchorRelation rel = m.type() == TimexType.DURATION ? AnchorRelation.DURING
                        : AnchorRelation.IS_INCLUDED;
                out.add(new TimeAnchor(e, m, rel, Math.min(1, bestP)));
            }
        }
        return List.copyOf(out);
    }

    static EventSpot spot(EventMention e) {
        return new EventSpot(e.token().index(), e.eventClass().name(), e.tense().name());
    }

    static TimexSpot spot(List<Token> covered, Mention m) {
        return new TimexSpot(covered.get(0).index(), covered.get(covered.size() - 1).index(), m.type().name(),
                m.value());
    }
}
