package dev.timeline.merge;

import dev.timeline.timeline.Event;
import dev.timeline.timeline.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
            String doc = onlyDocument(e);
            List<Object> key = doc == null ? List.of(e) // reports of several documents are the merger's to join
                    : List.of(doc, e.title().toLowerCase(Locale.ROOT), e.when(), e.type().name());
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

    /** The one document all of {@code e}'s sources come from, or null if they come from several or none. */
    private static String onlyDocument(Event e) {
        String doc = null;
        for (Source s : e.sources()) {
            if (doc != null && !doc.equals(s.documentId())) {
                return null;
            }
            doc = s.documentId();
        }
        return doc;
    }
}
