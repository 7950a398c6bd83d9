package dev.timeline.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.chronology.Chronology;
import dev.timeline.dct.DctEstimate;
import dev.timeline.document.Document;
import dev.timeline.json.TimelineJson;
import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import dev.timeline.timeline.EventType;
import dev.timeline.timeline.Source;
import dev.timeline.timeline.Timeline;
import dev.timeline.timeline.TimelineArbitraries;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile document ids, titles and sentences (markup, code-span fences, line breaks, terminal escapes) through every
 * built-in renderer: each output parses as its format and shows the data as text, with one entry per document.
 */
class HostileTextProperties {
    private static final List<String> PIECES = List.of(
            "x` <img src=x onerror=alert(7)> `y", "<script>alert(1)</script>", "<b>", "</li>", "<!-- ", " -->",
            "\r\n", "\n- forged item", "\r", "\n\n", "\u0085", "\u2028", "\u2029", "\u000B", "\f", "# ", "## Documents",
            "> ", "    indented", "\t", "*", "**", "_", "__", "`", "``", "```", "~~~", "[a](javascript:alert(1))",
            "![i](x.png)", "<http://example.com>", "&lt;b&gt;", "&#60;", "&amp;", "\u001b[31m", "\u0000", "\u007F",
            "\u009B", "1. ", "2) ", "- ", "+ ", "=", "---", "===", "|", "\\", "\"", "'", ",", ";", ":", " ", "Kim",
            "é", "\uD83D\uDE00", "\u202E", "BEGIN:VEVENT", "END:VCALENDAR");

