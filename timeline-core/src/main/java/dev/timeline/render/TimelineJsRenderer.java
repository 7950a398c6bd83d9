package dev.timeline.render;

import dev.timeline.chronology.Chronology;
import dev.timeline.time.Precision;
import dev.timeline.timeline.Event;
import dev.timeline.timeline.Source;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Objects;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * TimelineJS 3: the JSON that Knight Lab's viewer loads, one slide ({@code events[i]}) per event.
 *
 * <ul>
 * <li>{@code start_date} and {@code end_date} give {@code year}, {@code month} and {@code day} as integers, as far as
 * the value is known: "2015" gives a year, "October 2025" a year and month, "late 2011" the months September to
 * December, a week its Monday to Sunday. {@code end_date} is left out when it would repeat {@code start_date}.</li>
 * <li>{@code display_date} is the date as a person writes it ("late 2011", "2018–2019", "week of 1 Sep 2025") and is
 * set on every slide whose date is not a single day.</li>
 * <li>Open-ended values ("before 2011") start on their known bound and have no {@code end_date}; the display date
 * says they are open.</li>
 * <li>{@code text.headline} is the title; {@code text.text} the type, participants and places and every source with
 * its sentence, as HTML with all document text escaped. {@code group} is the event type and {@code unique_id} the
 * event's list anchor ({@code ev-ID}, as in {@link HtmlRenderer}).</li>
 * <li>{@code title} holds the chronology's title and the number of events and documents.</li>
 * </ul>
 */
public final class TimelineJsRenderer implements Renderer {
    private final String title;

    /**
     * Jackson's mapper, built when the first TimelineJS document is written: {@link Renderers} makes every renderer
     * whatever format a run asks for, and the mapper would cost each run that writes another format a cold start's
     * worth of Jackson set-up (the holder class is initialized on first use).
     */
    private static final class Mapper {
        static final JsonMapper INSTANCE = JsonMapper.builder().build();
    }

    /** Creates the renderer with the title "Chronology"; prefer {@link Renderers#forFormat(String)}. */
    public TimelineJsRenderer() {
        this("Chronology");
    }

    /**
     * Creates the renderer with another title slide headline.
     *
     * @throws IllegalArgumentException if {@code title} is blank
     */
    public TimelineJsRenderer(String title) {
        if (Objects.requireNonNull(title, "title").isBlank()) {
            throw new IllegalArgumentException("title must not be blank");
        }
        this.title = title;
    }

    @Override
    public String format() {
        return "timelinejs";
    }

    @Override
    public void render(Chronology chronology, Appendable out) throws IOException {
        ObjectNode root = Mapper.INSTANCE.createObjectNode();
        ObjectNode titleText = root.putObject("title").putObject("text");
        titleText.put("headline", Html.escape(title));
        titleText.put("text", chronology.timeline().size() + " events from " + chronology.documents().size()
                + " documents");
        ArrayNode events = root.putArray("events");
        for (Event e : chronology.timeline()) {
            events.add(slide(e));
        }
        out.append(Mapper.INSTANCE.writerWithDefaultPrettyPrinter().writeValueAsString(root)).append('\n');
    }

    private static ObjectNode slide(Event e) {
        ObjectNode slide = Mapper.INSTANCE.createObjectNode();
        CalendarSpan span = CalendarSpan.of(e.when());
        slide.set("start_date", date(span.first(), span.firstGrain()));
        if (!span.isOpen()) {
            ObjectNode end = date(span.last(), span.lastGrain());
            if (!end.equals(slide.get("start_date"))) {
                slide.set("end_date", end);
            }
        }
        if (!span.isOneDay() || e.when().precision().isFinerThan(Precision.DAY)) {
            String label = Labels.of(e.when());
            slide.put("display_date", span.isOpen() ? label + " (open-ended)" : label);
        }
        ObjectNode text = slide.putObject("text");
        text.put("headline", Html.escape(e.title()));
        text.put("text", body(e));
        slide.put("group", e.type().name());
        slide.put("unique_id", Anchors.entry(e.id()));
        return slide;
    }

    /** The date at {@code grain}: a year; a year and month; or a year, month and day. */
    private static ObjectNode date(LocalDate day, Precision grain) {
        ObjectNode date = Mapper.INSTANCE.createObjectNode();
        date.put("year", day.getYear());
        if (grain != Precision.YEAR) {
            date.put("month", day.getMonthValue());
            if (grain == Precision.DAY) {
                date.put("day", day.getDayOfMonth());
            }
        }
        return date;
    }

    private static String body(Event e) {
        StringBuilder html = new StringBuilder("<p>");
        Html.escape(html, e.type().name());
        if (!e.participants().isEmpty()) {
            Html.escape(html.append(" · "), String.join(", ", e.participants()));
        }
        if (!e.places().isEmpty()) {
            Html.escape(html.append(" · "), String.join(", ", e.places()));
        }
        html.append("</p>");
        e.description().ifPresent(d -> Html.escape(html.append("<p>"), d).append("</p>"));
        if (!e.sources().isEmpty()) {
            html.append("<ul>");
            for (Source s : e.sources()) {
                Html.escape(html.append("<li><cite>"), s.documentId()).append("</cite>");
                if (!s.sentence().isEmpty()) {
                    Html.escape(html.append(": “"), s.sentence()).append("”");
                }
                html.append("</li>");
            }
            html.append("</ul>");
        }
        return html.toString();
    }
}
