package dev.timeline.story;

import dev.timeline.text.LanguageLayer;
import dev.timeline.text.TextSpan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The Timeline17 layout of a timeline: blocks of a {@code YYYY-MM-DD} line and one sentence a line, the blocks
 * separated by a line of 32 dashes. Sentences are written tokenised in the Penn Treebank manner, as the corpus's
 * gold timelines are ({@code -LRB-}, {@code ``}, {@code 's} apart), so that word-overlap scores compare like with
 * like.
 */
public final class Timeline17Format {
    /** The line between two days. */
    public static final String SEPARATOR = "-".repeat(32);
    private static final Pattern DATE_LINE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Map<String, String> BRACKETS = Map.of(
            "(", "-LRB-", ")", "-RRB-", "[", "-LSB-", "]", "-RSB-", "{", "-LCB-", "}", "-RCB-");

    private Timeline17Format() {
    }

    /** Returns {@code timeline} in the Timeline17 layout. */
    public static String write(StoryTimeline timeline) {
        StringBuilder out = new StringBuilder();
        for (StoryDay day : timeline.days()) {
            if (!out.isEmpty()) {
                out.append(SEPARATOR).append('\n');
            }
            out.append(day.date()).append('\n');
            for (StorySentence sentence : day.sentences()) {
                out.append(tokenize(sentence.text())).append('\n');
            }
        }
        return out.toString();
    }

    /** Returns {@code sentence} tokenised in the Penn Treebank manner, tokens separated by single spaces. */
    public static String tokenize(String sentence) {
        List<String> out = new ArrayList<>();
        boolean quoteOpen = false;
        for (TextSpan span : LanguageLayer.english().tokens(sentence)) {
            String token = span.of(sentence);
            if (token.equals("\"")) {
                token = quoteOpen ? "''" : "``";
                quoteOpen = !quoteOpen;
            } else if (token.equals("\u201C")) {
                token = "``";
            } else if (token.equals("\u201D")) {
                token = "''";
            }
            out.add(BRACKETS.getOrDefault(token, token));
        }
        return String.join(" ", out);
    }

    /**
     * Reads a timeline in the Timeline17 layout: the sentences of each date, dates in order. Blank lines and lines of
     * dashes are skipped, lines before the first date ignored and bytes that are not UTF-8 replaced, as the
     * reference scorer does.
     *
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException naming the file and line of a date line that is no date
     */
    public static Map<LocalDate, List<String>> read(Path file) throws IOException {
        Map<LocalDate, List<String>> out = new TreeMap<>();
        List<String> current = null;
        int number = 0;
        for (String raw : (Iterable<String>) new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines()
                ::iterator) {
            number++;
            String line = raw.strip();
            if (line.isEmpty() || line.chars().allMatch(c -> c == '-')) {
                continue;
            }
            if (DATE_LINE.matcher(line).matches()) {
                try {
                    current = out.computeIfAbsent(LocalDate.parse(line), d -> new ArrayList<>());
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException(file + ":" + number + ": '" + line + "' is not a date");
                }
            } else if (current != null) {
                current.add(line);
            }
        }
        out.replaceAll((d, s) -> List.copyOf(s));
        return out;
    }
}
