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
            AnchorCandidates.Candidate own = null; // the date of the event's own predicate, if any
            double ownP = 0;
            for (AnchorCandidates.Candidate c : candidates.of(s, e.token().index())) {
                if (e.token().isVerb() && (AnchorFeatures.describesANoun(text, c.timex())
                        || AnchorFeatures.yearOfAName(text, c.timex()) && anotherDate(spotsBySentence.get(s), c))) {
                    // "launched the three-year training program": a length that describes the program; "began her
                    // reign as Miss World 2005 on Sunday": an edition's year, where the sentence has a date
                    continue;
                }
                AnchorFeatures.of(text, es, c, eventsBySentence.get(s), spotsBySentence.get(s), ids.clear());
                java.util.Arrays.fill(sums, 0); // each candidate's sums start from nothing, not the last one's
                double p = model.qnProbability(ids.sums(sums), yes); // as qnProbabilities would give it
                if (p > bestP) {
                    bestP = p;
                    best = c;
                }
                if (c.where() == AnchorCandidates.Where.SAME
                        && inOwnPredicate(text, e.token().index(), c.timex(), ownReach(text, e.token().index()))) {
                    own = c;
                    ownP = p;
                }
            }
            if (own != null && best != null && best != own && ownP > THRESHOLD
                    && best.where() == AnchorCandidates.Where.SAME && (afterConjunct(text, best.timex(),
                    e.token().index()) || afterSubordinator(text, best.timex(), e.token().index()))) {
                // "was founded in 2005 and went public in 2006": "went" is in 2006; "left on Sunday after reaching a
                // deal on Saturday": the deal is Saturday's; the model's score of the other expression says how sure
                // it is that the event has a date at all, which the rule keeps
                best = own;
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

    /**
     * Whether {@code m} is a year alone right after a capitalized word of a name ("Miss World 2005", "Euro 2008"): an
     * edition's year, which dates no verb of a sentence that has another date.
     */
    public static boolean yearOfAName(AnalyzedText text, Mention m) {
        List<Token> covered = text.tokensIn(m.start(), m.end());
        return !covered.isEmpty() && AnchorFeatures.yearOfAName(text, spot(covered, m));
    }

    /**
     * Whether the expression {@code m} stands before the verb at {@code event} in an earlier clause: "and", "but" or
     * "or" between ("was founded in 2005 and went public in 2006"), or a subordinating word of time or reason and no
     * punctuation ("left on Sunday after reaching a deal on Saturday"). It dates that clause, not the verb.
     */
    public static boolean inAnEarlierClause(AnalyzedText text, Mention m, int event) {
        List<Token> covered = text.tokensIn(m.start(), m.end());
        if (covered.isEmpty() || !text.tokens().get(event).isVerb()) {
            return false;
        }
        TimexSpot t = spot(covered, m);
        return afterConjunct(text, t, event) || afterSubordinator(text, t, event);
    }

    /** Whether {@code spots}, the expressions of a sentence, hold a date or time other than candidate {@code c}'s. */
    private static boolean anotherDate(List<TimexSpot> spots, AnchorCandidates.Candidate c) {
        for (TimexSpot t : spots) {
            if (!t.equals(c.timex()) && (t.type().equals("DATE") || t.type().equals("TIME"))) {
                return true;
            }
        }
        return false;
    }

    /** Most words between a verb and the date of its own predicate: "went public [in] 2006". */
    private static final int OWN_REACH = 4;

    /**
     * Most words between a verb that a subordinating word opens and the date of its own predicate: "after reaching an
     * agreement with the port authority [on] Friday".
     */
    private static final int SUBORDINATE_REACH = 8;
    /** Words that open a clause of time or reason inside another: "left on Sunday after [reaching] a deal". */
    private static final java.util.Set<String> SUBORDINATORS = java.util.Set.of("after", "before", "when", "since",
            "following", "upon", "until", "while", "because", "as");

    /** How many words a verb's own date may stand after it: more when a subordinating word opens its clause. */
    private static int ownReach(AnalyzedText text, int event) {
        return event > 0 && SUBORDINATORS.contains(text.tokens().get(event - 1).lowerText()) ? SUBORDINATE_REACH
                : OWN_REACH;
    }

    /**
     * Whether the date or time {@code t} follows the verb at {@code event} in its own predicate: within {@code reach}
     * words, a name counting as one ("met Foreign Minister Orvo Danek on Sunday"), none of them a verb, a conjunction,
     * a clause word or punctuation.
     */
    private static boolean inOwnPredicate(AnalyzedText text, int event, TimexSpot t, int reach) {
        Token ev = text.tokens().get(event);
        if (!ev.isVerb() || t.first() <= event || !(t.type().equals("DATE") || t.type().equals("TIME"))) {
            return false;
        }
        int words = 0;
        for (int i = event + 1; i < t.first(); i++) {
            Token b = text.tokens().get(i);
            if (b.isVerb() || b.pos().equals("CC") || b.pos().equals("WDT") || b.pos().equals("MD")
                    || !Character.isLetterOrDigit(b.text().charAt(0))) {
                return false;
            }
            if (!(b.pos().startsWith("NNP") && text.tokens().get(i - 1).pos().startsWith("NNP"))) {
                words++;
            }
        }
        return words <= reach;
    }

    /**
     * Whether the expression {@code t} stands before the verb at {@code event} in an earlier conjunct: "and", "but"
     * or "or" and no punctuation lie between them, with a verb before the expression ("was founded in 2005 and
     * went").
     */
    private static boolean afterConjunct(AnalyzedText text, TimexSpot t, int event) {
        if (t.last() >= event) {
            return false;
        }
        boolean conjunction = false;
        for (int i = t.last() + 1; i < event; i++) {
            String low = text.tokens().get(i).lowerText();
            conjunction |= low.equals("and") || low.equals("but") || low.equals("or");
        }
        return conjunction;
    }

    /**
     * Whether the expression {@code t} stands before the verb at {@code event} in the main clause that a subordinating
     * word opening the verb's own clause follows: "left on Sunday [after] reaching", "stalled in February [when]
     * Belgrade recalled", with no punctuation between.
     */
    private static boolean afterSubordinator(AnalyzedText text, TimexSpot t, int event) {
        if (t.last() >= event) {
            return false;
        }
        boolean subordinator = false;
        for (int i = t.last() + 1; i < event; i++) {
            Token b = text.tokens().get(i);
            if (!Character.isLetterOrDigit(b.text().charAt(0))) {
                return false;
            }
            subordinator |= SUBORDINATORS.contains(b.lowerText()) && b.pos().equals("IN")
                    || b.lowerText().equals("when") || b.lowerText().equals("following");
        }
        return subordinator;
    }

    static EventSpot spot(EventMention e) {
        return new EventSpot(e.token().index(), e.eventClass().name(), e.tense().name());
    }

    static TimexSpot spot(List<Token> covered, Mention m) {
        return new TimexSpot(covered.get(0).index(), covered.get(covered.size() - 1).index(), m.type().name(),
                m.value());
    }
}
