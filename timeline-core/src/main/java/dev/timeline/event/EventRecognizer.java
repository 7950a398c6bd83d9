package dev.timeline.event;

import dev.timeline.tag.Mention;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.MaxentWeights;
import dev.timeline.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds the event mentions of a text in the TimeML sense: every verb, event noun ("strike", "resignation", "spill",
 * "talks") and predicative adjective that names a situation, with its class, tense, aspect, polarity and modality.
 *
 * <p>A maximum-entropy model over the words of the {@linkplain dev.timeline.text language layer}, learned from the
 * EVENT annotation of TimeBank and AQUAINT ({@link EventTraining}), decides whether a word names an event and of
 * which class; its verb group gives the rest ({@code VerbGroup}). The model ships as a resource and loads once per
 * JVM, on first use. Instances are immutable and thread-safe.
 */
public final class EventRecognizer {
    private static final String NONE = "O";
    /**
     * A word is an event unless the model gives "no event" at least this probability. Above one half because the
     * annotation marks more events than a model trained on it predicts at the argmax. Chosen by 5-fold
     * cross-validation on TimeBank alone, the training part of the genre-shift test, with each word's sums started
     * from zero (event F1 / anchoring F1: 82.69 / 79.05 at 0.7, 82.63 / 79.45 at 0.75, 82.44 / 79.82 at 0.8, 81.39 /
     * 80.80 at 0.85 with 0.95 near dates; before, each word's sums began from the previous word's probabilities,
     * which raised "no event", and 0.85 gave 82.38 / 79.19; docs/events.md).
     */
    static final double NONE_THRESHOLD = 0.75;
    /**
     * The same within three words of a time expression, where the annotation marks events more densely; chosen with
     * {@link #NONE_THRESHOLD} on the same cross-validation (0.85: 82.75 / 78.21 with 0.7 elsewhere; 0.9: 82.63 /
     * 79.45; 0.95: 82.25 / 80.04 with 0.75 elsewhere).
     */
    static final double NEAR_TIMEX_THRESHOLD = 0.9;

    private static final class English {
        static final EventRecognizer INSTANCE = new EventRecognizer(Models.load(Models.EVENTS),
                NewsLexicons.english());
    }

    private final MaxentWeights model;
    private final NewsLexicons lexicons;
    private final int noneIndex;
    private final ThreadLocal<FeatureIds> features;

    EventRecognizer(MaxentWeights model, NewsLexicons lexicons) {
        this.model = model;
        this.lexicons = lexicons;
        this.noneIndex = model.outcomeIndex(NONE);
        this.features = ThreadLocal.withInitial(() -> new FeatureIds(model));
    }

    /** Returns the recognizer with the model shipped for English news. */
    public static EventRecognizer english() {
        return English.INSTANCE;
    }

    /**
     * Returns the event mentions of {@code text} in text order. Words inside {@code timexes} can be events only where
     * the model says so with the timex in view ("the 1989 earthquake" has its event on "earthquake").
     *
     * @param text the analyzed text
     * @param timexes the time expressions found in the same text
     */
    public List<EventMention> recognize(AnalyzedText text, List<Mention> timexes) {
        return recognize(text, timexes, Integer.MAX_VALUE);
    }

    /**
     * Returns the event mentions of {@code text} that lie within {@code reach} words of a time expression of their
     * sentence, in text order: the same mentions as {@link #recognize(AnalyzedText, List)} gives there, found at a
     * fraction of the cost when only dated events matter.
     *
     * @throws IllegalArgumentException if {@code reach} is negative
     */
    public List<EventMention> recognizeNearTimexes(AnalyzedText text, List<Mention> timexes, int reach) {
        if (reach < 0) {
            throw new IllegalArgumentException("reach " + reach + " is negative");
        }
        return recognize(text, timexes, reach);
    }

    private List<EventMention> recognize(AnalyzedText text, List<Mention> timexes, int reach) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(timexes, "timexes");
        boolean[] inTimex = coveredByTimexes(text, timexes);
        boolean[] near = reach == Integer.MAX_VALUE ? null : near(text, inTimex, reach);
        List<EventMention> out = new ArrayList<>();
        double[] probs = new double[model.outcomes()];
        FeatureIds ids = features.get();
        for (Token t : text.tokens()) {
            if (!EventFeatures.isCandidate(t) || near != null && !near[t.index()]) {
                continue;
            }
            EventFeatures.of(text, t.index(), inTimex, lexicons, ids.clear());
            java.util.Arrays.fill(probs, 0); // each word's sums start from nothing, not the previous word's
            double[] sums = ids.sums(probs);
            // most words are no event: their probability of none decides, and the others are never needed
            if (model.qnProbability(sums, noneIndex)
                    >= (inTimexReach(inTimex, t.index()) ? NEAR_TIMEX_THRESHOLD : NONE_THRESHOLD)) {
                continue;
            }
            probs = model.qnNormalized(sums);
            int best = noneIndex == 0 ? 1 : 0;
            for (int k = 0; k < probs.length; k++) {
                if (k != noneIndex && probs[k] > probs[best]) {
                    best = k;
                }
            }
            VerbGroup group = VerbGroup.of(text, t);
            out.add(new EventMention(t, EventClass.valueOf(model.outcome(best)), group.tense(), group.aspect(),
                    group.polarity(), group.modality(), Math.min(1, Math.max(0, 1 - probs[noneIndex]))));
        }
        return List.copyOf(out);
    }

    /** Whether a timex token lies within three tokens of token {@code i}: an event there is likely to be dated. */
    private static boolean inTimexReach(boolean[] inTimex, int i) {
        for (int j = Math.max(0, i - 3); j <= Math.min(inTimex.length - 1, i + 3); j++) {
            if (inTimex[j] && j != i) {
                return true;
            }
        }
        return false;
    }

    /** Marks the tokens within {@code reach} tokens of a timex token of the same sentence. */
    private static boolean[] near(AnalyzedText text, boolean[] inTimex, int reach) {
        boolean[] near = new boolean[inTimex.length];
        for (dev.timeline.text.Sentence s : text.sentences()) {
            int last = Integer.MIN_VALUE / 2;
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                if (inTimex[i]) {
                    last = i;
                }
                near[i] = i - last <= reach;
            }
            last = Integer.MAX_VALUE / 2;
            for (int i = s.endToken() - 1; i >= s.firstToken(); i--) {
                if (inTimex[i]) {
                    last = i;
                }
                near[i] |= last - i <= reach;
            }
        }
        return near;
    }

    /** Marks the tokens that a time expression covers. */
    static boolean[] coveredByTimexes(AnalyzedText text, List<Mention> timexes) {
        boolean[] in = new boolean[text.tokens().size()];
        for (Mention m : timexes) {
            for (Token t : text.tokensIn(m.start(), m.end())) {
                in[t.index()] = true;
            }
        }
        return in;
    }
}
