package dev.timeline.happening;

import dev.timeline.document.PageFurniture;
import dev.timeline.document.StartFilteredPattern;
import dev.timeline.event.Aspect;
import dev.timeline.event.EventMention;
import dev.timeline.event.Tense;
import dev.timeline.tag.Mention;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.LanguageLayer;
import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import dev.timeline.time.When;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence is the article's own prose, and where its words begin: past the dateline, byline, headline or
 * page's stamp that scraping ran into it (page furniture); not a voice of its own ("I remember a documentary about a
 * man who died in 1918", "How many died of malaria last week?"), a listing of dated items ("1950: Stood first in BA")
 * or another story's teaser cut by an ellipsis ("... piled more misery on a region b..."); where a quotation that
 * opens it and someone said closes ("... not a single new project was signed in my country," said the director). And
 * whether a present-tense event is a photo caption's ("A police woman wears a mask in Mexico City April 24, 2009.")
 * or dated by the page's stamp.
 */
final class ArticleProse {
    private static final ThreadLocal<LastArticleStart> LAST_ARTICLE_START = ThreadLocal.withInitial(
            () -> new LastArticleStart(new java.lang.ref.WeakReference<>(null), -1, 0));
    private static final int MIN_PROSE_TOKENS = 6;
    /** A year written in a date: "April 24, 2009", "24/04/2009". */
    private static final Pattern YEAR_IN_DATE = Pattern.compile("\\b(1[89]|20)\\d\\d\\b");
    private static final Pattern QUOTED = Pattern.compile("[\"\u201C][^\"\u201C\u201D]*[\"\u201D]");
    private static final Pattern QUOTE_MARK = Pattern.compile("[\"\u201C\u201D]");
    /** "I" before a verb ("I remember", "I'm"), or a first-person word; an "I" after {@link #NUMERAL_I} is none. */
    private static final StartFilteredPattern FIRST_PERSON = StartFilteredPattern.compile(
            "\\bI(?= [a-z]|'[a-z])|\\b(?:[Mm]y|[Ww]e|[Oo]ur|me|us)\\b");
    /** What makes an "I" right after it a numeral rather than a pronoun: "Congress (I)", "World War I ended". */
    private static final List<String> NUMERAL_I = List.of("(", "War ");
    private static final Pattern QUESTION = Pattern.compile("\\?[\"\u201D')\\s]*$");
    private ArticleProse() {
    }

    /** A quotation that opens a sentence, its closing mark, then a verb of saying: group 1 ends the quotation. */
    private static final Pattern OPENING_QUOTE_SAID = Pattern.compile(
            "^\\s*[\"\u201C`]+[^\"\u201C\u201D`]{1,600}?([\"\u201D']+)\\s*,?\\s*(?:said|says|told|added)\\b");

    /**
     * Where the quotation that opens sentence {@code s} closes, when a verb of saying follows it ("An attempt at a coup
     * d'etat begins today" said the daily; "... not a single new project was signed in my country," said the
     * director), or -1: an event before that offset is what someone said, not a happening the article tells.
     */
    static int saidQuotationEnd(AnalyzedText text, Sentence s) {
        java.util.regex.Matcher m = OPENING_QUOTE_SAID.matcher(text.text()).region(s.start(), s.end());
        return m.lookingAt() ? m.start(1) : -1;
    }

    /**
     * Whether a sentence speaks in its own voice rather than the news's: in the first person outside quotation marks
     * ("I remember a documentary about a man who died in 1918", "Our plan is ..."), the voice of a column or a
     * reader's comment, or as a question ("How many died of malaria last week?"), which asserts nothing.
     */
    static boolean ownVoice(String sentence) {
        if (sentence.indexOf('?') >= 0 && QUESTION.matcher(sentence).find()) {
            return true;
        }
        if (!firstPerson(sentence)) {
            return false; // most sentences: no first person anywhere, no need to tell quotes apart
        }
        String outside = QUOTED.matcher(sentence).replaceAll(" ");
        Matcher lone = QUOTE_MARK.matcher(outside);
        if (lone.find()) {
            int at = lone.start();
            boolean closes = outside.charAt(at) == '\u201D' || outside.charAt(at) == '"' && at > 0
                    && !Character.isWhitespace(outside.charAt(at - 1));
            // a quote that closes began in an earlier sentence; one that opens runs on to a later one
            outside = closes ? outside.substring(at + 1) : outside.substring(0, at);
        }
        return firstPerson(outside);
    }

