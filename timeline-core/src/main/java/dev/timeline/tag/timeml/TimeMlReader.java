package dev.timeline.tag.timeml;

import dev.timeline.tag.Mention;
import dev.timeline.tag.TimexType;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Streams one TimeML document into a {@link TimeMlDocument}; a new instance per document. */
final class TimeMlReader {
    private static final String CREATION_TIME = "CREATION_TIME";
    /**
     * The calling thread's StAX factory, made on its first call: looking a factory up (system properties, the service
     * files of the class path) and configuring it cost more than reading a short document. The factory is not
     * promised to be thread-safe, hence one a thread; it is never configured again after it is made.
     */
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(TimeMlReader::newFactory);

    private final String name;
    /** How much of the DCT element's text is kept: a dateline, not a page. */
    private static final int DCT_TEXT_LIMIT = 200;
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder docId = new StringBuilder();
    private final StringBuilder dctText = new StringBuilder();
    /** Open elements inside TEXT, innermost last. */
    private final Deque<Open> open = new ArrayDeque<>();
    /** TIMEX3 elements of TEXT in the order they close, as the reference scorer collects them. */
    private final List<Closed> closed = new ArrayList<>();
    private boolean inText;
    private boolean textSeen;
    private int dctDepth;
    private int docIdDepth;
    private boolean docIdSeen;
    private String dctValue;
    private boolean dctIsCreationTime;

    private record Open(String localName, int start, TimexAttributes timex, int line, int column) {
    }

    private record TimexAttributes(String type, String value, String mod, String quant, String freq) {
    }

    private record Closed(Open open, int end) {
    }

    private TimeMlReader(String name) {
        this.name = name;
    }

    static TimeMlDocument read(InputStream in, String name) {
        TimeMlReader reader = new TimeMlReader(name);
        try {
            return reader.run(factory().createXMLStreamReader(in));
        } catch (XMLStreamException e) {
            throw reader.malformed(e);
        }
    }

    static TimeMlDocument read(Reader in, String name) {
        TimeMlReader reader = new TimeMlReader(name);
        try {
            return reader.run(factory().createXMLStreamReader(in));
        } catch (XMLStreamException e) {
            throw reader.malformed(e);
        }
    }

    /**
     * A StAX factory that never reads a DTD or an external entity; every XML reader of this package uses it. The
     * caller only creates readers with it and never changes its properties: it is the thread's own, kept for the
     * next call.
     */
    static XMLInputFactory factory() {
        return FACTORY.get();
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        // XXE-safe: no DTD processing, no external entities; undeclared entities are then reported as errors.
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    private TimeMlException malformed(XMLStreamException e) {
        Location at = e.getLocation();
        String reason = e.getMessage() == null ? "malformed XML" : e.getMessage();
        int cut = reason.indexOf("Message: ");
        if (cut >= 0) {
            reason = reason.substring(cut + "Message: ".length());
        }
        return new TimeMlException(reason.strip(), name, at == null ? -1 : at.getLineNumber(),
                at == null ? -1 : at.getColumnNumber(), e);
    }

    private TimeMlDocument run(XMLStreamReader r) throws XMLStreamException {
        try {
            while (r.hasNext()) {
                switch (r.next()) {
                    case XMLStreamConstants.START_ELEMENT -> start(r);
                    case XMLStreamConstants.END_ELEMENT -> end(r);
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                            characters(r);
                    default -> {
                        // comments and processing instructions carry no TEXT, as in ElementTree
                    }
                }
            }
        } finally {
            r.close();
        }
        if (!textSeen) {
            throw new TimeMlException("no TEXT element", name, -1, -1, null);
        }
        return build();
    }

    private void start(XMLStreamReader r) {
        String local = r.getLocalName();
        if (inText) {
            if (local.equals("TIMEX3")) {
                // where it opens is only ever reported for a TIMEX3, and asking the reader costs a new object
                Location at = r.getLocation();
                open.addLast(new Open(local, text.length(), attributes(r), at.getLineNumber(), at.getColumnNumber()));
            } else {
                open.addLast(new Open(local, text.length(), null, -1, -1));
            }
        } else if (local.equals("TEXT") && !textSeen) {
            inText = true;
            textSeen = true;
        } else if (local.equals("DCT") || dctDepth > 0) {
            dctDepth++;
            if (local.equals("TIMEX3")) {
                boolean creation = CREATION_TIME.equals(r.getAttributeValue(null, "functionInDocument"));
                if (dctValue == null || creation && !dctIsCreationTime) {
                    dctValue = nullToEmpty(r.getAttributeValue(null, "value"));
                    dctIsCreationTime = creation;
                }
            }
        } else if (local.equals("DOCID") && !docIdSeen || docIdDepth > 0) {
            docIdDepth++;
            docIdSeen = true;
        }
    }

    private static TimexAttributes attributes(XMLStreamReader r) {
        return new TimexAttributes(r.getAttributeValue(null, "type"), r.getAttributeValue(null, "value"),
                r.getAttributeValue(null, "mod"), r.getAttributeValue(null, "quant"),
                r.getAttributeValue(null, "freq"));
    }

    private void end(XMLStreamReader r) {
        if (inText) {
            if (open.isEmpty()) {
                inText = false;
            } else {
                Open o = open.removeLast();
                if (o.timex() != null) {
                    closed.add(new Closed(o, text.length()));
                }
            }
        } else if (dctDepth > 0) {
            dctDepth--;
        } else if (docIdDepth > 0) {
            docIdDepth--;
        }
    }

    private void characters(XMLStreamReader r) {
        if (inText) {
            text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
        } else if (docIdDepth > 0) {
            docId.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
        } else if (dctDepth > 0 && dctText.length() < DCT_TEXT_LIMIT) {
            dctText.append(r.getTextCharacters(), r.getTextStart(),
                    Math.min(r.getTextLength(), DCT_TEXT_LIMIT - dctText.length()));
        }
    }

    private TimeMlDocument build() {
        String all = text.toString();
        List<Mention> timexes = new ArrayList<>();
        int ignored = 0;
        for (Closed c : closed) {
            Open o = c.open();
            if (TimeMlText.isBlank(all.substring(o.start(), c.end()))) {
                ignored++;
                continue;
            }
            TimexAttributes a = o.timex();
            timexes.add(Mention.of(all, o.start(), c.end(), type(a.type(), o), nullToEmpty(a.value()), a.mod(),
                    a.quant(), a.freq()));
        }
        String id = docId.toString().strip();
        return new TimeMlDocument(name, id.isEmpty() ? TimeMlDocument.defaultId(name) : id, all, dctValue,
                dctText.toString().strip(), timexes,
                ignored);
    }

    private TimexType type(String type, Open at) {
        if (type == null) {
            throw new TimeMlException("TIMEX3 has no type attribute", name, at.line(), at.column(), null);
        }
        for (TimexType t : TimexType.values()) {
            if (t.name().equals(type)) {
                return t;
            }
        }
        throw new TimeMlException("TIMEX3 type \"" + type + "\" is not one of DATE, TIME, DURATION, SET", name,
                at.line(), at.column(), null);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
