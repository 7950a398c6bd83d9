package dev.timeline.tag.timeml;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link CatReader} keeps of a CAT XML document: its tokens in document order, its markables by {@code m_id}
 * (in document order) and its relations, each with where it stood in the file for error messages.
 */
record CatDocument(String name, String docId, List<Token> tokens, Map<String, Markable> markables,
        List<Relation> relations) {

    CatDocument {
        tokens = ImmutableList.copyOf(tokens);
        markables = ImmutableMap.copyOf(markables);
        relations = ImmutableList.copyOf(relations);
    }

    /** A {@code <token t_id sentence>} element and its text with surrounding whitespace removed. */
    record Token(String id, int sentence, String text) {
    }

    /**
     * A child of {@code Markables}: its element name ({@code EVENT_MENTION}, {@code TIMEX3}, {@code EVENT}, ...), its
     * {@code m_id}, its other attributes and the {@code t_id}s of its {@code token_anchor}s in the order written.
     */
    record Markable(String kind, String id, Map<String, String> attributes, List<String> tokenIds, int line,
            int column) {
        Markable {
            attributes = ImmutableMap.copyOf(attributes);
            tokenIds = ImmutableList.copyOf(tokenIds);
        }

        /** The attribute's value with surrounding whitespace removed; empty when absent or blank. */
        String attribute(String attributeName) {
            return attributes.getOrDefault(attributeName, "").strip();
        }
    }

    /**
     * A child of {@code Relations} ({@code TLINK}, {@code REFERS_TO}, ...): its {@code r_id}, its attributes and the
     * {@code m_id}s of its {@code source} and {@code target} children.
     */
    record Relation(String kind, String id, Map<String, String> attributes, List<String> sources,
            List<String> targets, int line, int column) {
        Relation {
            attributes = ImmutableMap.copyOf(attributes);
            sources = ImmutableList.copyOf(sources);
            targets = ImmutableList.copyOf(targets);
        }

        /** The attribute's value with surrounding whitespace removed; empty when absent or blank. */
        String attribute(String attributeName) {
            return attributes.getOrDefault(attributeName, "").strip();
        }
    }

    /**
     * The document cut to its first {@code n} sentences (numbers {@code 0 .. n-1}): their tokens, the markables
     * with no token outside them (the creation time, which has none, stays), and the relations between markables kept.
     */
    CatDocument firstSentences(int n) {
        java.util.Set<String> kept = new java.util.HashSet<>();
        List<Token> keptTokens = new java.util.ArrayList<>();
        for (Token t : tokens) {
            if (t.sentence() < n) {
                kept.add(t.id());
                keptTokens.add(t);
            }
        }
        Map<String, Markable> keptMarkables = new java.util.LinkedHashMap<>();
        markables.forEach((id, m) -> {
            if (kept.containsAll(m.tokenIds())) {
                keptMarkables.put(id, m);
            }
        });
        List<Relation> keptRelations = relations.stream().filter(r -> keptMarkables.keySet().containsAll(r.sources())
                && keptMarkables.keySet().containsAll(r.targets())).toList();
        return new CatDocument(name, docId, keptTokens, keptMarkables, keptRelations);
    }

    /** The markable of that {@code m_id}, if there is one. */
    Optional<Markable> markable(String id) {
        return Optional.ofNullable(markables.get(id));
    }
}
