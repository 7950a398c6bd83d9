package dev.timeline.merge;

import dev.timeline.timeline.Event;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One article that tells a happening twice in the same words: a paragraph the wire repeated, a noun named again
 * ("the worst woes since the 1997 Asian financial crisis", "since the financial crisis in 1997"). Two events of one
 * document with the same title (in any case), the same date and the same type are one happening with two sources; a
 * reader could not tell them apart. Stateless.
 */
final class RepeatedReports {
    private RepeatedReports() {
    }

    /**
     * Returns {@code events} with the events of one document that share title, date and type combined into one, the
     * others as they were; in the order of the first of each group.
     */
    static List<Event> fold(List<Event> events) {
        Map<List<Object>, List<Event>> groups = new LinkedHashMap<>();
        for (Event e : events) {
            Set<String> docs = LessPreciseReports.documents(e);
            List<Object> key = docs.size() != 1 ? List.of(e) // reports of several documents are the merger's to join
                    : List.of(docs.iterator().next(), e.title().toLowerCase(Locale.ROOT), e.when(), e.type().name());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
        }
        if (groups.size() == events.size()) {
            return events;
        }
        List<Event> out = new ArrayList<>(groups.size());
        for (List<Event> group : groups.values()) {
            group.sort(EventMerger.ORDER); // the same event, whatever order the reports came in
            out.add(EventMerger.combine(group));
        }
        return out;
    }
}