    /** Whether {@code text} has a first-person word: {@link #FIRST_PERSON}, an "I" not after {@link #NUMERAL_I}. */
    private static boolean firstPerson(String text) {
        StartFilteredPattern.Search words = FIRST_PERSON.search(text);
        while (words.find()) {
            int at = words.match().start();
            if (text.charAt(at) != 'I' || NUMERAL_I.stream().noneMatch(b -> text.startsWith(b, at - b.length()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first token of {@code s} that is the article's: after the dateline, byline or photo credit that opens it,
     * or the headline and stamp that scraping ran into it (page furniture).
     */
    static int articleStart(AnalyzedText text, Sentence s) {
        // a title's subject search asks again and again of one sentence: the last answer is kept, per thread, and
        // holds its text only weakly
        LastArticleStart last = LAST_ARTICLE_START.get();
        if (last.text.get() == text && last.sentence == s.index()) {
            return last.start;
        }
        int prefix = PageFurniture.prefixLength(text.textOf(s));
        int i = s.firstToken();
        while (prefix > 0 && i < s.endToken() && text.tokens().get(i).start() < s.start() + prefix) {
            i++;
        }
        LAST_ARTICLE_START.set(new LastArticleStart(new java.lang.ref.WeakReference<>(text), s.index(), i));
        return i;
    }

    /** Where the article's words of {@code s} begin ({@link #articleStart}), as a character offset; its end if none. */
    static int articleStartOffset(AnalyzedText text, Sentence s) {
        int first = articleStart(text, s);
        return first < s.endToken() ? text.tokens().get(first).start() : s.end();
    }

    /** The last sentence {@link #articleStart} answered for, on one thread. */
    private record LastArticleStart(java.lang.ref.WeakReference<AnalyzedText> text, int sentence, int start) {
    }

    /**
     * Whether a sentence's text is page furniture, speaks in its own voice or is a listing of dated items, whatever its
     * length and its end.
     */
    static boolean notProse(String sentence) {
        return PageFurniture.of(sentence).isPresent() || ownVoice(sentence) || listing(sentence)
                || truncated(sentence);
    }

    /**
     * A sentence that ends on a word an ellipsis cuts ("... piled more misery on a region b...", "back to the
     * epicenter of the wo..."): the teaser of another story that a page's strip of links ran into the text.
     */
    private static final Pattern TRUNCATED = Pattern.compile("\\p{L}(?:\\.\\.\\.|\u2026)[\"\u201D']?\\s*$");
    /**
     * How many characters a match of {@link #TRUNCATED} holds before its trailing spaces: a letter (two chars beyond
     * the BMP), three dots and a quote.
     */
    private static final int TRUNCATED_REACH = 6;

    /**
     * Whether {@link #TRUNCATED} is found in {@code sentence}. A match ends the sentence, so it is sought only in the
     * last {@value #TRUNCATED_REACH} characters before the trailing spaces and line ends, not from every letter.
     */
    private static boolean truncated(String sentence) {
        int end = sentence.length();
        while (end > 0 && (Character.isWhitespace(sentence.charAt(end - 1)) || sentence.charAt(end - 1) == '\u0085')) {
            end--; // all that \s and $ can take, and perhaps more: the search then starts earlier, never later
        }
        return TRUNCATED.matcher(sentence).region(Math.max(0, end - TRUNCATED_REACH), sentence.length()).find();
    }

    /**
     * A year that opens or closes an item of a listing: "1950: Stood first in BA", "Chandigarh, 1952; Stood". Tried
     * only where a word starts with "1" or "2".
     */
    private static final StartFilteredPattern LISTED_YEAR = StartFilteredPattern.compile(
            "\\b(?:1[89]|20)\\d{2}\\s*[:;]");

    /**
     * Whether the sentence lists dated items, two or more years each before a colon or a semicolon ("1950: Stood first
     * in BA (Hons), Economics, ... 1952; Stood first in MA ...", a curriculum vitae run together): no prose tells it.
     */
    private static boolean listing(String sentence) {
        StartFilteredPattern.Search m = LISTED_YEAR.search(sentence);
        return m.find() && m.find();
    }

    /**
     * Whether the sentence is prose: six words or more, ending with a full stop or an exclamation mark (perhaps
     * inside a quote; a question asserts nothing), and no page furniture. Headlines, captions, credits, reader
     * comments and "page last updated" lines are not.
     */
    static boolean isProse(AnalyzedText text, Sentence s) {
        if (s.endToken() - s.firstToken() < MIN_PROSE_TOKENS) {
            return false;
        }
        if (notProse(text.textOf(s))) {
            return false; // a reader's comment, the page's stamp or a photo caption (page-furniture.txt); a column
        }
        for (int i = s.endToken() - 1; i >= s.firstToken() && i >= s.endToken() - 3; i--) {
            char c = text.tokens().get(i).text().charAt(0);
            if (c == '.' || c == '!' || c == '?') {
                return true; // a question is no prose either, but ownVoice has told that
            }
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether an event in the present tense is dated before the creation date: the present of a photo caption
     * ("Fire crews battle the blazing rig in April last year", "Teenagers sanitize their hands ... May 20, 2009"),
     * not a report of a happening, which news tells in the past tense.
     */
    static boolean caption(AnalyzedText text, EventMention e, Mention timex, Optional<java.time.LocalDate> dct) {
        if (DatedLists.opensALine(text, timex)) {
            // "Sept. 7: The government seizes Fannie Mae": a dated list tells its items in the present; "May 1: Birds
            // fly past oil booms", a gallery's caption, dates a picture, whatever its verbs tell
            return DatedLists.caption(text, timex);
        }
        if (e.tense() != Tense.PRESENT || e.aspect() != Aspect.NONE || dct.isEmpty() || !e.token().isVerb()) {
            return false; // "has hanged" tells a past happening
        }
        boolean participle = LanguageLayer.english().maybeSimplePast(e.token().text());
        if (participle && !(presentPassive(text, e) && captionDate(text, timex, true))) {
            // "hit" may be the past tense; after "is" a past participle is a present passive, a caption's when it
            // ends on a full date ("The damaged hull is raised from the Gulf of Finland on March 3, 2011.")
            return false;
        }
        if (opensTheSentenceWithItsComma(text, timex)
                && !ClauseBoundaries.inRelativeClause(text, e.token().index())) {
            return false; // "On March 12, 1933, Roosevelt delivers his first fireside chat": a narrative's present
        }
        try {
            When w = HappeningFilters.when(timex.value(), timex.mod().orElse(null));
            if (participle) {
                return !w.latestDay().isAfter(dct.get()); // a present passive's full date, not to come
            }
            // on the article's own day, a caption shows by its date: the page's stamp before the article's sentence
            // ("... 20.27 BST A sign at a BP petrol station is reflected in raindrops") or a full date with its year
            // that ends the sentence ("A police woman wears a mask in Mexico City April 24, 2009.")
            return w.latestDay().isBefore(dct.get())
                    || !w.latestDay().isAfter(dct.get())
                    && (stampDated(text, e, timex) || captionDate(text, timex, false));
        } catch (IllegalArgumentException | UnsupportedOperationException notADay) {
            return false;
        }
    }

    /** Whether "is" or "are" stands right before {@code e}, maybe past adverbs: a present passive ("is raised"). */
    private static boolean presentPassive(AnalyzedText text, EventMention e) {
        Sentence s = text.sentenceOf(e.token());
        int k = Phrases.beforeAdverbs(text.tokens(), s, e.token().index());
        String low = k >= s.firstToken() ? text.tokens().get(k).lowerText() : "";
        return low.equals("is") || low.equals("are");
    }

    /**
     * Whether {@code timex} opens its sentence, after a preposition or none, and a comma follows it ("On March 12,
     * 1933, Roosevelt delivers ..."): a caption puts its date last, and such a date dates the clause after it.
     */
    static boolean opensTheSentenceWithItsComma(AnalyzedText text, Mention timex) {
        List<Token> covered = text.tokensIn(timex.start(), timex.end());
        if (covered.isEmpty()) {
            return false;
        }
        Sentence s = text.sentenceOf(covered.get(0));
        int start = articleStart(text, s); // past a page's stamp or a link's label before it
        int first = covered.get(0).index();
        int after = covered.get(covered.size() - 1).index() + 1;
        boolean opens = first == start || first - 1 == start && text.tokens().get(first - 1).pos().equals("IN");
        return opens && after < s.endToken() && text.tokens().get(after).text().equals(",");
    }

    /** Whether {@code timex} lies in the page's stamp before the article's sentence that holds event {@code e}. */
    static boolean stampDated(AnalyzedText text, EventMention e, Mention timex) {
        Sentence s = text.sentenceOf(e.token());
        int start = articleStart(text, s);
        return start > s.firstToken() && timex.end() <= text.tokens().get(start).start();
    }

    /**
     * Whether {@code timex} is written as a caption dates its picture: a day with its year ("April 24, 2009"), after
     * a preposition only where {@code afterAPreposition} ("on March 3, 2011"), and nothing but the sentence's full
     * stop after it.
     */
    private static boolean captionDate(AnalyzedText text, Mention timex, boolean afterAPreposition) {
        List<Token> covered = text.tokensIn(timex.start(), timex.end());
        if (covered.isEmpty() || !YEAR_IN_DATE.matcher(timex.text()).find() || timex.value().length() != 10) {
            return false;
        }
        Token first = covered.get(0);
        Token last = covered.get(covered.size() - 1);
        Sentence s = text.sentenceOf(first);
        boolean governed = first.index() > s.firstToken() && text.tokens().get(first.index() - 1).pos().equals("IN");
        boolean ends = last.index() + 1 == s.endToken() || last.index() + 2 == s.endToken()
                && text.tokens().get(last.index() + 1).text().equals(".");
        return (afterAPreposition || !governed) && ends;
    }
}
