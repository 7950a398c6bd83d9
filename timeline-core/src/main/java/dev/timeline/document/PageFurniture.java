package dev.timeline.document;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text of a news page that is not the article: reader comments, the page's own stamps and captions, datelines and
 * bylines. The rules, each with an example, are the resource {@code page-furniture.txt}; the story summarizer and the
 * chronology both read them. Stateless and thread-safe.
 */
public final class PageFurniture {
    /** What a rule marks. */
    public enum Kind {
        /** A reader's comment: its dates vote for no day, and it is never a timeline sentence. */
        COMMENT,
        /** A page's stamp ("Last updated at 06:54 GMT") or a photo caption: never a timeline sentence. */
        STAMP,
        /** A dateline or byline before the first sentence ("WASHINGTON (Reuters) -"): cut off the sentence. */
        PREFIX,
        /**
         * A page's stamp or a photo credit that scraping ran into the article's first sentence ("BP cuts jobs Thursday
         * 29 April 2010 17.33 BST Shares in BP fell ..."): what precedes it (a headline, a caption) is cut off the
         * sentence with it; what follows it is the sentence.
         */
        BREAK,
        /**
         * A page's notice after which nothing is the article ("We welcome comments that advance the story ...",
         * "Views expressed in the comments do not represent those of Reuters"): readers' comments or the author's
         * note follow it.
         */
        END,
        /**
         * A mark of a page of programme or event listings ("Network Radio Programme Information", "Transmission
         * details", "Presenter/..., Producer/..."): what such a page dates in the days it lists is a programme's slot,
         * no news, whatever tense it is in; what its descriptions date elsewhere may be.
         */
        LISTING
    }

    /**
     * One rule of the resource.
     *
     * @param kind    what it marks
     * @param pattern the expression found in a sentence
     * @param example a sentence it marks
     */
    public record Rule(Kind kind, Pattern pattern, String example) {
    }

    private static final String RESOURCE = "page-furniture.txt";
    /** How many marks of a comment, within {@link #COMMENT_SPAN} characters, make a comment section. */
    private static final int COMMENT_SECTION = 3;
    private static final int COMMENT_SPAN = 2_000;
    /** How much of a line a dateline or stamp may take. */
    private static final int LINE_REACH = 300;
    private static final List<Rule> RULES = load();
    private static final Map<Kind, StartFilteredPattern> BY_KIND = combine(RULES);
    /** What {@link #of} looks for in the rest of a sentence, in this order. */
    private static final List<Kind> KINDS_OF_SENTENCE = List.of(Kind.COMMENT, Kind.STAMP);

    private PageFurniture() {
    }

    /**
     * Returns what {@code sentence} is, if it is page furniture: a comment rather than a stamp when it is both. What
     * {@link #prefixLength} cuts off is not furniture of the sentence, and only the rest is read; a break with
     * nothing after it is a stamp.
     *
     * @throws NullPointerException if {@code sentence} is null
     */
    public static Optional<Kind> of(String sentence) {
        // the sentence is read once for the three searches, unless a cut leaves another text for the last two
        StartFilteredPattern.Text whole = StartFilteredPattern.Text.of(sentence);
        Cut cut = cut(sentence, whole);
        StartFilteredPattern.Text rest = cut.length() == 0 ? whole
                : StartFilteredPattern.Text.of(sentence.substring(cut.length()));
        for (Kind kind : KINDS_OF_SENTENCE) {
            StartFilteredPattern p = BY_KIND.get(kind);
            if (p != null && p.search(rest).find()) {
                return Optional.of(kind);
            }
        }
        return cut.breakAtEnd() ? Optional.of(Kind.STAMP) : Optional.empty();
    }

    /**
     * Returns where the readers' comments of a page begin: the start of the line holding the first mark of a comment
     * ("Posted by: ...", "Report as abusive") that two more marks follow within {@value #COMMENT_SPAN} characters (a
     * comment section is dense with them; a single "a video posted by the group" is the article's own words), or the
     * text's length when there is none; or the start of the line of a page's notice that ends the article ({@link
     * Kind#END}), when that comes first. Comment sections come after the article, so all that follows is comments
     * too, the text of each before its mark included.
     *
     * @throws NullPointerException if {@code text} is null
     */
    public static int commentsStart(String text) {
        StartFilteredPattern end = BY_KIND.get(Kind.END);
        StartFilteredPattern.Search notice = end == null ? null : end.search(text);
        int limit = notice != null && notice.find() ? lineStart(text, notice.match().start()) : text.length();
        StartFilteredPattern p = BY_KIND.get(Kind.COMMENT);
        if (p == null) {
            return limit;
        }
        StartFilteredPattern.Search marks = p.search(text);
        int[] last = new int[COMMENT_SECTION]; // the latest marks, a ring
        int found = 0;
        while (marks.find()) {
            MatchResult m = marks.match();
            last[found % COMMENT_SECTION] = m.start();
            found++;
            int first = last[found % COMMENT_SECTION];
            if (m.start() >= limit) {
                return limit;
            }
            if (found >= COMMENT_SECTION && m.start() - first <= COMMENT_SPAN) {
                return lineStart(text, first);
            }
        }
        return limit;
    }

