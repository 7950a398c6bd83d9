package dev.timeline.tag.timeml;

import dev.timeline.tag.timeml.CatDocument.Markable;
import dev.timeline.tag.timeml.CatDocument.Relation;
import dev.timeline.tag.timeml.CatDocument.Token;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams one CAT XML document into a {@link CatDocument}, with the same XXE-safe parser set-up as
 * {@link TimeMlReader}; a new instance per document.
 */
final class CatReader {
    private final String name;
    private final List<Token> tokens = new ArrayList<>();
    private final Set<String> tokenIds = new HashSet<>();
    private final Map<String, Markable> markables = new LinkedHashMap<>();
    private final List<Relation> relations = new ArrayList<>();
    private String docId = "";
    private String section = "";
    /** Depth below the root: 1 for token, Markables and Relations, 2 for a markable or relation, 3 for anchors. */
    private int depth;
    private Open current;

    /** A markable or relation whose element is open, with the token, source or target ids collected so far. */
    private record Open(String kind, Map<String, String> attributes, List<String> tokenIds, List<String> sources,
            List<String> targets, int line, int column) {
    }

    private CatReader(String name) {
        this.name = name;
    }

    static CatDocument read(InputStream in, String name) {
        CatReader reader = new CatReader(name);
        try {
            return reader.run(TimeMlReader.factory().createXMLStreamReader(in));
        } catch (XMLStreamException e) {
            throw reader.malformed(e);
        }
    }

    static CatDocument read(Reader in, String name) {
        CatReader reader = new CatReader(name);
        try {
            return reader.run(TimeMlReader.factory().createXMLStreamReader(in));
        } catch (XMLStreamException e) {
            throw reader.malformed(e);
        }
    }

    private CatXmlException malformed(XMLStreamException e) {
        Location at = e.getLocation();
        String reason = e.getMessage() == null ? "malformed XML" : e.getMessage();
        int cut = reason.indexOf("Message: ");
        if (cut >= 0) {
            reason = reason.substring(cut + "Message: ".length());
        }
        return new CatXmlException(reason.strip(), name, at == null ? -1 : at.getLineNumber(),
                at == null ? -1 : at.getColumnNumber(), e);
    }

    private CatXmlException error(String reason, XMLStreamReader r) {
        Location at = r.getLocation();
        return new CatXmlException(reason, name, at.getLineNumber(), at.getColumnNumber(), null);
    }

    private CatDocument run(XMLStreamReader r) throws XMLStreamException {
        try {
            r.nextTag();
            if (!r.getLocalName().equals("Document")) {
                throw error("the root element is " + r.getLocalName() + ", not the Document of CAT XML", r);
            }
            docId = attributes(r).getOrDefault("doc_id", "").strip();
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    start(r);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    end();
                }
            }
        } finally {
            r.close();
        }
        return new CatDocument(name, docId, tokens, markables, relations);
    }

    private void start(XMLStreamReader r) throws XMLStreamException {
        depth++;
        String local = r.getLocalName();
        if (depth == 1) {
            section = local;
            if (local.equals("token")) {
                token(r);
            }
        } else if (depth == 2 && (section.equals("Markables") || section.equals("Relations"))) {
            Location at = r.getLocation();
            current = new Open(local, attributes(r), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                    at.getLineNumber(), at.getColumnNumber());
        } else if (depth == 3 && current != null) {
            child(r, local);
        }
    }

    private void token(XMLStreamReader r) throws XMLStreamException {
        String id = required(r, "t_id", "token");
        String sentence = required(r, "sentence", "token");
        int s;
        try {
            s = Integer.parseInt(sentence);
        } catch (NumberFormatException e) {
            throw error("token " + id + " has sentence=\"" + sentence + "\", not a whole number", r);
        }
        if (!tokenIds.add(id)) {
            throw error("a second token has t_id " + id, r);
        }
        tokens.add(new Token(id, s, r.getElementText().strip()));
        depth--;
    }

    private void child(XMLStreamReader r, String local) {
        switch (local) {
            case "token_anchor" -> current.tokenIds().add(required(r, "t_id", "token_anchor"));
            case "source" -> current.sources().add(required(r, "m_id", "source"));
            case "target" -> current.targets().add(required(r, "m_id", "target"));
            default -> {
                // other children carry nothing this converter uses
            }
        }
    }

    private void end() {
        if (depth == 2 && current != null) {
            Open o = current;
            current = null;
            if (section.equals("Markables")) {
                addMarkable(o);
            } else {
                relations.add(new Relation(o.kind(), o.attributes().getOrDefault("r_id", ""), o.attributes(),
                        o.sources(), o.targets(), o.line(), o.column()));
            }
        }
        depth--;
    }

    private void addMarkable(Open o) {
        String id = o.attributes().getOrDefault("m_id", "").strip();
        if (id.isEmpty()) {
            if (o.kind().equals("EVENT_MENTION") || o.kind().equals("TIMEX3")) {
                throw new CatXmlException(o.kind() + " has no m_id", name, o.line(), o.column(), null);
            }
            return;
        }
        for (String t : o.tokenIds()) {
            if (!tokenIds.contains(t)) {
                throw new CatXmlException(o.kind() + " " + id + " is anchored to token " + t
                        + ", which no token element before Markables has", name, o.line(), o.column(), null);
            }
        }
        Markable m = new Markable(o.kind(), id, o.attributes(), o.tokenIds(), o.line(), o.column());
        if (markables.putIfAbsent(id, m) != null) {
            throw new CatXmlException("a second markable has m_id " + id, name, o.line(), o.column(), null);
        }
    }

    private String required(XMLStreamReader r, String attribute, String element) {
        String value = r.getAttributeValue(null, attribute);
        if (value == null || value.isBlank()) {
            throw error(element + " has no " + attribute + " attribute", r);
        }
        return value.strip();
    }

    private static Map<String, String> attributes(XMLStreamReader r) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < r.getAttributeCount(); i++) {
            out.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
        }
        return out;
    }
}
