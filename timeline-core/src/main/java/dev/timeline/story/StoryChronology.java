package dev.timeline.story;

import dev.timeline.chronology.Chronology;
import dev.timeline.dct.DctEstimate;
import dev.timeline.document.Document;
import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import dev.timeline.timeline.Source;
import dev.timeline.timeline.Timeline;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A story timeline as a {@link Chronology}, so that every renderer (text, Markdown, JSON, HTML, TimelineJS, ICS)
 * draws it: one event a day, its first sentence the title, each sentence (the first too) a source quoted with its
 * article; the chronology's documents are the articles cited.
 */
final class StoryChronology {
    private StoryChronology() {
    }

    static Chronology of(StoryTimeline story, List<Document> documents) {
        Map<String, Document> byId = new HashMap<>();
        documents.forEach(d -> byId.putIfAbsent(d.id(), d));
        Timeline.Builder timeline = Timeline.builder();
        for (StoryDay day : story.days()) {
            if (day.sentences().isEmpty()) {
                continue;
            }
            List<StorySentence> sentences = day.sentences();
            Event.Builder event = Event.builder("day-" + day.date(), When.ofDay(day.date()), sentences.get(0).text())
                    .sources(sentences.stream().map(s -> source(s, byId.get(s.documentId()))).toList());
            timeline.add(event.build());
        }
        Set<String> cited = new HashSet<>();
        story.days().forEach(day -> day.sentences().forEach(s -> cited.add(s.documentId())));
        List<Document> sources = documents.stream().filter(d -> cited.contains(d.id())).toList();
        Map<String, DctEstimate> dates = new LinkedHashMap<>();
        sources.forEach(d -> d.dct().ifPresent(date -> dates.put(d.id(), DctEstimate.given(date,
                "given with the document"))));
        return Chronology.of(timeline.build(), sources, dates);
    }

    /** The sentence as a source, its offsets those of the document as read (a Treebank file's, not its prose's). */
    private static Source source(StorySentence s, Document read) {
        int start = read == null ? s.start() : read.originalStart(s.start());
        int end = read == null ? s.end() : read.originalEnd(s.end());
        return Source.of(s.documentId(), start, end, s.text());
    }
}
