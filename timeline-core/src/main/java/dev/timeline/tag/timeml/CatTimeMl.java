package dev.timeline.tag.timeml;

import dev.timeline.tag.TimexType;
import dev.timeline.tag.timeml.CatDocument.Markable;
import dev.timeline.tag.timeml.CatDocument.Relation;
import dev.timeline.tag.timeml.CatSpans.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Writes one {@link CatDocument} as TimeML; a new instance per document. See {@link CatXml} for the mapping. */
final class CatTimeMl {
    private static final String DCT_TID = "t0";
    private static final String CREATION_TIME = "CREATION_TIME";

    private final CatDocument doc;
    private final String outputName;
    private final List<String> notes = new ArrayList<>();
    private final StringBuilder out = new StringBuilder();
    /** m_id of each TIMEX3 to the tid that links and anchorTimeID use: the creation time is t0. */
    private final Map<String, String> timeIds = new HashMap<>();
    /** m_id of each EVENT_MENTION to the class of the MEANTIME event instance it refers to. */
    private final Map<String, String> instanceClass = new HashMap<>();
    private final Set<String> eventsWritten = new LinkedHashSet<>();
    /** tids of the timexes in TEXT with non-blank text, the ones the scorers see. */
    private final Set<String> scoredTimexes = new HashSet<>();
    private final Set<String> anchors = new HashSet<>();
    private Markable dct;
    private int timeLinks;

    private CatTimeMl(CatDocument doc, String outputName) {
        this.doc = doc;
        this.outputName = outputName;
    }

    static CatConversion convert(CatDocument doc, String outputName) {
        return new CatTimeMl(doc, outputName).run();
    }

    private CatConversion run() {
        List<Markable> timexes = doc.markables().values().stream().filter(m -> m.kind().equals("TIMEX3")).toList();
        findCreationTime(timexes);
        for (Markable t : timexes) {
            checkType(t);
            String tid = t == dct ? DCT_TID : "t" + t.id();
            if (("t" + t.id()).equals(DCT_TID) && (t != dct || !t.tokenIds().isEmpty())) {
                throw error("TIMEX3 m_id 0 would take the tid t0 of the creation time", t);
            }
            timeIds.put(t.id(), tid);
        }
        for (Relation r : doc.relations()) {
            if (r.kind().equals("REFERS_TO")) {
                for (String target : r.targets()) {
                    doc.markable(target).filter(m -> m.kind().equals("EVENT")).ifPresent(
                            e -> r.sources().forEach(s -> instanceClass.putIfAbsent(s, e.attribute("class"))));
                }
            }
        }
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<TimeML xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
                .append(" xsi:noNamespaceSchemaLocation=\"http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd\">\n\n<DOCID>");
        String id = doc.docId().isEmpty() ? TimeMlDocument.defaultId(outputName) : doc.docId();
        TimeMlWriter.text(out, id, 0, id.length());
        out.append("</DOCID>\n\n");
        if (dct != null) {
            out.append("<DCT>");
            openTimex(dct, DCT_TID);
            TimeMlWriter.text(out, dct.attribute("value"), 0, dct.attribute("value").length());
            out.append("</TIMEX3></DCT>\n\n");
        }
        out.append("<TEXT>");
        text(timexes);
        out.append("</TEXT>\n\n");
        instances();
        links();
        out.append("\n</TimeML>\n");
        String timeMl = out.toString();
        return new CatConversion(outputName, timeMl, TimeMlDocument.parse(timeMl, outputName), notes,
                eventsWritten.size(), scoredTimexes.size(), timeLinks, anchors.size());
    }

    private void findCreationTime(List<Markable> timexes) {
        List<Markable> creation = timexes.stream()
                .filter(t -> t.attribute("functionInDocument").equalsIgnoreCase(CREATION_TIME)).toList();
        if (creation.isEmpty()) {
            notes.add("no TIMEX3 has functionInDocument=CREATION_TIME: no DCT written");
            return;
        }
        dct = creation.get(0);
        if (creation.size() > 1) {
            notes.add(creation.size() + " TIMEX3 have functionInDocument=CREATION_TIME; the DCT is the first, "
                    + CatSpans.label(dct));
        }
    }

    private void checkType(Markable t) {
        String type = t.attribute("type");
        for (TimexType known : TimexType.values()) {
            if (known.name().equals(type)) {
                return;
            }
        }
        throw error("TIMEX3 " + t.id() + " has type \"" + type + "\", not one of DATE, TIME, DURATION, SET", t);
    }

    private CatXmlException error(String reason, Markable at) {
        return new CatXmlException(reason, doc.name(), at.line(), at.column(), null);
    }

