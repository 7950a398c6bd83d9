package dev.timeline.story;

import dev.timeline.document.Document;
import dev.timeline.document.PageFurniture;
import dev.timeline.tag.Anchor;
import dev.timeline.tag.Mention;
import dev.timeline.tag.Tagger;
import dev.timeline.tag.TimexType;
import dev.timeline.text.LanguageLayer;
import dev.timeline.text.TextSpan;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * One article read for a story: its sentences, each with the days it names (dates and times with a day, resolved
 * against the article's creation date).
 */
final class DatedSentences {
    private static final Pattern DAY_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T.*)?");

    /**
     * A sentence of the article.
     *
     * @param index its place in the article, from 0
     * @param span  where it is in the article's text
     * @param text  its text, white space folded
     * @param days     the days it names
     * @param comment  whether it is a reader's comment
     * @param quotable whether it may stand in a timeline: not page furniture
     */
    record Line(int index, TextSpan span, String text, Set<LocalDate> days, boolean comment, boolean quotable) {
    }

    private final Document document;
    private final LocalDate published;
    private final List<Line> lines;

    private DatedSentences(Document document, LocalDate published, List<Line> lines) {
        this.document = document;
        this.published = published;
        this.lines = lines;
    }

    /** Reads a document that has a creation date. */
    static DatedSentences read(Document document, Tagger tagger, LanguageLayer language) {
        LocalDate published = document.dct().orElseThrow();
        String text = document.text();
        List<Mention> mentions = tagger.tag(text, Anchor.news(published));
        List<Line> lines = new ArrayList<>();
        int m = 0;
        for (TextSpan span : language.sentences(text)) {
            Set<LocalDate> days = new TreeSet<>();
            while (m < mentions.size() && mentions.get(m).start() < span.end()) {
                Mention mention = mentions.get(m++);
                if (mention.start() >= span.start()) {
                    day(mention).ifPresent(days::add);
                }
            }
            // a dateline or byline before the sentence is cut off its text, but its date still counts
            TextSpan sentenceSpan = new TextSpan(span.start() + PageFurniture.prefixLength(span.of(text)), span.end());
            String sentence = sentenceSpan.of(text).replaceAll("\\s+", " ");
            Optional<PageFurniture.Kind> furniture = PageFurniture.of(sentence);
            boolean comment = furniture.filter(k -> k == PageFurniture.Kind.COMMENT).isPresent();
            lines.add(new Line(lines.size(), sentenceSpan, sentence, Set.copyOf(days), comment, furniture.isEmpty()));
        }
        return new DatedSentences(document, published, List.copyOf(lines));
    }

    /** The day a date or time names, if it names one. */
    static Optional<LocalDate> day(Mention mention) {
        if (mention.type() != TimexType.DATE && mention.type() != TimexType.TIME
                || !DAY_VALUE.matcher(mention.value()).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(mention.value().substring(0, 10)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    Document document() {
        return document;
    }

    LocalDate published() {
        return published;
    }

    List<Line> lines() {
        return lines;
    }
}