    private static final Parser COMMONMARK = Parser.builder().build();

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> random = Arbitraries.strings().withCharRange('\u0000', '\u00FF')
                .withChars('\u2028', '\u2029', '\u202E').ofMaxLength(6);
        return Arbitraries.oneOf(Arbitraries.of(PIECES), Arbitraries.of(PIECES), random).list().ofMinSize(1)
                .ofMaxSize(5).map(l -> String.join("", l)).filter(s -> !s.isBlank());
    }

    @Provide
    Arbitrary<Chronology> chronologies() {
        Arbitrary<List<String>> ids = hostile().list().ofMinSize(1).ofMaxSize(4).uniqueElements();
        return ids.flatMap(docIds -> {
            Arbitrary<Event> event = Combinators.combine(hostile(), TimelineArbitraries.whens(), hostile(),
                    Arbitraries.of(docIds).list().ofMinSize(0).ofMaxSize(3), hostile().list().ofSize(3))
                    .as(HostileTextProperties::event);
            Arbitrary<List<Event>> events = event.list().ofMaxSize(5).uniqueElements(Event::id);
            Arbitrary<List<String>> evidence = hostile().list().ofMaxSize(2);
            return Combinators.combine(events, evidence, hostile()).as((es, lines, title) -> {
                List<Document> docs = new ArrayList<>();
                Map<String, DctEstimate> dcts = new LinkedHashMap<>();
                for (int i = 0; i < docIds.size(); i++) {
                    docs.add(Document.of(docIds.get(i), "text").withTitle(title));
                    if (i % 2 == 0) {
                        dcts.put(docIds.get(i), DctEstimate.inferred(LocalDate.of(2025, 8, 28), 0.5,
                                DctEstimate.Method.INFERRED, lines));
                    }
                }
                return Chronology.of(Timeline.copyOf(es), docs, dcts);
            });
        });
    }

    private static Event event(String id, When when, String title, List<String> docs, List<String> sentences) {
        Event.Builder b = Event.builder(id, when, title).type(EventType.VISIT);
        for (int i = 0; i < docs.size(); i++) {
            b.source(Source.of(docs.get(i), 0, 4, sentences.get(i)));
        }
        return b.build();
    }

    // ---- Markdown -------------------------------------------------------------------------------------------------

    @Property(tries = 300)
    void markdownHasNoRawHtmlAndOneListItemPerDocument(@ForAll("chronologies") Chronology c) {
        String md = new MarkdownRenderer().render(c);
        Node document = COMMONMARK.parse(md);
        List<Node> html = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlInline node) {
                html.add(node);
            }

            @Override
            public void visit(HtmlBlock node) {
                html.add(node);
            }
        });
        assertThat(html).as(md).isEmpty();

        List<ListItem> documents = items(section(document, "Documents"));
        assertThat(documents).as(md).hasSize(c.documents().size());
        for (int i = 0; i < documents.size(); i++) {
            Node first = documents.get(i).getFirstChild().getFirstChild();
            assertThat(first).as(md).isInstanceOf(Code.class);
            assertThat(((Code) first).getLiteral()).isEqualTo(PlainText.line(c.documents().get(i).id()));
        }
    }

    @Property(tries = 300)
    void markdownQuotesEachSourceInABlockOfItsOwnAndShowsItsTextAsWritten(@ForAll("chronologies") Chronology c) {
        String md = new MarkdownRenderer().render(c);
        Node document = COMMONMARK.parse(md);
        List<ListItem> entries = new ArrayList<>();
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && h.getLevel() == 2 && !text(h).equals("Documents")) {
                entries.addAll(items(n.getNext()));
            }
        }
        assertThat(entries).as(md).hasSize(c.timeline().size());
        List<String> expected = new ArrayList<>();
        List<String> quoted = new ArrayList<>();
        for (Event e : c.timeline()) {
            e.sources().forEach(s -> expected.add(
                    (PlainText.line(s.documentId()).strip() + ": " + PlainText.line(s.sentence()).strip()).strip()));
        }
        for (ListItem item : entries) {
            assertThat(text(item.getFirstChild())).as(md).contains(" — ");
            for (Node n = item.getFirstChild().getNext(); n != null; n = n.getNext()) {
                assertThat(n).as(md).isInstanceOf(BlockQuote.class);
                assertThat(n.getFirstChild().getNext()).as("one paragraph a quote").isNull();
                quoted.add(text(n));
            }
        }
        assertThat(quoted).as(md).containsExactlyInAnyOrderElementsOf(expected);
    }

    /** The node after the level-2 heading {@code title}. */
    private static Node section(Node document, String title) {
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && h.getLevel() == 2 && text(h).equals(title)) {
                return n.getNext();
            }
        }
        return null;
    }

    private static List<ListItem> items(Node list) {
        List<ListItem> items = new ArrayList<>();
        if (list instanceof BulletList) {
            for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
                items.add((ListItem) n);
            }
        }
        return items;
    }

    private static String text(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }
        });
        return out.toString();
    }

    // ---- plain text -----------------------------------------------------------------------------------------------

    @Property(tries = 300)
    void textHasALineAPieceAndNoControlCharacters(@ForAll("chronologies") Chronology c) {
        String text = new TextRenderer().render(c);
        assertThat(text.chars().filter(ch -> ch != '\n' && ch != '\t'
                && (ch < 0x20 || ch >= 0x7F && ch <= 0x9F || ch == 0x2028 || ch == 0x2029))).as(text).isEmpty();
        List<String> lines = List.of(text.split("\n", -1));
        List<String> documents = lines.subList(lines.indexOf("Documents") + 1, lines.size() - 1);
        int evidence = c.dcts().values().stream().mapToInt(d -> d.evidence().size()).sum();
        assertThat(documents).as(text).hasSize(c.documents().size() + evidence);
        for (Document d : c.documents()) {
            assertThat(documents).as(text).anyMatch(l -> l.startsWith("  " + PlainText.line(d.id()) + ": "));
        }
        int sources = c.timeline().stream().mapToInt(e -> e.sources().size()).sum();
        long quoteLines = lines.subList(0, lines.indexOf("Documents")).stream().filter(l -> l.startsWith("      "))
                .count();
        assertThat(quoteLines).as(text).isEqualTo(sources);
    }

    // ---- HTML, TimelineJS, JSON, iCalendar --------------------------------------------------------------------------

    @Property(tries = 200)
    void htmlShowsMarkupAsText(@ForAll("chronologies") Chronology c) {
        String html = new HtmlRenderer().render(c);
        assertThat(html).doesNotContain("<img").doesNotContain("<script").doesNotContain("<b>")
                .doesNotContain("<!--").doesNotContain("<http").doesNotContain("href=\"javascript");
        assertThat(count(html, "<li>") + count(html, "<li ")).isEqualTo(count(html, "</li>"));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Property(tries = 200)
    void timelineJsIsValidAndEscapesItsHtml(@ForAll("chronologies") Chronology c) {
        JsonNode root = JsonMapper.builder().build().readTree(new TimelineJsRenderer().render(c));
        assertThat(TimelineJsFormat.problems(root)).isEmpty();
        for (JsonNode slide : root.get("events")) {
            String body = slide.get("text").get("headline").asString() + slide.get("text").get("text").asString();
            assertThat(body).doesNotContain("<img").doesNotContain("<script").doesNotContain("<b>");
        }
    }

    @Property(tries = 200)
    void jsonReadsBackToTheSameTimeline(@ForAll("chronologies") Chronology c) {
        assertThat(TimelineJson.read(new JsonRenderer().render(c))).isEqualTo(c.timeline());
    }

    @Property(tries = 200)
    void icsParsesWithShortLinesAndOneEntryPerEvent(@ForAll("chronologies") Chronology c) throws Exception {
        String ics = new IcsRenderer().render(c);
        for (String line : ics.split("\r\n")) {
            assertThat(line).doesNotContain("\r").doesNotContain("\n");
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(IcsLines.MAX_OCTETS);
        }
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.getComponents(Component.VEVENT).size() + calendar.getComponents(Component.VJOURNAL).size())
                .isEqualTo(c.timeline().size());
    }
}
