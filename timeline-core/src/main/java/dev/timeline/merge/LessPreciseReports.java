package dev.timeline.merge;

import dev.timeline.happening.Triggers;
import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import dev.timeline.timeline.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

    /**
     * Returns {@code events} with each less precise report folded into its precise counterpart.
     *
     * <p>Linear in practice: only events of one document with the same merge group and head word can refine one
     * another, so each is compared with its own bucket only, and within a bucket once per distinct date; reports that
     * say the same (document, date, names) share one answer. A long document of repeated happenings is not quadratic.
     */
    static List<Event> fold(List<Event> events) {
        return fold(events, new HashMap<>());
    }

    /**
     * As {@link #fold(List)}, with the head words found so far ({@link #head}) by title and type: reports of one title
     * share its head, and they are looked up in {@code headsByTitle}, which keeps those found here for the next call.
     */
    static List<Event> fold(List<Event> events, Map<List<Object>, Optional<String>> headsByTitle) {
        List<Optional<String>> heads = new ArrayList<>(events.size());
        Map<List<Object>, Map<When, List<Integer>>> buckets = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            Optional<String> head = headsByTitle.computeIfAbsent(List.of(e.title(), e.type()), k -> head(e));
            heads.add(head);
            if (head.isEmpty()) {
                continue;
            }
            String group = EventMerger.mergeGroup(e);
            for (String doc : documents(e)) {
                buckets.computeIfAbsent(List.of(doc, group, head.get()),
                        k -> new LinkedHashMap<>()).computeIfAbsent(e.when(), w -> new ArrayList<>()).add(i);
            }
        }
        Map<Integer, Integer> into = new HashMap<>();
        Map<List<Object>, Optional<Integer>> answers = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            Event coarse = events.get(i);
            Set<String> docs = documents(coarse);
            if (docs.size() != 1 || coarse.when().isRange() || heads.get(i).isEmpty()) {
                continue;
            }
            List<Object> bucket = List.of(docs.iterator().next(), EventMerger.mergeGroup(coarse),
                    heads.get(i).get());
            List<Object> question = List.of(bucket, coarse.when(), EventMerger.keys(coarse.participants()),
                    EventMerger.keys(coarse.places()));
            // a candidate never has the coarse event's own date, so the answer does not depend on i itself
            Optional<Integer> target = answers.computeIfAbsent(question,
                    q -> target(events, coarse, buckets.getOrDefault(bucket, Map.of())));
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
        Optional<String> head = head(coarse);
        return datesRefine(precise.when(), coarse.when())
                && EventMerger.mergeGroup(precise).equals(EventMerger.mergeGroup(coarse))
                && head.isPresent() && head.equals(head(precise)) && namesRefine(precise, coarse);
    }

    private static boolean datesRefine(When precise, When coarse) {
        return !precise.isRange() && !coarse.coveredDays().equals(precise.coveredDays())
                && coarse.coveredDays().encloses(precise.coveredDays()) && precise.isCertainlyDuring(coarse);
    }

    private static boolean namesRefine(Event precise, Event coarse) {
        return EventMerger.keys(precise.participants()).containsAll(EventMerger.keys(coarse.participants()))
                && EventMerger.keys(precise.places()).containsAll(EventMerger.keys(coarse.places()));
    }

    /**
     * The event of {@code bucket} (the events of the coarse one's document, merge group and head, by date) that
     * {@code coarse} folds into: the most precise one that refines it, if all that do lie on one chain of nested
     * dates.
     */
    private static Optional<Integer> target(List<Event> events, Event coarse, Map<When, List<Integer>> bucket) {
        List<When> dates = new ArrayList<>();
        Integer best = null;
        for (Map.Entry<When, List<Integer>> date : bucket.entrySet()) {
            if (!datesRefine(date.getKey(), coarse.when())) {
                continue;
            }
            boolean any = false;
            for (int j : date.getValue()) {
                if (namesRefine(events.get(j), coarse)) {
                    any = true;
                    int order = best == null ? -1 : EventMerger.ORDER.compare(events.get(j), events.get(best));
                    if (order < 0 || order == 0 && j < best) {
                        best = j;
                    }
                }
            }
            if (any) {
                dates.add(date.getKey());
            }
        }
        for (When a : dates) {
            for (When b : dates) {
                if (!a.isCertainlyDuring(b) && !b.isCertainlyDuring(a)) {
                    return Optional.empty();
                }
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
                String low = word.toLowerCase(Locale.ROOT);
                return Optional.of(low.endsWith("s") ? low.substring(0, low.length() - 1) : low);
            }
        }
        return Optional.empty();
    }

    /** The documents of {@code e}'s sources, in their order. */
    static Set<String> documents(Event e) {
        Set<String> out = new LinkedHashSet<>();
        for (Source s : e.sources()) {
            out.add(s.documentId());
        }
        return out;
    }
}