    private void text(List<Markable> timexes) {
        CatSpans spans = CatSpans.of(doc);
        String text = spans.text();
        List<Markable> inText = new ArrayList<>();
        for (Markable m : doc.markables().values()) {
            boolean event = m.kind().equals("EVENT_MENTION");
            if ((event || m.kind().equals("TIMEX3")) && !m.tokenIds().isEmpty()) {
                inText.add(m);
            } else if (event) {
                notes.add(CatSpans.label(m) + " has no tokens; left out");
            }
        }
        Deque<Span> open = new ArrayDeque<>();
        int pos = 0;
        for (Span s : spans.place(inText, notes::add)) {
            while (!open.isEmpty() && open.peekLast().end() <= s.start()) {
                pos = close(text, pos, open.removeLast());
            }
            TimeMlWriter.text(out, text, pos, s.start());
            pos = s.start();
            open(s, text);
            open.addLast(s);
        }
        while (!open.isEmpty()) {
            pos = close(text, pos, open.removeLast());
        }
        TimeMlWriter.text(out, text, pos, text.length());
        for (Markable t : timexes) {
            if (t.tokenIds().isEmpty() && t != dct) {
                // a non-consuming TIMEX3, as TimeML writes a time that the text implies but does not name
                openTimex(t, timeIds.get(t.id()));
                out.append("</TIMEX3>");
            }
        }
    }

    private void open(Span s, String text) {
        Markable m = s.markable();
        if (m.kind().equals("TIMEX3")) {
            // the creation time's own words (the date line) are a timex of the text with a tid of their own
            String tid = "t" + m.id();
            openTimex(m, tid);
            if (!TimeMlText.isBlank(text.substring(s.start(), s.end()))) {
                scoredTimexes.add(tid);
            }
        } else {
            out.append("<EVENT eid=\"e");
            TimeMlWriter.attribute(out, m.id());
            out.append("\" class=\"").append(CatAttributes.eventClass(instanceClass.getOrDefault(m.id(), "")))
                    .append("\">");
            eventsWritten.add(m.id());
        }
    }

    private int close(String text, int pos, Span s) {
        TimeMlWriter.text(out, text, pos, s.end());
        out.append(s.markable().kind().equals("TIMEX3") ? "</TIMEX3>" : "</EVENT>");
        return s.end();
    }

    private void openTimex(Markable t, String tid) {
        out.append("<TIMEX3");
        attribute("tid", tid);
        attribute("type", t.attribute("type"));
        attribute("value", t.attribute("value"));
        if (t == dct) {
            attribute("temporalFunction", "false");
        }
        String function = t.attribute("functionInDocument");
        attribute("functionInDocument", function.isEmpty() ? "NONE" : function);
        for (String pointer : List.of("anchorTimeID", "beginPoint", "endPoint")) {
            Optional.ofNullable(timeIds.get(t.attribute(pointer))).ifPresent(id -> attribute(pointer, id));
        }
        out.append('>');
    }

    private void attribute(String name, String value) {
        out.append(' ').append(name).append("=\"");
        TimeMlWriter.attribute(out, value);
        out.append('"');
    }

    private void instances() {
        for (String id : eventsWritten) {
            Markable m = doc.markables().get(id);
            out.append("<MAKEINSTANCE");
            attribute("eiid", "ei" + id);
            attribute("eventID", "e" + id);
            attribute("pos", CatAttributes.partOfSpeech(m.attribute("pos")));
            attribute("tense", CatAttributes.tense(m.attribute("tense")));
            attribute("aspect", CatAttributes.aspect(m.attribute("aspect")));
            attribute("polarity", CatAttributes.polarity(m.attribute("polarity")));
            CatAttributes.modality(m.attribute("modality")).ifPresent(v -> attribute("modality", v));
            out.append("/>\n");
        }
    }

    private void links() {
        for (Relation r : doc.relations()) {
            if (r.kind().equals("TLINK")) {
                link(r);
            }
        }
    }

    private void link(Relation r) {
        String label = "TLINK " + r.id();
        Optional<Markable> source = r.sources().stream().findFirst().flatMap(doc::markable);
        Optional<Markable> target = r.targets().stream().findFirst().flatMap(doc::markable);
        if (source.isEmpty() || target.isEmpty()) {
            notes.add(label + " lacks a source or target markable; left out");
            return;
        }
        String from = source.get().kind();
        String to = target.get().kind();
        boolean forward = from.equals("EVENT_MENTION") && to.equals("TIMEX3");
        if (!forward && !(from.equals("TIMEX3") && to.equals("EVENT_MENTION"))) {
            return; // event-event and timex-timex links are not part of this conversion
        }
        if (r.sources().size() > 1 || r.targets().size() > 1) {
            notes.add(label + " has several sources or targets; only the first of each is linked");
        }
        Markable event = forward ? source.get() : target.get();
        Markable timex = forward ? target.get() : source.get();
        Optional<String> relType = CatAttributes.eventToTime(r.attribute("reltype"), forward);
        if (relType.isEmpty()) {
            notes.add(label + " has reltype \"" + r.attribute("reltype")
                    + "\", which TimeML has no name for; left out");
            return;
        }
        if (!eventsWritten.contains(event.id())) {
            notes.add(label + " links " + CatSpans.label(event) + ", which has no tokens; left out");
            return;
        }
        String tid = timeIds.get(timex.id());
        timeLinks++;
        out.append("<TLINK");
        attribute("lid", "l" + timeLinks);
        attribute("relType", relType.get());
        attribute("eventInstanceID", "ei" + event.id());
        attribute("relatedToTime", tid);
        out.append("/>\n");
        if (CatAttributes.ANCHORING.contains(relType.get()) && scoredTimexes.contains(tid)) {
            anchors.add(event.id() + " " + tid);
        }
    }
}
