package dev.timeline.render;

import dev.timeline.chronology.Chronology;
import dev.timeline.dct.DctEstimate;
import dev.timeline.document.Document;
import dev.timeline.timeline.Event;
import dev.timeline.timeline.Source;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * HTML: one self-contained page (no scripts, external fonts, style sheets or images; it opens offline and with
 * JavaScript off) holding an SVG chart of the chronology above the complete list of its events with their sources.
 *
 * <p><b>Chart.</b> An overview band spans the whole chronology on one linear axis; a cluster of events that would
 * crowd a few pixels of it (such as days in August and September 2025 on an axis from 1945) is magnified in a second
 * band. A day is a point; anything longer is a bar, whose ends fade (an SVG {@code linearGradient}) and whose outline is
 * dashed where the date is uncertain ("late 2011", "2018–2019", "October 2025"). An open-ended value ("before 2011")
 * is drawn from its known bound, fading towards the edge of the chart. A band with more than {@value SvgBand#MAX_MARKS}
 * events, or that would need more than {@value SvgBand#MAX_LANES} lanes, shows their density per two-unit column
 * instead of one mark per event, so a chronology of ten thousand events stays readable; the list stays complete.
 *
 * <p><b>Links.</b> Each mark is an SVG {@code <a class="mark" id="mk-ID">} linking to the list entry {@code
 * <li id="ev-ID">}, which links back to it; {@code ID} is the event id with characters other than ASCII letters,
 * digits, {@code -} and {@code _} written as {@code .hex.}. The entry targeted is highlighted. An event counted in a
 * density band links back to the chart ({@code #chart}) instead.
 *
 * <p><b>Text.</b> All text from the documents (titles, sentences, ids) is escaped, so markup in an article shows as
 * text. The page scales to a phone's width: the chart through its {@code viewBox}, scrolling sideways below 720 px
 * (where it keeps 960 px so its labels stay legible), opening at its start, with a line above it that says it
 * scrolls. A label shortened to fit shows the whole title while its mark has the pointer or the keyboard focus.
 */
public final class HtmlRenderer implements Renderer {
    /** The most types the legend lists one by one. */
    private static final int LEGEND_TYPES = 16;

    private final String title;

    /** Creates the renderer with the page title "Chronology"; prefer {@link Renderers#forFormat(String)}. */
    public HtmlRenderer() {
        this("Chronology");
    }

    /**
     * Creates the renderer with another page title.
     *
     * @throws IllegalArgumentException if {@code title} is blank
     */
    public HtmlRenderer(String title) {
        if (Objects.requireNonNull(title, "title").isBlank()) {
            throw new IllegalArgumentException("title must not be blank");
        }
        this.title = title;
    }

    @Override
    public String format() {
        return "html";
    }

    @Override
    public void render(Chronology chronology, Appendable out) throws IOException {
        List<Event> events = ReadingOrder.of(chronology.timeline());
        List<ChartItem> items = new ArrayList<>(events.size());
        TreeMap<String, Integer> types = new TreeMap<>();
        for (Event e : events) {
            items.add(new ChartItem(e, CalendarSpan.of(e.when()), EventColors.of(e.type())));
            types.merge(e.type().name(), 1, Integer::sum);
        }
        StringBuilder page = new StringBuilder(4096 + events.size() * 700);
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
        Html.escape(page, title).append("</title>\n<style>").append(PageStyle.CSS).append("</style>\n</head>\n<body>\n");
        page.append("<header><h1>");
        Html.escape(page, title).append("</h1>\n<p class=\"summary\">").append(events.size())
                .append(events.size() == 1 ? " event" : " events").append(" from ")
                .append(chronology.documents().size()).append(chronology.documents().size() == 1 ? " document" : " documents");
        if (!items.isEmpty()) {
            page.append(", ").append(items.get(0).span().first().getYear()).append(" – ")
                    .append(items.stream().mapToInt(i -> i.span().last().getYear()).max().getAsInt());
        }
        page.append(".</p>\n");
        legend(page, types);
        page.append("</header>\n<p class=\"scroll-hint\" aria-hidden=\"true\">The chart is wider than the screen:"
                + " scroll it sideways \u2192</p>\n<figure class=\"chart-box\">");
        Set<String> marked = SvgTimeline.write(page, items);
        page.append("<figcaption>Points are single days; bars fade and are dashed where a date is uncertain. "
                + "Select a mark to read its sources.</figcaption></figure>\n<main>\n");
        list(page, items, marked);
        documents(page, chronology);
        page.append("</main>\n</body>\n</html>\n");
        out.append(page);
    }

    /**
     * The legend of the types' colours: all of them in alphabetical order, or, when there are more than {@value
     * #LEGEND_TYPES} (a story's learned verbs), the most frequent ones and how many more there are; the palette has
     * far fewer colours than such a story has types.
     */
    private static void legend(StringBuilder page, SortedMap<String, Integer> counts) {
        List<String> shown = counts.size() <= LEGEND_TYPES ? List.copyOf(counts.keySet())
                : counts.entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                                .thenComparing(Map.Entry.comparingByKey()))
                        .limit(LEGEND_TYPES - 1).map(Map.Entry::getKey).sorted().toList();
        page.append("<ul class=\"legend\">");
        for (String type : shown) {
            int color = EventColors.of(dev.timeline.timeline.EventType.of(type));
            page.append("<li><span class=\"swatch\" style=\"background:").append(EventColors.PALETTE.get(color))
                    .append("\"></span>");
            Html.escape(page, type).append("</li>");
        }
        if (shown.size() < counts.size()) {
            int more = counts.size() - shown.size();
            page.append("<li class=\"more\">and ").append(more).append(" more types</li>");
        }
        page.append("</ul>\n");
    }

    private static void list(StringBuilder page, List<ChartItem> items, Set<String> marked) {
        int year = Integer.MIN_VALUE;
        for (ChartItem item : items) {
            int y = item.span().first().getYear();
            if (y != year) {
                if (year != Integer.MIN_VALUE) {
                    page.append("</ol></section>\n");
                }
                year = y;
                page.append("<section class=\"year\"><h2>").append(y).append("</h2><ol class=\"events\">\n");
            }
            entry(page, item, marked.contains(item.event().id()));
        }
        if (year != Integer.MIN_VALUE) {
            page.append("</ol></section>\n");
        }
    }

    private static void entry(StringBuilder page, ChartItem item, boolean marked) {
        Event e = item.event();
        page.append("<li class=\"event\" id=\"").append(Anchors.entry(e.id())).append("\" style=\"border-color:")
                .append(EventColors.PALETTE.get(item.color())).append("\"><p class=\"when\">");
        Html.escape(page, Labels.of(e.when())).append("</p><h3>");
        Html.escape(page, e.title()).append("</h3><p class=\"meta\"><span class=\"type\">");
        Html.escape(page, e.type().name()).append("</span>");
        if (Labels.isPlanned(e)) {
            page.append(" · <span class=\"planned\">planned</span>");
        }
        if (!e.participants().isEmpty()) {
            Html.escape(page.append(" · "), String.join(", ", e.participants()));
        }
        if (!e.places().isEmpty()) {
            Html.escape(page.append(" · "), String.join(", ", e.places()));
        }
        page.append(" · <a href=\"#").append(marked ? Anchors.mark(e.id()) : "chart").append("\">on the chart</a></p>");
        e.description().ifPresent(d -> Html.escape(page.append("<p class=\"description\">"), d).append("</p>"));
        if (!e.sources().isEmpty()) {
            page.append("<ul class=\"sources\">");
            for (Source s : e.sources()) {
                page.append("<li><cite>");
                Html.escape(page, s.documentId()).append("</cite>");
                if (!s.sentence().isEmpty()) {
                    Html.escape(page.append("<blockquote>"), s.sentence()).append("</blockquote>");
                }
                page.append("</li>");
            }
            page.append("</ul>");
        }
        page.append("</li>\n");
    }

    private static void documents(StringBuilder page, Chronology chronology) {
        if (chronology.documents().isEmpty()) {
            return;
        }
        page.append("<section class=\"documents\"><h2>Documents</h2><ul>\n");
        for (Document d : chronology.documents()) {
            page.append("<li><cite>");
            Html.escape(page, d.id()).append("</cite>");
            d.title().ifPresent(t -> Html.escape(page.append(" — "), t));
            DctEstimate dct = chronology.dct(d.id()).orElse(null);
            if (dct == null) {
                page.append(": creation date unknown</li>\n");
                continue;
            }
            Html.escape(page.append(": written "), dct.toString());
            if (!dct.evidence().isEmpty()) {
                page.append("<details><summary>evidence</summary><ul>");
                for (String line : dct.evidence()) {
                    Html.escape(page.append("<li>"), line).append("</li>");
                }
                page.append("</ul></details>");
            }
            page.append("</li>\n");
        }
        page.append("</ul></section>\n");
    }
}
