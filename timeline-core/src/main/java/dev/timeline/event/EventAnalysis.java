package dev.timeline.event;

import com.google.common.collect.ImmutableList;
import dev.timeline.tag.Mention;
import dev.timeline.tag.timeml.TimeMlAnnotations.AnnotatedEvent;
import dev.timeline.tag.timeml.TimeMlDocument;
import dev.timeline.tag.timeml.TimeMlWriter;
import dev.timeline.tag.timeml.TimeMlWriter.TimeLinkOut;
import dev.timeline.text.AnalyzedText;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A text with its time expressions, its event mentions and the anchors that place events at times: what the tagger,
 * the {@link EventRecognizer} and the {@link TimeAnchorer} find together.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param text the text with its language layer
 * @param timexes its time expressions, in text order
 * @param events its event mentions, in text order
 * @param anchors the events placed at a time expression, at most one an event
 */
public record EventAnalysis(AnalyzedText text, List<Mention> timexes, List<EventMention> events,
        List<TimeAnchor> anchors) {
    /** Copies the lists. */
    public EventAnalysis {
        Objects.requireNonNull(text, "text");
        timexes = ImmutableList.copyOf(timexes);
        events = ImmutableList.copyOf(events);
        anchors = ImmutableList.copyOf(anchors);
    }

    /** Finds the events of {@code text} and anchors them with the English models. */
    public static EventAnalysis of(AnalyzedText text, List<Mention> timexes) {
        return of(text, timexes, EventRecognizer.english(), TimeAnchorer.english());
    }

    /**
     * Finds the events of {@code text} that lie within {@code reach} words of a time expression of their sentence,
     * and anchors them: the dated events, at a fraction of the cost of {@link #of(AnalyzedText, List)}.
     */
    public static EventAnalysis nearTimexes(AnalyzedText text, List<Mention> timexes, int reach) {
        List<EventMention> events = EventRecognizer.english().recognizeNearTimexes(text, timexes, reach);
        return new EventAnalysis(text, timexes, events, TimeAnchorer.english().anchor(text, events, timexes));
    }

    /** Finds the events of {@code text} with {@code recognizer} and anchors them with {@code anchorer}. */
    public static EventAnalysis of(AnalyzedText text, List<Mention> timexes, EventRecognizer recognizer,
            TimeAnchorer anchorer) {
        List<EventMention> events = recognizer.recognize(text, timexes);
        return new EventAnalysis(text, timexes, events, anchorer.anchor(text, events, timexes));
    }

    /**
     * Returns {@code document} with this event layer as TimeML (TempEval-3 task ABC layout): its timexes as TIMEX3,
     * the events as EVENT and MAKEINSTANCE (ids e1, e2, ... and ei1, ei2, ... in text order), the anchors as TLINK.
     * The document's timexes must be this analysis's timexes for the anchors to be written.
     *
     * @throws IllegalArgumentException as {@link TimeMlWriter#format(TimeMlDocument, List, List)} does
     */
    public String toTimeMl(TimeMlDocument document) {
        Map<EventMention, String> eids = new IdentityHashMap<>();
        List<AnnotatedEvent> annotated = new ArrayList<>();
        for (EventMention e : events) {
            String eid = "e" + (annotated.size() + 1);
            eids.put(e, eid);
            annotated.add(new AnnotatedEvent(eid, e.start(), e.end(), e.eventClass().name(), e.tense().name(),
                    e.aspect().name(), e.polarity().name(), e.modality().map(Modality::word).orElse("")));
        }
        List<Mention> written = document.timexes();
        Map<Mention, Integer> timexIndex = new IdentityHashMap<>();
        for (int i = 0; i < written.size(); i++) {
            timexIndex.put(written.get(i), i);
        }
        List<TimeLinkOut> links = new ArrayList<>();
        for (TimeAnchor a : anchors) {
            Integer t = timexIndex.get(a.timex());
            if (t == null) {
                t = written.indexOf(a.timex());
            }
            if (t >= 0) {
                links.add(new TimeLinkOut(eids.get(a.event()), t, a.relation().name()));
            }
        }
        return TimeMlWriter.format(document, annotated, links);
    }
}
