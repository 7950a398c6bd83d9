package dev.timeline.tag.timeml;

import dev.timeline.tag.Mention;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes a {@link TimeMlDocument} as a TimeML file: a {@code DOCID}, a {@code DCT} holding the creation time and the
 * {@code TEXT} with the document's {@link TimeMlDocument#timexes() timexes} as {@code TIMEX3} elements ({@code tid}
 * t1, t2, … in text order; {@code type}, {@code value} and, when present, {@code mod}, {@code quant}, {@code freq}).
 *
 * <p>Reading the output with {@link TimeMlDocument#parse} gives back the same TEXT string and timexes, and the
 * TempEval-3 scorer accepts it as a system file. Nested timexes are written as nested elements; timexes that cross
 * (overlap without one containing the other) cannot be written in XML and are rejected.
 *
 * <p>All methods are static and thread-safe.
 */
public final class TimeMlWriter {
    private TimeMlWriter() {
    }

    /**
     * Writes {@code document} to {@code file} in UTF-8, replacing the file if it exists.
     *
     * @throws IOException if the file cannot be written
     * @throws IllegalArgumentException as {@link #format} does
     */
    public static void write(TimeMlDocument document, Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        Files.writeString(file, format(document), StandardCharsets.UTF_8);
    }

    /**
     * Returns {@code document} as a TimeML string.
     *
     * @throws IllegalArgumentException if two timexes cross, a timex boundary splits a surrogate pair, or the text
     *     holds a character that XML 1.0 cannot carry
     */
    public static String format(TimeMlDocument document) {
        return format(document, List.of(), List.of());
    }

    /**
     * Returns {@code document} as a TimeML string with an event layer (TempEval-3 task ABC): an {@code EVENT} element
     * ({@code eid}, {@code class}) around each event, a {@code MAKEINSTANCE} per event ({@code eiid} ei1, ei2, … in
     * the order given, with tense, aspect, polarity and modality when not empty) and a {@code TLINK} per link, from
     * the event's instance to the timex at {@link TimeLinkOut#timexIndex()} of {@link TimeMlDocument#timexes()}.
     *
     * @throws IllegalArgumentException if two elements cross, a boundary splits a surrogate pair, a link names an
     *     unknown event or timex, or the text holds a character that XML 1.0 cannot carry
     */
    public static String format(TimeMlDocument document, List<TimeMlAnnotations.AnnotatedEvent> events,
            List<TimeLinkOut> links) {
        Objects.requireNonNull(document, "document");
        String text = document.text();
        List<Mention> timexes = document.timexes();
        StringBuilder out = new StringBuilder(text.length() + 64 * timexes.size() + 160 * events.size() + 512);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<TimeML xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
                .append(" xsi:noNamespaceSchemaLocation=\"http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd\">\n\n")
                .append("<DOCID>");
        text(out, document.id(), 0, document.id().length());
        out.append("</DOCID>\n\n");
        Optional<String> dct = document.dctValue();
        if (dct.isPresent()) {
            String type = dct.get().contains("T") ? "TIME" : "DATE";
            out.append("<DCT><TIMEX3 tid=\"t0\" type=\"").append(type).append("\" value=\"");
            attribute(out, dct.get());
            out.append("\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">");
            text(out, dct.get(), 0, dct.get().length());
            out.append("</TIMEX3></DCT>\n\n");
        }
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < timexes.size(); i++) {
            Mention m = timexes.get(i);
            elements.add(new Element(m.start(), m.end(), i, "TIMEX3", m.toString()));
        }
        Map<String, Integer> eventIndex = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            TimeMlAnnotations.AnnotatedEvent e = events.get(i);
            if (e.start() < 0 || e.end() > text.length() || e.start() >= e.end()) {
                throw new IllegalArgumentException("event " + e + " is empty or outside the text");
            }
            if (eventIndex.put(e.eid(), i) != null) {
                throw new IllegalArgumentException("two events have the id " + e.eid());
            }
            elements.add(new Element(e.start(), e.end(), i, "EVENT", e.toString()));
        }
        int[] tid = new int[timexes.size()];
        out.append("<TEXT>");
        body(out, text, elements, timexes, events, tid);
        out.append("</TEXT>\n\n");
        for (int i = 0; i < events.size(); i++) {
            TimeMlAnnotations.AnnotatedEvent e = events.get(i);
            out.append("<MAKEINSTANCE eiid=\"ei").append(i + 1).append("\" eventID=\"");
            attribute(out, e.eid());
            out.append('"');
            optional(out, "tense", nonEmpty(e.tense()));
            optional(out, "aspect", nonEmpty(e.aspect()));
            optional(out, "polarity", nonEmpty(e.polarity()));
            optional(out, "modality", nonEmpty(e.modality()));
            out.append("/>\n");
        }
        int lid = 1;
        for (TimeLinkOut l : links) {
            Integer ev = eventIndex.get(l.eid());
            if (ev == null || l.timexIndex() < 0 || l.timexIndex() >= timexes.size()) {
                throw new IllegalArgumentException("link " + l + " names an unknown event or timex");
            }
            out.append("<TLINK lid=\"l").append(lid++).append("\" relType=\"");
            attribute(out, l.relType());
            out.append("\" eventInstanceID=\"ei").append(ev + 1).append("\" relatedToTime=\"t")
                    .append(tid[l.timexIndex()]).append("\"/>\n");
        }
        return out.append("\n</TimeML>\n").toString();
    }

    /**
     * A TLINK to write: from the event with id {@code eid} to the timex at {@code timexIndex} of the document's
     * timexes, with a TimeML relation type such as {@code IS_INCLUDED}.
     *
     * @param eid the event's id
     * @param timexIndex the index of the timex in {@link TimeMlDocument#timexes()}
     * @param relType the TimeML relation type
     */
    public record TimeLinkOut(String eid, int timexIndex, String relType) {
        /** Checks for nulls. */
        public TimeLinkOut {
            Objects.requireNonNull(eid, "eid");
            Objects.requireNonNull(relType, "relType");
        }
    }

    private record Element(int start, int end, int index, String tag, String description) {
    }

    private static Optional<String> nonEmpty(String s) {
        return s == null || s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    private static void body(StringBuilder out, String text, List<Element> elements, List<Mention> timexes,
            List<TimeMlAnnotations.AnnotatedEvent> events, int[] tid) {
        // Outer before inner; of two equal extents the later one is written outside, so that reading back (which
        // collects elements as they close) keeps the given order. Timexes are numbered t1, t2, ... as opened.
        List<Element> order = new ArrayList<>(elements);
        order.sort(Comparator.<Element>comparingInt(Element::start).thenComparing(e -> -e.end())
                .thenComparing(e -> e.tag().equals("TIMEX3") ? 0 : 1).thenComparing(e -> -e.index()));
        int nextTid = 1;
        Deque<Element> open = new ArrayDeque<>();
        int pos = 0;
        for (Element m : order) {
            checkBoundary(text, m.start(), m);
            checkBoundary(text, m.end(), m);
            while (!open.isEmpty() && open.peekLast().end() <= m.start()) {
                pos = close(out, text, pos, open.removeLast());
            }
            if (!open.isEmpty() && m.end() > open.peekLast().end()) {
                throw new IllegalArgumentException("elements cross: " + open.peekLast().description() + " and "
                        + m.description());
            }
            text(out, text, pos, m.start());
            pos = m.start();
            if (m.tag().equals("TIMEX3")) {
                tid[m.index()] = nextTid++;
                openTag(out, timexes.get(m.index()), tid[m.index()]);
            } else {
                TimeMlAnnotations.AnnotatedEvent e = events.get(m.index());
                out.append("<EVENT eid=\"");
                attribute(out, e.eid());
                out.append("\" class=\"");
                attribute(out, e.eventClass());
                out.append("\">");
            }
            open.addLast(m);
        }
        while (!open.isEmpty()) {
            pos = close(out, text, pos, open.removeLast());
        }
        text(out, text, pos, text.length());
    }

    private static int close(StringBuilder out, String text, int pos, Element m) {
        text(out, text, pos, m.end());
        out.append("</").append(m.tag()).append('>');
        return m.end();
    }

    private static void openTag(StringBuilder out, Mention m, int tid) {
        out.append("<TIMEX3 tid=\"t").append(tid).append("\" type=\"").append(m.type().name()).append("\" value=\"");
        attribute(out, m.value());
        out.append('"');
        optional(out, "mod", m.mod());
        optional(out, "quant", m.quant());
        optional(out, "freq", m.freq());
        out.append('>');
    }

    private static void optional(StringBuilder out, String name, Optional<String> value) {
        if (value.isPresent()) {
            out.append(' ').append(name).append("=\"");
            attribute(out, value.get());
            out.append('"');
        }
    }

    private static void checkBoundary(String text, int at, Element m) {
        if (at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1))
                && Character.isLowSurrogate(text.charAt(at))) {
            throw new IllegalArgumentException(m.tag() + " " + m.description() + " splits a surrogate pair at index "
                    + at);
        }
    }

    /** Appends {@code s[from, to)} as XML character data; also used by {@link CatXml}. */
    static void text(StringBuilder out, String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                // a raw CR would be normalized to LF on reading
                case '\r' -> out.append("&#13;");
                default -> {
                    checkXmlChar(s, i);
                    out.append(c);
                }
            }
        }
    }

    /** Appends {@code s} as the value of a double-quoted XML attribute; also used by {@link CatXml}. */
    static void attribute(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                // raw whitespace in attributes is normalized to spaces on reading
                case '\t' -> out.append("&#9;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                default -> {
                    checkXmlChar(s, i);
                    out.append(c);
                }
            }
        }
    }

    private static void checkXmlChar(String s, int i) {
        char c = s.charAt(i);
        boolean ok;
        if (Character.isHighSurrogate(c)) {
            ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        } else if (Character.isLowSurrogate(c)) {
            ok = i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
        } else {
            ok = c >= 0x20 && c != 0xFFFE && c != 0xFFFF || c == '\t' || c == '\n';
        }
        if (!ok) {
            throw new IllegalArgumentException(String.format(
                    "character U+%04X at index %d cannot be written in XML 1.0", (int) c, i));
        }
    }
}
