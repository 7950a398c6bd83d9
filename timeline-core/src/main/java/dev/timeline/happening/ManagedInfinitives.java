package dev.timeline.happening;

import dev.timeline.event.Aspect;
import dev.timeline.event.EventClass;
import dev.timeline.event.EventMention;
import dev.timeline.event.Tense;
import dev.timeline.event.TimeAnchor;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The happening of a verb whose subject did what the infinitive after it says: "Korvo managed to place a cap over the
 * pipe earlier this month" placed the cap. When the anchorer dated only such a verb, its date goes to the infinitive,
 * whose clause then titles the happening ("Korvo places a cap over the pipe"); "failed to", "tried to" tell no such
 * thing. Stateless.
 */
final class ManagedInfinitives {
    /** Verbs whose infinitive's happening took place: "managed to place". */
    private static final Set<String> IMPLICATIVE = Set.of("manage");

    private ManagedInfinitives() {
    }

    /**
     * {@code anchors} with each anchor of an implicative verb ({@link #IMPLICATIVE}) moved to the infinitive right
     * after its "to" when no anchor dates it: to its event of {@code events}, or to an occurrence where the
     * recognizer read none; the others as they were, in the same order.
     */
    static List<TimeAnchor> moved(AnalyzedText text, List<TimeAnchor> anchors, List<EventMention> events) {
        Map<Integer, EventMention> byToken = new HashMap<>();
        events.forEach(e -> byToken.put(e.token().index(), e));
        Set<Integer> anchored = new HashSet<>();
        anchors.forEach(a -> anchored.add(a.event().token().index()));
        List<TimeAnchor> out = new ArrayList<>(anchors.size());
        for (TimeAnchor a : anchors) {
            EventMention e = a.event();
            int to = e.token().index() + 1;
            boolean implied = e.token().isVerb() && IMPLICATIVE.contains(e.verbLemma())
                    && to + 1 < text.tokens().size() && text.tokens().get(to).lowerText().equals("to")
                    && text.tokens().get(to + 1).pos().equals("VB")
                    && sameSentence(text, e.token(), text.tokens().get(to + 1)) && !anchored.contains(to + 1);
            // the recognizer may have read no event there: the infinitive is then an occurrence, as "to seal" is
            EventMention infinitive = !implied ? null : byToken.getOrDefault(to + 1,
                    new EventMention(text.tokens().get(to + 1), EventClass.OCCURRENCE, Tense.INFINITIVE, Aspect.NONE,
                            e.polarity(), e.modality(), e.confidence()));
            out.add(infinitive == null ? a
                    : new TimeAnchor(infinitive, a.timex(), a.relation(), a.confidence()));
        }
        return out;
    }

    private static boolean sameSentence(AnalyzedText text, Token a, Token b) {
        return text.sentenceOf(a).index() == text.sentenceOf(b).index();
    }
}
