package dev.timeline.event.eval;

import dev.timeline.tag.timeml.TimeMlAnnotations;
import dev.timeline.tag.timeml.TimeMlAnnotations.AnnotatedEvent;
import dev.timeline.tag.timeml.TimeMlAnnotations.AnnotatedTimex;
import dev.timeline.tag.timeml.TimeMlAnnotations.TimeLink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores events and their time anchors against gold TimeML exactly as {@code anchor_score.py} does (its docstring is
 * the definition): events match when their spans overlap, one-to-one in text order; a gold anchor is found when the
 * system links an event matching its event to a timex overlapping its timex with an anchoring relation; a system
 * anchor is judged only where gold anchors that event or links that pair. All methods are static and thread-safe.
 */
public final class EventScorer {
    /** The TLINK relation types that place an event at a time. */
    public static final Set<String> ANCHORING = Set.of("IS_INCLUDED", "DURING", "SIMULTANEOUS", "IDENTITY", "BEGINS",
            "ENDS", "BEGUN_BY", "ENDED_BY", "INCLUDES", "DURING_INV");

    private EventScorer() {
    }

    /** Scores one system document against its gold document. */
    public static EventCounts score(TimeMlAnnotations gold, TimeMlAnnotations system) {
        Map<String, int[]> gev = events(gold);
        Map<String, int[]> sev = events(system);
        Map<String, int[]> gtx = timexes(gold);
        Map<String, int[]> stx = timexes(system);
        Map<String, String> evMap = align(gev, sev);
        Map<String, String> txMap = align(gtx, stx);
        Map<String, String> gClass = new HashMap<>();
        gold.events().forEach(e -> gClass.put(e.eid(), e.eventClass()));
        Map<String, String> sClass = new HashMap<>();
        system.events().forEach(e -> sClass.put(e.eid(), e.eventClass()));
        int strict = 0;
        int classes = 0;
        for (Map.Entry<String, String> m : evMap.entrySet()) {
            int[] s = sev.get(m.getKey());
            int[] g = gev.get(m.getValue());
            strict += s[0] == g[0] && s[1] == g[1] ? 1 : 0;
            classes += sClass.get(m.getKey()).equals(gClass.get(m.getValue())) ? 1 : 0;
        }
        List<String[]> glinks = links(gold, gev, gtx);
        List<String[]> slinks = links(system, sev, stx);
        Set<List<String>> goldAnchor = new HashSet<>();
        Set<List<String>> goldAny = new HashSet<>();
        Set<String> anchoredEvents = new HashSet<>();
        for (String[] l : glinks) {
            goldAny.add(List.of(l[0], l[1]));
            if (ANCHORING.contains(l[2])) {
                goldAnchor.add(List.of(l[0], l[1]));
                anchoredEvents.add(l[0]);
            }
        }
        Set<List<String>> sysAnchor = new LinkedHashSet<>();
        for (String[] l : slinks) {
            if (ANCHORING.contains(l[2])) {
                sysAnchor.add(java.util.Arrays.asList(evMap.get(l[0]), txMap.get(l[1]), l[0], l[1]));
            }
        }
        Set<List<String>> found = new HashSet<>();
        int right = 0;
        int wrong = 0;
        for (List<String> a : sysAnchor) {
            String ge = a.get(0);
            String gt = a.get(1);
            if (ge != null && gt != null && goldAnchor.contains(List.of(ge, gt))) {
                found.add(List.of(ge, gt));
            }
            if (ge == null || gt == null) {
                continue;
            }
            if (goldAnchor.contains(List.of(ge, gt))) {
                right++;
            } else if (goldAny.contains(List.of(ge, gt)) || anchoredEvents.contains(ge)) {
                wrong++;
            }
        }
        return new EventCounts(gev.size(), sev.size(), evMap.size(), strict, classes, goldAnchor.size(),
                found.size(), sysAnchor.size(), right, wrong);
    }

    private static Map<String, int[]> events(TimeMlAnnotations doc) {
        Map<String, int[]> out = new LinkedHashMap<>();
        for (AnnotatedEvent e : doc.events()) {
            out.put(e.eid(), new int[] {e.start(), e.end()});
        }
        return out;
    }

    private static Map<String, int[]> timexes(TimeMlAnnotations doc) {
        Map<String, int[]> out = new LinkedHashMap<>();
        for (AnnotatedTimex t : doc.timexes()) {
            out.put(t.tid(), new int[] {t.start(), t.end()});
        }
        return out;
    }

    private static List<String[]> links(TimeMlAnnotations doc, Map<String, int[]> events, Map<String, int[]> tx) {
        List<String[]> out = new ArrayList<>();
        for (TimeLink l : doc.links()) {
            if (events.containsKey(l.eid()) && tx.containsKey(l.tid())) {
                out.add(new String[] {l.eid(), l.tid(), l.relType()});
            }
        }
        return out;
    }

    /** One-to-one overlap alignment in text order, as {@code align} of the reference scorer: system id to gold id. */
    private static Map<String, String> align(Map<String, int[]> gold, Map<String, int[]> system) {
        List<Map.Entry<String, int[]>> g = sorted(gold);
        List<Map.Entry<String, int[]>> s = sorted(system);
        Set<String> used = new HashSet<>();
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, int[]> se : s) {
            for (Map.Entry<String, int[]> ge : g) {
                if (!used.contains(ge.getKey()) && ge.getValue()[0] < se.getValue()[1]
                        && se.getValue()[0] < ge.getValue()[1]) {
                    used.add(ge.getKey());
                    out.put(se.getKey(), ge.getKey());
                    break;
                }
            }
        }
        return out;
    }

    private static List<Map.Entry<String, int[]>> sorted(Map<String, int[]> spans) {
        List<Map.Entry<String, int[]>> out = new ArrayList<>(spans.entrySet());
        out.sort((a, b) -> a.getValue()[0] != b.getValue()[0] ? Integer.compare(a.getValue()[0], b.getValue()[0])
                : Integer.compare(a.getValue()[1], b.getValue()[1]));
        return out;
    }
}