    /**
     * Whether {@code text} is a page of programme or event listings: a mark of one ({@link Kind#LISTING}) stands
     * anywhere in it. Such a page narrates the week's shows in the present tense ("At 8pm, Eleanor is joined by a panel
     * of sportswomen"), which is no happening; a description may still date one elsewhere ("Dubstar were formed in
     * 1992").
     *
     * @throws NullPointerException if {@code text} is null
     */
    public static boolean isListing(String text) {
        StartFilteredPattern p = BY_KIND.get(Kind.LISTING);
        return p != null && p.search(StartFilteredPattern.Text.of(text)).find();
    }

    /** The start of the line holding {@code at}, or of its sentence when the line is longer than a comment. */
    private static int lineStart(String text, int at) {
        int i = at;
        while (i > 0 && text.charAt(i - 1) != '\n' && at - i < COMMENT_SPAN) {
            i--;
        }
        if (i > 0 && text.charAt(i - 1) != '\n') {
            i = at;
            while (i > 0 && ".!?\n".indexOf(text.charAt(i - 1)) < 0) {
                i--;
            }
        }
        return i;
    }

    /**
     * Returns the length of what opens {@code sentence} and is not the article's: a dateline or byline at its start,
     * or all up to the end of the last break in it (a stamp or photo credit after a headline or caption); 0 when
     * there is none or nothing follows it.
     *
     * @throws NullPointerException if {@code sentence} is null
     */
    public static int prefixLength(String sentence) {
        return cut(sentence, null).length();
    }

    /**
     * What opens a sentence and is not the article's, read with one search for breaks: its length, and whether a
     * break ends the sentence with nothing after it (a stamp, then).
     */
    private record Cut(int length, boolean breakAtEnd) {
    }

    /** The cut of {@code sentence}; {@code read} is the sentence read for several searches, or null. */
    private static Cut cut(String sentence, StartFilteredPattern.Text read) {
        int prefixEnd = 0;
        StartFilteredPattern prefix = BY_KIND.get(Kind.PREFIX);
        if (prefix != null) {
            Matcher m = prefix.pattern().matcher(sentence);
            prefixEnd = m.lookingAt() ? m.end() : 0;
        }
        int breakEnd = 0;
        StartFilteredPattern breaks = BY_KIND.get(Kind.BREAK);
        if (breaks != null) {
            StartFilteredPattern.Search b = read == null ? breaks.search(sentence) : breaks.search(read);
            while (b.find()) {
                breakEnd = Math.max(breakEnd, b.match().end());
            }
        }
        int end = Math.max(prefixEnd, breakEnd);
        return end < sentence.length() ? new Cut(end, false)
                : new Cut(0, breakEnd > 0 && breakEnd == sentence.length());
    }

    /**
     * Whether {@code text} from {@code start} to {@code end} lies in the dateline or stamp that opens its line ("LONDON
     * | Thu Jun 3, 2010 4:42 pm EDT LONDON (Reuters) -"): the time the page was filed, not one the news tells. Reads
     * at most {@value #LINE_REACH} characters of the line.
     *
     * @throws IndexOutOfBoundsException if the span is not within {@code text}
     */
    public static boolean inDateline(String text, int start, int end) {
        java.util.Objects.checkFromToIndex(start, end, text.length());
        int line = start;
        while (line > 0 && text.charAt(line - 1) != '\n') {
            if (start - line >= LINE_REACH) {
                return false; // read no farther back than a line's reach: linear over a document's mentions
            }
            line--;
        }
        int lineEnd = text.indexOf('\n', line);
        lineEnd = Math.min(lineEnd < 0 ? text.length() : lineEnd, line + LINE_REACH);
        return end <= line + prefixLength(text.substring(line, lineEnd));
    }

    /** Returns the rules, in the resource's order. */
    public static List<Rule> rules() {
        return RULES;
    }

    private static Map<Kind, StartFilteredPattern> combine(List<Rule> rules) {
        Map<Kind, List<String>> parts = new EnumMap<>(Kind.class);
        rules.forEach(r -> parts.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(r.pattern().pattern()));
        Map<Kind, StartFilteredPattern> out = new EnumMap<>(Kind.class);
        parts.forEach((k, p) -> out.put(k, StartFilteredPattern.anyOf("(?i)", p)));
        return out;
    }

    private static List<Rule> load() {
        try (InputStream in = PageFurniture.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource dev/timeline/document/" + RESOURCE + " is missing");
            }
            List<Rule> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 3) {
                    throw new IllegalStateException(RESOURCE + ":" + number + ": expected kind, expression, example");
                }
                out.add(new Rule(Kind.valueOf(f[0].toUpperCase(Locale.ROOT)),
                        Pattern.compile(f[1], Pattern.CASE_INSENSITIVE), f[2]));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource dev/timeline/document/" + RESOURCE, e);
        }
    }
}
