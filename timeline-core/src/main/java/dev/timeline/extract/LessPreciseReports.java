package dev.timeline.extract;

import dev.timeline.timeline.Event;
import dev.timeline.timeline.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One article often names a happening twice: once precisely ("a military parade in Beijing on Sept. 3") and once in
 * passing, less precisely ("not to attend China's victory parade this year"). This folds the second report into the
 * first.
 *
 * <p>The rule: an event reported by one document only is folded into another event that document reports when
 * <ul>
 *   <li>its date covers strictly more days than the other's and certainly holds it (2025 holds 3 Sep 2025; a
 *       range never qualifies),
 *   <li>both have the same type and the same head word (the trigger: "parade", "takes power"),
 *   <li>it adds no other information: its participants and places are all among the other's, and
 *   <li>the fold is unambiguous: every candidate of the document lies on one chain of nested dates, and it is folded
 *       into the most precise; two candidates with different days (two parades) leave it alone.
 * </ul>
 * Dates are only ever narrowed to a day they already contain, so separate happenings with disjoint dates never
 * collapse.
 */
final class LessPreciseReports {
    private LessPreciseReports() {
    }

    /** Returns {@code events} with each less precise report folded into its precise counterpart. */
    static List<Event> fold(List<Event> events) {
        Map<String, List<Integer>> byDocument = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            for (String doc : documents(events.get(i))) {
                byDocument.computeIfAbsent(doc, d -> new ArrayList<>()).add(i);
            }
        }
        Map<Integer, Integer> into = new HashMap<>();
        Map<Event, Optional<String>> heads = new java.util.IdentityHashMap<>();
        for (int i = 0; i < events.size(); i++) {
            Event coarse = events.get(i);
            Set<String> docs = documents(coarse);
            if (docs.size() != 1 || coarse.when().isRange()) {
                continue;
            }
            List<Integer> candidates = new ArrayList<>();
            for (int j : byDocument.get(docs.iterator().next())) {
                if (j != i && refines(events.get(j), coarse, heads)) {
                    candidates.add(j);
                }
            }
            Optional<Integer> target = target(events, candidates);
            if (target.isPresent()) {
                into.put(i, target.get());
            }
        }
        if (into.isEmpty()) {
            return events;
        }
        Map<Integer, List<Event>> members = new HashMap<>();
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            int home = i;
            while (into.containsKey(home)) {
                home = into.get(home); // ends: each step goes to strictly fewer days
            }
            members.computeIfAbsent(home, k -> new ArrayList<>()).add(events.get(i));
        }
        for (int i = 0; i < events.size(); i++) {
            if (!into.containsKey(i)) {
                List<Event> group = members.get(i);
                out.add(group.size() == 1 ? group.get(0) : EventMerger.combine(group));
            }
        }
        return out;
    }

    /** Whether {@code precise} reports the happening {@code coarse} reports, more precisely. */
    static boolean refines(Event precise, Event coarse) {
        return refines(precise, coarse, new HashMap<>());
    }

    private static boolean refines(Event precise, Event coarse, Map<Event, Optional<String>> heads) {
        if (precise.when().isRange() || coarse.when().coveredDays().equals(precise.when().coveredDays())
                || !coarse.when().coveredDays().encloses(precise.when().coveredDays())
                || !EventMerger.mergeGroup(precise.type()).equals(EventMerger.mergeGroup(coarse.type()))
                || !precise.when().isCertainlyDuring(coarse.when())) {
            return false;
        }
        Optional<String> head = heads.computeIfAbsent(coarse, LessPreciseReports::head);
        return head.isPresent() && head.equals(heads.computeIfAbsent(precise, LessPreciseReports::head))
                && EventMerger.keys(precise.participants()).containsAll(EventMerger.keys(coarse.participants()))
                && EventMerger.keys(precise.places()).containsAll(EventMerger.keys(coarse.places()));
    }

    /** The most precise candidate, if all candidates lie on one chain of nested dates. */
    private static Optional<Integer> target(List<Event> events, List<Integer> candidates) {
        Integer best = null;
        for (int j : candidates) {
            for (int k : candidates) {
                Event a = events.get(j);
                Event b = events.get(k);
                if (!a.when().isCertainlyDuring(b.when()) && !b.when().isCertainlyDuring(a.when())) {
                    return Optional.empty();
                }
            }
            if (best == null || EventMerger.ORDER.compare(events.get(j), events.get(best)) < 0) {
                best = j;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The trigger word of an event's title, singular and lower case: "parade" for "China's victory parades". */
    private static Optional<String> head(Event e) {
        String type = e.type().name();
        for (Triggers.Trigger t : Triggers.find(e.title())) {
            if (t.type().equals(type) || EventMerger.mergeGroup(e.type()).equals("parade") && !t.verb()
                    && (t.type().equals("parade") || t.type().equals("commemoration"))) {
                String word = t.verb() ? t.present() : e.title().substring(t.start(), t.end());
                return Optional.of(word.toLowerCase(Locale.ROOT).replaceAll("s$", ""));
            }
        }
        return Optional.empty();
    }

    private static Set<String> documents(Event e) {
        Set<String> out = new LinkedHashSet<>();
        for (Source s : e.sources()) {
            out.add(s.documentId());
        }
        return out;
    }
}
