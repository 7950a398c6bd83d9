package dev.timeline.tag.timeml;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The event layer of a TimeML document: its {@code EVENT} elements with the attributes of their first
 * {@code MAKEINSTANCE}, its {@code TIMEX3} elements with their ids, and the {@code TLINK}s from an event to a time
 * expression. Offsets are UTF-16 indexes into the TEXT string, defined as in {@link TimeMlDocument}.
 *
 * <p>This is what the event recognizer and the time anchorer learn from and are scored against; the reference scorer
 * {@code anchor_score.py} reads the same elements. Reading never resolves external entities and ignores any DTD.
 * Instances are immutable and thread-safe.
 *
 * @param name the file name
 * @param text the TEXT string
 * @param events the events inside TEXT, in text order
 * @param timexes the time expressions inside TEXT with their ids, in text order
 * @param links the TLINKs from an event (or its instance) to a time expression, the creation time included
 */
public record TimeMlAnnotations(String name, String text, List<AnnotatedEvent> events, List<AnnotatedTimex> timexes,
        List<TimeLink> links) {

    /** One {@code EVENT} and the attributes of its first instance; absent attributes are empty strings. */
    public record AnnotatedEvent(String eid, int start, int end, String eventClass, String tense, String aspect,
            String polarity, String modality) {
    }

    /** One {@code TIMEX3} inside TEXT. */
    public record AnnotatedTimex(String tid, int start, int end, String type, String value) {
    }

    /** One {@code TLINK} from event {@code eid} to time expression {@code tid}; the relation type in upper case. */
    public record TimeLink(String eid, String tid, String relType) {
    }

    /** Copies the lists. */
    public TimeMlAnnotations {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        events = ImmutableList.copyOf(events);
        timexes = ImmutableList.copyOf(timexes);
        links = ImmutableList.copyOf(links);
    }

    /** The event with this id, if any. */
    public Optional<AnnotatedEvent> event(String eid) {
        return events.stream().filter(e -> e.eid().equals(eid)).findFirst();
    }

    /**
     * Reads the event layer of a TimeML file.
     *
     * @throws IOException if the file cannot be read
     * @throws TimeMlException if it is not well-formed XML or has no TEXT element
     */
    public static TimeMlAnnotations read(Path file) throws IOException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            return parse(TimeMlReader.factory().createXMLStreamReader(in), name);
        } catch (XMLStreamException e) {
            throw malformed(e, name);
        }
    }

    /**
     * Parses the event layer of a TimeML document held in a string.
     *
     * @throws TimeMlException if it is not well-formed XML or has no TEXT element
     */
    public static TimeMlAnnotations parse(String xml, String name) {
        try {
            return parse(TimeMlReader.factory().createXMLStreamReader(new StringReader(xml)), name);
        } catch (XMLStreamException e) {
            throw malformed(e, name);
        }
    }

    private static TimeMlAnnotations parse(XMLStreamReader r, String name) throws XMLStreamException {
        return new Parse(name).run(r);
    }

    private static TimeMlException malformed(XMLStreamException e, String name) {
        Location at = e.getLocation();
        return new TimeMlException(e.getMessage() == null ? "malformed XML" : e.getMessage(), name,
                at == null ? -1 : at.getLineNumber(), at == null ? -1 : at.getColumnNumber(), e);
    }

    private static final class Parse {
        private final String name;
        private final StringBuilder text = new StringBuilder();
        private final Deque<String[]> open = new ArrayDeque<>();
        private final Deque<Integer> openAt = new ArrayDeque<>();
        private final ImmutableList.Builder<AnnotatedTimex> timexes = ImmutableList.builder();
        private final Map<String, String[]> eventAttributes = new HashMap<>();
        private final java.util.List<int[]> eventSpans = new java.util.ArrayList<>();
        private final java.util.List<String> eventIds = new java.util.ArrayList<>();
        private final Map<String, String> instanceToEvent = new HashMap<>();
        private final Map<String, String[]> firstInstance = new HashMap<>();
        private final java.util.List<String[]> rawLinks = new java.util.ArrayList<>();
        private boolean inText;
        private boolean textSeen;

        Parse(String name) {
            this.name = name;
        }

        TimeMlAnnotations run(XMLStreamReader r) throws XMLStreamException {
            try {
                while (r.hasNext()) {
                    switch (r.next()) {
                        case XMLStreamConstants.START_ELEMENT -> start(r);
                        case XMLStreamConstants.END_ELEMENT -> end(r);
                        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                            if (inText) {
                                text.append(r.getText());
                            }
                        }
                        default -> {
                        }
                    }
                }
            } finally {
                r.close();
            }
            if (!textSeen) {
                throw new TimeMlException("no TEXT element", name, -1, -1, null);
            }
            ImmutableList.Builder<AnnotatedEvent> events = ImmutableList.builder();
            for (int i = 0; i < eventIds.size(); i++) {
                String eid = eventIds.get(i);
                String[] ev = eventAttributes.get(eid);
                String[] inst = firstInstance.getOrDefault(eid, new String[] {"", "", "", ""});
                events.add(new AnnotatedEvent(eid, eventSpans.get(i)[0], eventSpans.get(i)[1], ev[0],
                        inst[0].isEmpty() ? ev[1] : inst[0], inst[1].isEmpty() ? ev[2] : inst[1],
                        inst[2].isEmpty() ? ev[3] : inst[2], inst[3].isEmpty() ? ev[4] : inst[3]));
            }
            ImmutableList.Builder<TimeLink> links = ImmutableList.builder();
            for (String[] l : rawLinks) {
                links.add(new TimeLink(instanceToEvent.getOrDefault(l[0], l[0]), l[1], l[2]));
            }
            return new TimeMlAnnotations(name, text.toString(), events.build(), timexes.build(), links.build());
        }

        private void start(XMLStreamReader r) {
            String local = r.getLocalName();
            if (inText) {
                open.push(new String[] {local, r.getAttributeValue(null, "eid"), r.getAttributeValue(null, "tid"),
                        r.getAttributeValue(null, "type"), r.getAttributeValue(null, "value")});
                openAt.push(text.length());
                if (local.equals("EVENT")) {
                    eventAttributes.putIfAbsent(nz(r.getAttributeValue(null, "eid")), new String[] {
                            nz(r.getAttributeValue(null, "class")), nz(r.getAttributeValue(null, "tense")),
                            nz(r.getAttributeValue(null, "aspect")), nz(r.getAttributeValue(null, "polarity")),
                            nz(r.getAttributeValue(null, "modality"))});
                }
            } else if (local.equals("TEXT") && !textSeen) {
                inText = true;
                textSeen = true;
            }
            if (local.equals("MAKEINSTANCE")) { // read wherever it is, inside TEXT too, as anchor_score.py does
                String eiid = nz(r.getAttributeValue(null, "eiid"));
                String eid = nz(r.getAttributeValue(null, "eventID"));
                instanceToEvent.put(eiid, eid);
                firstInstance.putIfAbsent(eid, new String[] {nz(r.getAttributeValue(null, "tense")),
                        nz(r.getAttributeValue(null, "aspect")), nz(r.getAttributeValue(null, "polarity")),
                        nz(r.getAttributeValue(null, "modality"))});
            } else if (local.equals("TLINK")) {
                String source = r.getAttributeValue(null, "eventInstanceID");
                String target = r.getAttributeValue(null, "relatedToTime");
                if (source != null && target != null) {
                    rawLinks.add(new String[] {source, target,
                            nz(r.getAttributeValue(null, "relType")).toUpperCase(java.util.Locale.ROOT)});
                }
            }
        }

        private void end(XMLStreamReader r) {
            if (!inText) {
                return;
            }
            if (open.isEmpty()) {
                inText = false;
                return;
            }
            String[] el = open.pop();
            int start = openAt.pop();
            int end = text.length();
            if (el[0].equals("EVENT") && end > start && el[1] != null) {
                eventIds.add(el[1]);
                eventSpans.add(new int[] {start, end});
            } else if (el[0].equals("TIMEX3") && el[2] != null && !TimeMlText.isBlank(text.substring(start, end))) {
                timexes.add(new AnnotatedTimex(el[2], start, end, nz(el[3]), nz(el[4])));
            }
        }

        private static String nz(String s) {
            return s == null ? "" : s;
        }
    }
}
