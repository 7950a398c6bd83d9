package dev.timeline.tag.timeml;

import dev.timeline.tag.timeml.CatDocument.Markable;
import dev.timeline.tag.timeml.CatDocument.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The TEXT string of a CAT document and where its markables lie in it.
 *
 * <p>The text is the tokens in document order, one space between the tokens of a sentence and a line feed after each
 * sentence (CAT keeps no spacing, so "Jobs ' keynote ." reads as tokenized). A markable covers its tokens from the
 * first to the last; when they are not contiguous the words between are covered too (and a note says so). XML cannot
 * hold two elements that cross, so markables are placed timexes first, then contiguous events, then the others, each
 * group in text order, and one that would cross a placed markable is cut to its first token (with a note).
 */
final class CatSpans {
    /** A markable placed over the tokens {@code first..last} (indexes in document order, inclusive) of the text. */
    record Span(Markable markable, int first, int last, int start, int end) {
        boolean crosses(Span o) {
            return first < o.first && o.first <= last && last < o.last
                    || o.first < first && first <= o.last && o.last < last;
        }
    }

    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<Token> tokens;

    private CatSpans(List<Token> tokens) {
        this.tokens = tokens;
        StringBuilder s = new StringBuilder();
        starts = new int[tokens.size()];
        ends = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (i > 0) {
                s.append(t.sentence() == tokens.get(i - 1).sentence() ? ' ' : '\n');
            }
            starts[i] = s.length();
            s.append(t.text());
            ends[i] = s.length();
            index.put(t.id(), i);
        }
        if (!tokens.isEmpty()) {
            s.append('\n');
        }
        text = s.toString();
    }

    /** Lays out the text of {@code document}'s tokens. */
    static CatSpans of(CatDocument document) {
        return new CatSpans(document.tokens());
    }

    /** The TEXT string. */
    String text() {
        return text;
    }

    /**
     * Places {@code markables} (each with at least one token), reporting each non-contiguous or cut markable to
     * {@code notes}; returns the placed spans in the order their start tags are written (outer before inner, timex
     * outside an event of the same extent).
     */
    List<Span> place(List<Markable> markables, Consumer<String> notes) {
        List<Span> timexes = new ArrayList<>();
        List<Span> contiguous = new ArrayList<>();
        List<Span> gapped = new ArrayList<>();
        for (Markable m : markables) {
            TreeSet<Integer> at = m.tokenIds().stream().map(index::get).collect(Collectors.toCollection(TreeSet::new));
            Span s = span(m, at.first(), at.last());
            if (at.size() != at.last() - at.first() + 1) {
                notes.accept(label(m) + " has tokens that are not contiguous (" + words(at)
                        + "); written from the first to the last");
                gapped.add(s);
            } else if (m.kind().equals("TIMEX3")) {
                timexes.add(s);
            } else {
                contiguous.add(s);
            }
        }
        List<Span> placed = new ArrayList<>();
        for (List<Span> group : List.of(timexes, contiguous, gapped)) {
            group.sort(Comparator.comparingInt(Span::first).thenComparing(Span::last, Comparator.reverseOrder()));
            for (Span s : group) {
                Span crossed = placed.stream().filter(s::crosses).findFirst().orElse(null);
                if (crossed != null) {
                    notes.accept(label(s.markable()) + " would cross " + label(crossed.markable())
                            + "; written over its first token \"" + tokens.get(s.first()).text() + "\" only");
                    s = span(s.markable(), s.first(), s.first());
                }
                placed.add(s);
            }
        }
        placed.sort(Comparator.comparingInt(Span::start).thenComparing(Span::end, Comparator.reverseOrder())
                .thenComparing(s -> s.markable().kind().equals("TIMEX3") ? 0 : 1));
        return placed;
    }

    private Span span(Markable m, int first, int last) {
        return new Span(m, first, last, starts[first], ends[last]);
    }

    /** The markable's words, with an ellipsis where words it does not cover lie between them. */
    private String words(TreeSet<Integer> at) {
        StringBuilder s = new StringBuilder();
        int previous = -1;
        for (int i : at) {
            if (previous >= 0) {
                s.append(i == previous + 1 ? " " : " … ");
            }
            s.append(tokens.get(i).text());
            previous = i;
        }
        return s.toString();
    }

    /** How notes name a markable: {@code EVENT_MENTION 84}. */
    static String label(Markable m) {
        return m.kind() + " " + m.id();
    }
}
