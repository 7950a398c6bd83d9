package dev.timeline.spark;

import dev.timeline.chronology.AnaphoricTitles;
import dev.timeline.dct.DctEstimate;
import dev.timeline.dct.DctInference;
import dev.timeline.document.Document;
import dev.timeline.happening.EventExtractor;
import dev.timeline.json.TimelineJson;
import dev.timeline.merge.EventMerger;
import dev.timeline.tag.Anchor;
import dev.timeline.tag.Mention;
import dev.timeline.tag.TimeTagger;
import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import dev.timeline.timeline.Timeline;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Turns rows of {@link Columns#RAW} into rows of {@link Columns#ANALYSED}, one a document, partition by partition
 * with the JVM's shared tagger: the creation date (given, assumed or inferred, as {@code Chronologies.build} does
 * without lending evidence), the mentions and the events. A document that cannot be used, or whose analysis throws,
 * becomes a row with a reason; the task goes on.
 */
final class Analyser implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    private final long maxBytes;
    private final String assumedDct;

    Analyser(long maxBytes, Optional<LocalDate> assumedDct) {
        this.maxBytes = maxBytes;
        this.assumedDct = assumedDct.map(LocalDate::toString).orElse(null);
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        TimeTagger tagger = Taggers.english()::tag;
        DctInference inference = DctInference.using(tagger);
        return DocumentReader.map(rows, r -> analyse(r, tagger, inference));
    }

    private Row analyse(Row raw, TimeTagger tagger, DctInference inference) {
        String id = raw.getString(0);
        String text = raw.getString(1);
        String date = raw.getString(2);
        String source = raw.getString(3);
        String reason = raw.getString(4);
        if (reason == null) {
            reason = problem(id, text, date);
        }
        if (reason != null) {
            return failed(id, source, reason);
        }
        try {
            Document document = Document.of(id, text);
            String place = raw.getString(5);
            if (place != null) {
                document = document.withPlace(place); // where a TimeML file's DCT element says it was filed
            }
            String dct = date != null ? date : assumedDct;
            if (dct != null) {
                document = document.withDct(LocalDate.parse(dct));
            }
            Optional<DctEstimate> estimate = inference.estimate(document);
            Recorder recorder = new Recorder(tagger);
            List<Event> events = AnaphoricTitles.without(
                    EventExtractor.using(recorder).extract(document, estimate.map(DctEstimate::date)));
            List<Mention> mentions = recorder.last != null ? recorder.last
                    : tagger.tag(text, estimate.map(e -> Anchor.news(e.date())).orElse(Anchor.none()));
            return RowFactory.create(id, source, null,
                    estimate.map(e -> e.date().toString()).orElse(null),
                    estimate.map(e -> e.method().name()).orElse(null),
                    mentionRows(mentions), eventRows(events));
        } catch (RuntimeException | StackOverflowError e) {
            return failed(id, source, "analysis failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private String problem(String id, String text, String date) {
        if (id == null || id.isBlank()) {
            return "missing id";
        }
        if (text == null || text.isBlank()) {
            return "missing text";
        }
        long bytes = Limits.utf8Length(text);
        if (bytes > maxBytes) {
            return "too large: " + bytes + " bytes, over the limit of " + maxBytes + " bytes";
        }
        if (date != null) {
            try {
                LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                return "date is not an ISO date (yyyy-mm-dd): \"" + date + "\"";
            }
        }
        return null;
    }

    private static Row failed(String id, String source, String reason) {
        return RowFactory.create(id, source, reason, null, null, null, null);
    }

    private static Row[] mentionRows(List<Mention> mentions) {
        Row[] out = new Row[mentions.size()];
        for (int i = 0; i < out.length; i++) {
            Mention m = mentions.get(i);
            When w = null;
            try {
                w = m.mod().isPresent() ? When.parseTimex(m.value(), m.mod().get()) : When.parse(m.value());
            } catch (RuntimeException e) {
                // durations, sets and references like PRESENT_REF cover no days of their own
            }
            out[i] = RowFactory.create(m.start(), m.end(), m.text(), m.type().name(), m.value(), m.mod().orElse(null),
                    w == null ? null : day(w.earliestDay()), w == null ? null : day(w.latestDay()),
                    w == null ? null : isOpen(w.earliestDay()), w == null ? null : isOpen(w.latestDay()));
        }
        return out;
    }

    private static Row[] eventRows(List<Event> events) {
        Row[] out = new Row[events.size()];
        for (int i = 0; i < out.length; i++) {
            Event e = events.get(i);
            When w = e.when();
            out[i] = RowFactory.create(i + 1, e.id(), w.timexValue(), w.earliestDay().toEpochDay(),
                    w.latestDay().toEpochDay(), ChronoUnit.DAYS.between(w.earliestDay(), w.latestDay()),
                    e.type().name(), EventMerger.mergeGroup(e), e.title(), e.participants().toArray(new String[0]),
                    e.places().toArray(new String[0]), e.attributes().get(EventExtractor.CONFIDENCE),
                    TimelineJson.write(Timeline.of(e)));
        }
        return out;
    }

    /** Whether {@code day} is the open end of a value such as "before 1986": {@link LocalDate#MIN} or {@code MAX}. */
    static boolean isOpen(LocalDate day) {
        return day.equals(LocalDate.MIN) || day.equals(LocalDate.MAX);
    }

    /** The epoch day of {@code day}, or null for an open end. */
    static Integer day(LocalDate day) {
        return isOpen(day) ? null : Math.toIntExact(day.toEpochDay());
    }

    /** Keeps the mentions the extractor tagged, so that a document is tagged with its anchor only once. */
    private static final class Recorder implements TimeTagger {
        private final TimeTagger tagger;
        List<Mention> last;

        Recorder(TimeTagger tagger) {
            this.tagger = tagger;
        }

        @Override
        public List<Mention> tag(CharSequence text, Anchor anchor) {
            last = tagger.tag(text, anchor);
            return last;
        }
    }
}
