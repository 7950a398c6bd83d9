package dev.timeline.event.eval;

import dev.timeline.tag.Mention;
import dev.timeline.tag.timeml.TimeMlAnnotations;
import dev.timeline.tag.timeml.TimeMlAnnotations.AnnotatedEvent;
import dev.timeline.tag.timeml.TimeMlAnnotations.AnnotatedTimex;
import dev.timeline.tag.timeml.TimeMlAnnotations.TimeLink;
import dev.timeline.tag.timeml.TimeMlDocument;
import dev.timeline.tag.timeml.TimeMlWriter;
import dev.timeline.tag.timeml.TimeMlWriter.TimeLinkOut;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deterministic "system output" made from a gold event layer: events dropped, narrowed, widened, moved, duplicated
 * and re-classed, spurious events added; anchors dropped, moved to another timex, made non-anchoring, re-typed, and
 * new ones added; so that every branch of {@code anchor_score.py} (matched, strict, unmatched events; found, right,
 * wrong and unjudged anchors) is taken. The gold timexes are kept.
 */
final class EventPerturbation {
    private EventPerturbation() {
    }

    /** The TimeML of {@code doc} with the perturbed event layer of {@code gold}. */
    static String of(TimeMlDocument doc, TimeMlAnnotations gold, int seed) {
        String text = doc.text();
        List<Mention> timexes = doc.timexes();
        List<int[]> placed = new ArrayList<>();
        timexes.forEach(m -> placed.add(new int[] {m.start(), m.end()}));
        List<AnnotatedEvent> events = new ArrayList<>();
        int k = seed;
        for (AnnotatedEvent e : gold.events()) {
            int s = e.start();
            int end = e.end();
            switch (k++ % 8) {
                case 0 -> { } // dropped: a missed event
                case 1 -> add(events, placed, text, span(e, s + 1, end)); // overlaps, not strict
                case 2 -> add(events, placed, text, span(e, s, nextWordEnd(text, end))); // overlaps, not strict
                case 3 -> add(events, placed, text, new AnnotatedEvent(e.eid(), s, end,
                        e.eventClass().equals("OCCURRENCE") ? "STATE" : "OCCURRENCE", e.tense(), e.aspect(),
                        e.polarity(), e.modality()));
                case 4 -> { // one of the two cannot be matched: a false positive on top of a match
                    add(events, placed, text, e);
                    add(events, placed, text, new AnnotatedEvent(e.eid() + "d", s, end, e.eventClass(), "", "", "",
                            ""));
                }
                case 5 -> add(events, placed, text, span(e, nextWordStart(text, end), nextWordEnd(text,
                        nextWordStart(text, end)))); // onto the next word: another gold event or none
                default -> add(events, placed, text, e);
            }
        }
        for (int p = 25 + seed; p + 4 < text.length(); p += 211) {
            add(events, placed, text, new AnnotatedEvent("s" + p, p, p + 4, "OCCURRENCE", "", "", "", ""));
        }
        return TimeMlWriter.format(doc, events, links(doc, gold, events, seed));
    }

    private static List<TimeLinkOut> links(TimeMlDocument doc, TimeMlAnnotations gold, List<AnnotatedEvent> events,
            int seed) {
        List<Mention> timexes = doc.timexes();
        if (timexes.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> timexIndex = new HashMap<>();
        for (AnnotatedTimex t : gold.timexes()) {
            for (int i = 0; i < timexes.size(); i++) {
                if (timexes.get(i).start() == t.start() && timexes.get(i).end() == t.end()) {
                    timexIndex.put(t.tid(), i);
                }
            }
        }
        Set<String> written = new HashSet<>();
        events.forEach(e -> written.add(e.eid()));
        Set<String> linked = new HashSet<>();
        List<TimeLinkOut> out = new ArrayList<>();
        int j = seed;
        for (TimeLink l : gold.links()) {
            Integer t = timexIndex.get(l.tid());
            if (t == null || !written.contains(l.eid())) {
                continue; // to the creation time, or from a dropped event
            }
            linked.add(l.eid());
            switch (j++ % 6) {
                case 0 -> { } // dropped: a missed anchor
                case 1 -> out.add(new TimeLinkOut(l.eid(), (t + 1) % timexes.size(), l.relType())); // elsewhere
                case 2 -> out.add(new TimeLinkOut(l.eid(), t, "BEFORE")); // not an anchor
                case 3 -> out.add(new TimeLinkOut(l.eid(), t, "SIMULTANEOUS")); // another anchoring type
                default -> out.add(new TimeLinkOut(l.eid(), t, l.relType()));
            }
        }
        // anchors the gold does not have: for events it never links (unjudged) and for spurious events
        for (int i = seed % 3; i < events.size(); i += 3) {
            AnnotatedEvent e = events.get(i);
            if (!linked.contains(e.eid())) {
                out.add(new TimeLinkOut(e.eid(), i % timexes.size(), i % 2 == 0 ? "IS_INCLUDED" : "DURING"));
            }
        }
        return out;
    }

    private static AnnotatedEvent span(AnnotatedEvent e, int start, int end) {
        return new AnnotatedEvent(e.eid(), start, end, e.eventClass(), e.tense(), e.aspect(), e.polarity(),
                e.modality());
    }

    private static int nextWordStart(String text, int from) {
        int i = from;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int nextWordEnd(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Adds {@code e} unless it is empty, leaves the text, splits a surrogate pair or crosses a placed element. */
    private static void add(List<AnnotatedEvent> events, List<int[]> placed, String text, AnnotatedEvent e) {
        int s = e.start();
        int end = e.end();
        if (s < 0 || end > text.length() || s >= end || splitsPair(text, s) || splitsPair(text, end)) {
            return;
        }
        for (int[] p : placed) {
            boolean overlap = s < p[1] && p[0] < end;
            boolean nested = s <= p[0] && p[1] <= end || p[0] <= s && end <= p[1];
            if (overlap && !nested) {
                return;
            }
        }
        placed.add(new int[] {s, end});
        events.add(e);
    }

    private static boolean splitsPair(String text, int i) {
        return i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i));
    }
}
