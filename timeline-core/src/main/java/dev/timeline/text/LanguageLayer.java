package dev.timeline.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The English language layer: splits a text into sentences and tokens and gives each token its part of speech and
 * lemma, with offsets into the original text.
 *
 * <p>Tokens and sentences come from a one-pass tokenizer that follows the Penn Treebank's conventions (clitics
 * apart, abbreviations whole). Parts of speech come from Apache OpenNLP's maximum-entropy tagger, decoded greedily,
 * with the model
 * trained on the Universal Dependencies English Web Treebank ({@code opennlp-models-pos-en}, Apache-2.0); the
 * Penn Treebank tag ({@link Token#pos()}) adds what the suffix and the auxiliaries before it tell (VBD against VBN,
 * NNS); lemmas come from a table of irregular verbs and suffix rules.
 *
 * <p>A line break ends a sentence unless the next line starts in lower case (a wrapped line) or the line ends on a
 * word no sentence ends on ("approved the choice in⏎⏎August.", across one blank line): news paragraphs, headlines
 * and datelines are lines of their own. Sentences longer than {@value #MAX_TAGGED} tokens are tagged in
 * pieces, and text that runs on for {@value #MAX_SENTENCE} tokens without a sentence end is cut there (news
 * sentences stay under about 120 tokens, lists run on to 300), so that the cost stays linear in the length of the
 * text whatever its shape. A long line is read in windows of about {@value #WINDOW} characters, so the memory a call
 * needs beyond its result does not grow with the line.
 *
 * <p>The model loads once per JVM, on first use. The layer is immutable and thread-safe: each thread gets its own
 * decoder over the shared model.
 */
public final class LanguageLayer {
    /** The longest run of tokens tagged at once. */
    static final int MAX_TAGGED = 150;
    /** The longest sentence: text without a sentence end is cut after this many tokens. */
    static final int MAX_SENTENCE = 200;
    /** How many characters of a long line are tokenized at a time (more to reach a space). */
    static final int WINDOW = 1 << 16;
    /** About how many tokens one piece of a long text holds: 20,000 tokens are about 100 KB of news. */
    static final int PIECE = 20_000;

    /** Nouns the tagger may take for an adverb or a pronoun. */
    private static final java.util.Set<String> NOUNS_AFTER_ARTICLES = java.util.Set.of("well", "mine");
    /** The days a news sentence may name between its subject and its verb ("Tung on Wednesday cancelled"). */
    private static final java.util.Set<String> DAYS = java.util.Set.of("monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "yesterday", "today");
    /** Finite forms of "be", "have" and "do" and the modals: a subject comes before them, never an imperative. */
    private static final java.util.Set<String> FINITE_AUXILIARIES = java.util.Set.of("is", "was", "are", "were",
            "has", "had", "does", "did", "will", "would", "can", "could", "may", "might", "must", "should", "shall");
    /** The articles in lower case: a closed class, whatever the model says of them after a date. */
    private static final java.util.Set<String> ARTICLES = java.util.Set.of("a", "an", "the");
    /** Pronouns that are only objects: "warning them", "urging him". */
    private static final java.util.Set<String> OBJECT_PRONOUNS = java.util.Set.of("them", "him", "us", "me");
    /** Number words above one, which a tagger may take for pronouns: "shot dead four/PRON suspects". */
    private static final java.util.Set<String> NUMBER_WORDS = java.util.Set.of("two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred");
    /** Endings of adverbs in "-ly" that no English noun has ("severely", "seriously", "allegedly"). */
    private static final java.util.List<String> ADVERB_ENDINGS = java.util.List.of("ely", "ously", "ively", "fully",
            "ably", "ibly", "edly", "ingly", "ally");
    /** Prepositions and subordinating conjunctions: a closed class ({@code prepositions.txt}). */
    static final java.util.Set<String> PREPOSITIONS = Lemmas.words("prepositions.txt");
    /** Endings of nouns that the tagger takes for a preposition before a weekday or a name. */
    private static final java.util.List<String> NOUN_SUFFIXES = java.util.List.of("tion", "sion", "ment", "al",
            "over", "ance", "ence", "ure", "ity", "ism", "ship", "ness", "out");
    /** Marks after which a clause opens in a list of dated items ("May 2 - Obama visits ...", "June 14: ..."). */
    private static final java.util.Set<String> CLAUSE_DASHES = java.util.Set.of("-", "--", "\u2013", "\u2014", ":");
    /** Prefixes of hyphenated verbs ("re-elected", "co-founded"). */
    private static final java.util.Set<String> VERB_PREFIXES = java.util.Set.of("re", "co", "pre", "de", "un",
            "over", "out", "under", "mis", "sub", "cross", "double", "fast", "short", "self", "non", "post", "anti");
    /** Simple pasts that news writes as nouns as often: never read as a verb by their place alone. */
    private static final java.util.Set<String> AMBIGUOUS_PASTS = java.util.Set.of("wound", "ground", "saw", "felt",
            "left", "spoke", "lay", "bore", "shot", "found", "bound", "fell", "lead", "led", "built", "sat", "hung");
    /** Words that open a date and go on with no noun phrase a past could modify: "sank last month", "rose today". */
    private static final java.util.Set<String> DATE_OPENERS = java.util.Set.of("last", "yesterday", "today",
            "tonight");
    private static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final LanguageLayer ENGLISH = new LanguageLayer();

    /** What the tagger makes of each word, worked out once for all threads. */
    private final java.util.concurrent.ConcurrentMap<String, PosTagger.Word> words =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final ThreadLocal<PosTagger> taggers = ThreadLocal.withInitial(() -> new PosTagger(Model.POS, words));

    private static final class Model {
        static final PosModel POS = load();
    }

    private LanguageLayer() {
    }

    /** Returns the English language layer. */
    public static LanguageLayer english() {
        return ENGLISH;
    }

    /**
     * Analyzes {@code text}. Never throws for a non-null text; an empty or blank text has no tokens.
     *
     * @throws NullPointerException if {@code text} is null
     */
    public AnalyzedText analyze(CharSequence text) {
        return analyze(text, null);
    }

    /**
     * Analyzes only the sentences of {@code text} that hold one of {@code offsets} (character indexes): the others
     * have no tokens in the result. Offsets outside the text are ignored. For callers that need a few sentences of a
     * long text, such as those with a date.
     *
     * @throws NullPointerException if an argument is null
     */
    public AnalyzedText analyzeAround(CharSequence text, int[] offsets) {
        Objects.requireNonNull(offsets, "offsets");
        int[] sorted = offsets.clone();
        java.util.Arrays.sort(sorted);
        return analyze(text, sorted);
    }

    /**
     * Analyzes the sentences of {@code text} that hold one of {@code offsets}, as {@link #analyzeAround(CharSequence,
     * int[])} does, but hands them to {@code pieces} in text order as several analyzed texts of about
     * {@value #PIECE} tokens each (a piece ends with a sentence), so that a long text is never analyzed whole at once.
     * A text of fewer tokens is one piece, the same as {@link #analyzeAround(CharSequence, int[])} gives; sentence
     * and token indexes count from the start of each piece.
     *
     * @throws NullPointerException if an argument is null
     */
    public void analyzeAround(CharSequence text, int[] offsets, Consumer<AnalyzedText> pieces) {
        Objects.requireNonNull(pieces, "pieces");
        analyzeAroundLater(text, offsets, piece -> pieces.accept(piece.get()));
    }

    /**
     * Splits {@code text} as {@link #analyzeAround(CharSequence, int[], Consumer)} does and hands {@code pieces} the
     * same pieces in text order, but not yet tagged: each supplier tags its piece when asked, on the thread that asks,
     * so that a caller may tag several pieces at once on several threads. Each supplier may be asked once or more,
     * from any thread.
     *
     * @throws NullPointerException if an argument is null
     */
    public void analyzeAroundLater(CharSequence text, int[] offsets, Consumer<Supplier<AnalyzedText>> pieces) {
        Objects.requireNonNull(offsets, "offsets");
        Objects.requireNonNull(pieces, "pieces");
        int[] sorted = offsets.clone();
        java.util.Arrays.sort(sorted);
        analyze(text, sorted, PIECE, pieces);
    }

    /**
     * Returns the lemma of {@code word} if it is the simple past of an irregular verb ("rose" is "rise", "sank" is
     * "sink"), whatever its part of speech: for callers that must read as a verb a word the tagger took for a noun
     * ("Crude oil prices rose/NN slightly").
     *
     * @throws NullPointerException if {@code word} is null
     */
    public Optional<String> irregularPastLemma(String word) {
        return Lemmas.irregularPast(word.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Returns the lemma of {@code word} read as the past of a verb: an irregular past ("rose" -> "rise") or a form in
     * "-ed" ("closed" -> "close", "wounded" -> "wound"), whatever its part of speech: for callers that must read as a
     * verb a word the tagger took for an adjective ("Share prices closed/JJ lower", "were wounded/JJ").
     *
     * @throws NullPointerException if {@code word} is null
     */
    public Optional<String> pastLemma(String word) {
        return Lemmas.past(word.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Returns the lemma of {@code word} read as a verb, whatever its part of speech: for callers that must read as a
     * verb a word the tagger took for a noun ("spent Saturday clearing/NN debris" -> "clear").
     *
     * @throws NullPointerException if {@code word} is null
     */
    public String verbLemma(String word) {
        String low = word.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
        return Lemmas.lemma(word, low, "VERB");
    }

    /**
     * Whether {@code word} may be the simple past of a verb, whatever a tagger made of it: a form in "-ed" or an
     * irregular past, those spelled like their lemma ("hit", "put", "set") included.
     *
     * @throws NullPointerException if {@code word} is null
     */
    public boolean maybeSimplePast(String word) {
        return Lemmas.isSimplePast(word.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Returns the {@code [start, end)} character spans of the sentences of {@code text}, in order, split as
     * {@link #analyze} splits them but without tagging: for callers that need sentences only.
     *
     * @throws NullPointerException if {@code text} is null
     */
    public List<TextSpan> sentences(CharSequence text) {
        String s = Objects.requireNonNull(text, "text").toString();
        List<TextSpan> out = new ArrayList<>();
        eachSentence(s, sentence -> out.add(new TextSpan(sentence.get(0)[0], sentence.get(sentence.size() - 1)[1])));
        return out;
    }

    /** Splits {@code s} into sentences and hands each, as the spans of its tokens, to {@code action}, in order. */
    private static void eachSentence(String s, Consumer<List<int[]>> action) {
        List<int[]> spans = new ArrayList<>();
        for (int[] block : Lines.blocks(s)) {
            spans.clear();
            int at = block[0];
            while (at < block[1]) {
                int cut = windowEnd(s, at, block[1]);
                Tokenizer.tokenize(s, at, cut, spans);
                boolean last = cut >= block[1];
                int from = 0;
                while (from < spans.size()) {
                    int to = SentenceEnds.next(s, spans, from, MAX_SENTENCE);
                    if (to == spans.size() && !last && to - from < MAX_SENTENCE) {
                        break; // the sentence may go on in the next window
                    }
                    action.accept(spans.subList(from, to));
                    from = to;
                }
                spans.subList(0, from).clear();
                at = cut;
            }
        }
    }

    /**
     * Where the window of a block that starts at {@code at} ends: at the first space after {@code WINDOW} characters,
     * so that no token is cut (a token never holds a space); in a run of {@code 2 * WINDOW} characters without one, at
     * its end, between two characters of no surrogate pair.
     */
    private static int windowEnd(String s, int at, int blockEnd) {
        if (blockEnd - at <= WINDOW) {
            return blockEnd;
        }
        int limit = Math.min(blockEnd, at + 2 * WINDOW);
        for (int i = at + WINDOW; i < limit; i++) {
            if (Character.isWhitespace(s.charAt(i)) || Character.isSpaceChar(s.charAt(i))) {
                return i;
            }
        }
        return limit < blockEnd && Character.isLowSurrogate(s.charAt(limit)) ? limit + 1 : limit;
    }

    /**
     * Returns the {@code [start, end)} character spans of the tokens of {@code text}, in order, as {@link #analyze}
     * splits them (Penn Treebank conventions: clitics and punctuation apart) but without tagging.
     *
     * @throws NullPointerException if {@code text} is null
     */
    public List<TextSpan> tokens(CharSequence text) {
        String s = Objects.requireNonNull(text, "text").toString();
        List<int[]> spans = new ArrayList<>();
        for (int[] block : Lines.blocks(s)) {
            Tokenizer.tokenize(s, block[0], block[1], spans);
        }
        return spans.stream().map(span -> new TextSpan(span[0], span[1])).toList();
    }

    private AnalyzedText analyze(CharSequence text, int[] wanted) {
        List<Supplier<AnalyzedText>> whole = new ArrayList<>(1);
        analyze(text, wanted, Integer.MAX_VALUE, whole::add);
        return whole.isEmpty() ? AnalyzedText.of(text.toString(), List.of(), List.of()) : whole.get(0).get();
    }

    /**
     * Splits {@code text} into sentences, keeps those that hold one of {@code wanted} (all when null) and hands them to
     * {@code pieces} once a piece holds {@code piece} tokens, and at the end, each to be tagged when its supplier is
     * asked; an empty text makes no piece.
     */
    private void analyze(CharSequence text, int[] wanted, int piece, Consumer<Supplier<AnalyzedText>> pieces) {
        String s = Objects.requireNonNull(text, "text").toString();
        List<List<int[]>> held = new ArrayList<>();
        int[] tokens = {0};
        eachSentence(s, sentence -> {
            if (wanted != null && !holdsAny(wanted, sentence.get(0)[0], sentence.get(sentence.size() - 1)[1])) {
                return;
            }
            held.add(new ArrayList<>(sentence)); // the spans of the window's list, which the next window reuses
            tokens[0] += sentence.size();
            if (tokens[0] >= piece) {
                List<List<int[]>> sentences = List.copyOf(held);
                pieces.accept(() -> tagged(s, sentences));
                held.clear();
                tokens[0] = 0;
            }
        });
        if (!held.isEmpty()) {
            List<List<int[]>> sentences = List.copyOf(held);
            pieces.accept(() -> tagged(s, sentences));
        }
    }

    /** The sentences of {@code text} whose token spans are {@code spans}, tagged with the calling thread's tagger. */
    private AnalyzedText tagged(String text, List<List<int[]>> spans) {
        PosTagger tagger = taggers.get();
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>(spans.size());
        for (List<int[]> sentence : spans) {
            int first = tokens.size();
            tag(tagger, text, sentence, tokens);
            sentences.add(new Sentence(sentences.size(), tokens.get(first).start(),
                    tokens.get(tokens.size() - 1).end(), first, tokens.size()));
        }
        return AnalyzedText.of(text, tokens, sentences);
    }

    /** Whether a sorted array holds a value in {@code [start, end)}. */
    private static boolean holdsAny(int[] sorted, int start, int end) {
        int i = java.util.Arrays.binarySearch(sorted, start);
        int at = i >= 0 ? i : -i - 1;
        return at < sorted.length && sorted[at] < end;
    }

    private static void tag(PosTagger tagger, String text, List<int[]> spans, List<Token> out) {
        for (int at = 0; at < spans.size(); at += MAX_TAGGED) {
            int n = Math.min(MAX_TAGGED, spans.size() - at);
            String[] words = new String[n];
            String[] lows = new String[n]; // in lower case, each made once for the rules below
            for (int i = 0; i < n; i++) {
                int[] span = spans.get(at + i);
                words[i] = text.substring(span[0], span[1]);
                lows[i] = words[i].toLowerCase(java.util.Locale.ROOT);
            }
            String[] upos = tagger.tag(words);
            StrayTags.mend(words, lows, upos); // "the market sell-off/PUNCT", "a six-day/NOUN+PART rest"
            NameParts.mend(words, lows, upos); // "Mohamed/PRON ElBaradei", "Aung/ADV San Suu Kyi"
            PhraseHeads.mend(words, lows, upos); // "of university graduates/VERB", "the Rafah crossing/VERB"
            SubjectsBeforePasts.mend(words, lows, upos); // "Pelmar shares/VERB rose/NOUN", "Moody/ADJ 's"
            VerbsBeforeInfinitives.mend(words, lows, upos); // "Crews plan/NOUN to start"
            for (int i = 0; i < n; i++) {
                if (lows[i].equals("cannot")) {
                    upos[i] = "AUX"; // "still cannot/NOUN catch up": a modal and its negation in one word
                } else if (upos[i].equals("VERB") && lows[i].length() > 4 && lows[i].endsWith("men")
                        && !BaseVerbs.contains(lows[i])) {
                    upos[i] = "NOUN"; // "that gunmen/VERB stormed a bank": a plural in "-men" is no verb
                }
            }
            for (int i = 1; i + 1 < n; i++) {
                if (upos[i].equals("VERB") && Lemmas.isPossessivePronoun(lows[i - 1]) && (!lows[i - 1].equals("her")
                        || i < 2 || !OBJECT_CONTROL.contains(lows[i - 2]))) {
                    upos[i] = "NOUN"; // "left her post/VERB today": a possessive pronoun opens a noun phrase
                }
                if (upos[i].equals("AUX") && isPossessiveS(lows[i]) && upos[i - 1].equals("PROPN")
                        && upos[i + 1].equals("NOUN")) {
                    upos[i] = "PUNCT"; // "Tarnland's/AUX stock market plunged": a name's possessive before a noun
                } else if (upos[i].equals("VERB") && isPossessiveS(lows[i - 1])
                        && Lemmas.endsLikeAPlural(lows[i])) {
                    upos[i] = "NOUN"; // "Toyota's shares/VERB fell": a possessive opens a noun phrase
                } else if (upos[i - 1].equals("AUX") && MODALS.contains(words[i - 1])
                        && (upos[i].equals("ADJ") || upos[i].equals("NOUN")) && words[i].equals(lows[i])) {
                    upos[i] = "VERB"; // "it would close/ADJ 40 branches": a modal takes a verb
                } else if (isBaseAfterPossessive(words, lows, upos, i) || isBaseAfterAYearModifier(words, upos, i)) {
                    upos[i] = "NOUN"; // "for Tuesday's match/VERB", "after a deadly 2005 refinery/VERB explosion"
                } else if ((upos[i].equals("VERB") || upos[i].equals("AUX"))
                        && Character.isUpperCase(words[i].charAt(0))
                        && isPossessiveS(lows[i + 1])
                        && i + 2 < n && (upos[i + 2].equals("NOUN") || upos[i + 2].equals("ADJ"))) {
                    upos[i] = "PROPN"; // "Chen and Zhang/VERB's nominations": a capitalized word before "'s" and a noun
                }
            }
            if (at == 0 && n > 1 && pluralTakenForVerb(words[0], upos[0])) {
                upos[0] = "NOUN"; // "Troops arrested six men": no sentence opens with a verb in "-s"
            }
            if (at == 0 && isSubjectTakenForVerb(words, lows, upos)) {
                // "Tung/VERB cancelled a visit", "Defeat/VERB left the team 11th": no imperative before a past
                upos[0] = BaseVerbs.contains(lows[0]) ? "NOUN" : "PROPN";
            }
            if (at == 0 && isGerundSubject(words, lows, upos)) {
                upos[0] = "NOUN"; // "Fighting/VERB broke out in Dessa": a gerund before a finite verb is its subject
            }
            if (at == 0 && n > 2 && (upos[0].equals("ADP") || upos[0].equals("SCONJ"))
                    && !PREPOSITIONS.contains(lows[0]) && (upos[1].equals("NOUN") || upos[1].equals("PROPN"))) {
                upos[0] = "NOUN"; // "Oil/ADP prices closed lower": prepositions are a closed class
            }
            if (at == 0 && n > 2 && (upos[0].equals("PROPN") || upos[0].equals("NOUN") || upos[0].equals("ADJ"))
                    && Lemmas.isOnlyParticiple(lows[0]) && upos[1].equals("ADP")) {
                upos[0] = "VERB"; // "Born/PROPN in Lenport on November 25, 1915, Venn": a participle opens its phrase
            }
            if (at == 0 && isNounTakenForImperative(words, upos)) {
                upos[0] = upos[1].equals("PROPN") ? "PROPN" : "NOUN"; // "Share/VERB prices closed lower Thursday"
            }
            if (at == 0 && n > 2 && upos[0].equals("ADJ") && upos[1].equals("VERB") && lows[0].endsWith("er")
                    && lows[0].length() > 4 && Character.isUpperCase(words[0].charAt(0))) {
                upos[0] = "PROPN"; // "Federer/ADJ beat Roddick": a surname in "-er" opens the sentence, no comparative
            }
            for (int i = 1; i < n; i++) {
                if (isObjectTakenForPresent(words, lows, upos, i)) {
                    upos[i] = "NOUN"; // "The Liberals won control/VERB of the Senate": no present after a past
                } else if (isCompoundModifier(words, upos, i)) {
                    upos[i] = "ADJ"; // "China's state-owned/VERB metals giant": a compound participle before a noun
                } else if (isPastTakenForNoun(words, lows, upos, i)) {
                    upos[i] = "VERB"; // "The Deepwater Horizon rig sank/NOUN on 20 April"
                } else if (isPastTakenForAdjective(lows, upos, i)) {
                    upos[i] = "VERB"; // "Oil prices fell/ADJ sharply", "Toyota's shares fell/ADJ 3 percent"
                } else if (isPastAfterItsDay(lows, upos, i)) {
                    upos[i] = "VERB"; // "The Liberals on Tuesday won/ADJ control", "on Tuesday won/NOUN the vote"
                } else if (isParticipleAfterHave(lows, upos, i)) {
                    upos[i] = "VERB"; // "Israel had closed/ADJ Rafah": a perfect, not "had" and an adjective"
                } else if (isVerbTakenForPlural(words, lows, upos, i)
                        || VerbsInS.isVerbAfterSubject(words, lows, upos, i)) {
                    upos[i] = "VERB"; // "The new rule replaces/NOUN a levy": a noun phrase, then a verb and its object
                } else if (isNounTakenForPresent(words, lows, upos, i) || isNounTakenForPresentBeforeAPast(words, lows,
                        upos, i)) {
                    upos[i] = "NOUN"; // "A tropical storm watch/VERB was issued": no present before a finite "was"
                } else if (isAdjectiveEndingANumberedPhrase(lows, upos, i)) {
                    upos[i] = "NOUN"; // "ahead of the March 8 final/ADJ against Dorn": the phrase's head
                } else if (isNounInNounPhrase(words, lows, upos, i)) {
                    upos[i] = "NOUN"; // "the relief well", "a coal mine": no adverb or pronoun after an article
                } else if (i + 1 < n && !upos[i].equals("VERB") && words[i + 1].equalsIgnoreCase("dead")
                        && Lemmas.irregularPast(lows[i]).isPresent()) {
                    upos[i] = "VERB"; // "Police shot/NOUN dead two robbers": a past tense before "dead"
                }
            }
            for (int i = 1; i < n; i++) {
                if (isParticipleAfterAnArticle(lows, upos, i)) {
                    upos[i] = "ADJ"; // "one of the affected/VERB pelican nesting grounds": no verb after "the"
                } else if (isAdverbTakenForAdjective(words, upos, i)) {
                    upos[i] = "ADV"; // "a man severely/ADJ disfigured by an accident": no verb after an adjective
                } else if (isNounTakenForAdjective(words, upos, i)) {
                    upos[i] = "NOUN"; // "The rig/ADJ exploded": an adjective heads no noun phrase before its verb
                } else if (isNounTakenForPreposition(lows[i], upos[i])) {
                    upos[i] = "NOUN"; // "passed legislation/ADP Wednesday": prepositions are a closed class
                } else if ((upos[i].equals("ADP") || upos[i].equals("SCONJ")) && !PREPOSITIONS.contains(lows[i])
                        && (Lemmas.irregularPast(lows[i]).isPresent()
                        || lows[i].length() > 4 && lows[i].endsWith("ed"))) {
                    upos[i] = "VERB"; // "The ruling party won/ADP the election": a past is no preposition
                } else if (isVerbTakenForPronoun(lows, upos, i)
                        || isVerbTakenForNounBeforeAName(words, lows, upos, i)) {
                    upos[i] = "VERB"; // "moved to hike/PRON the federal funds rate": a verb's base form after "to"
                } else if (upos[i].equals("NOUN") && lows[i].endsWith("ing") && i + 1 < n
                        && OBJECT_PRONOUNS.contains(lows[i + 1])) {
                    upos[i] = "VERB"; // "dropped leaflets warning/NOUN them to leave": no noun takes "them"
                } else if (NUMBER_WORDS.contains(lows[i]) && upos[i].equals("PRON")) {
                    upos[i] = "NUM"; // "Police shot dead four/PRON suspects": a number word is no pronoun
                    if (i + 1 < n && upos[i + 1].equals("VERB") && Lemmas.endsLikeAPlural(lows[i + 1])) {
                        upos[i + 1] = "NOUN"; // "four suspects/VERB": what the number counts
                    }
                } else if (Lemmas.isPossessivePronoun(lows[i]) && !upos[i].equals("PRON")) {
                    upos[i] = "PRON"; // "since its/FW August 1990 invasion": a closed class
                } else if (ARTICLES.contains(words[i]) && !upos[i].equals("DET")) {
                    upos[i] = "DET"; // "issued on Monday a/ADP letter": a closed class
                }
            }
            String previous = "";
            String beforePrevious = "";
            for (int i = 0; i < n; i++) {
                int start = spans.get(at + i)[0];
                String low = lows[i].replace('\u2019', '\'');
                String lemma = Lemmas.lemma(words[i], low, upos[i]);
                String pos = Lemmas.penn(words[i], low, upos[i], lemma, previous, beforePrevious);
                if (pos.equals("VBD") && (isModifierOfNoun(words, upos, i) && !Lemmas.isOnlySimplePast(low)
                        || isParticipleBeforeItsClausesVerb(lows, upos, i))) {
                    // "two suspected robbers", "the injured man": a participle before its noun; not a past that
                    // is never a participle ("the iPhone 4 began Tuesday")
                    pos = "VBN";
                }
                out.add(Token.of(out.size(), start, start + words[i].length(), words[i], pos, lemma));
                if (!pos.equals("RB")) {
                    beforePrevious = previous;
                    // "Moody's downgraded": a possessive "'s" is no "has" before a participle
                    previous = pos.equals("POS") ? "" : lows[i];
                }
            }
        }
    }

    /**
     * Whether word {@code i}, tagged a verb in its base form, stands between a noun or an adjective and a finite form of
     * "be" or "have" ("A tropical storm watch/VERB was issued", "the death toll/VERB has risen"): two finite verbs do
     * not follow each other, and the word ends the noun phrase.
     */
    private static boolean isNounTakenForPresent(String[] words, String[] lows, String[] upos, int i) {
        return upos[i].equals("VERB") && i + 1 < words.length && BE_OR_HAVE.contains(lows[i + 1])
                && (upos[i - 1].equals("NOUN") || upos[i - 1].equals("ADJ"))
                && Character.isLowerCase(words[i].charAt(0)) && Lemmas.lemma(words[i], lows[i], "VERB").equals(lows[i]);
    }

    /**
     * Whether word {@code i}, tagged a verb in its base form or in "-s" (or an auxiliary, which it is not), ends a noun
     * phrase that an article or a possessive opens, right before a verb in the past ("The Quessel spill/VERB occurred
     * in 1979", "a deadly car bomb attack/VERB killed six", "the quake-hit areas/VERB resumed classes", "The
     * nationalist right wing/VERB took power"): two finite verbs do not follow each other.
     */
    private static boolean isNounTakenForPresentBeforeAPast(String[] words, String[] lows, String[] upos, int i) {
        // not an auxiliary ("the two sides have agreed"), nor a verb whose past is its base ("the government cut
        // planned spending"), nor an adverb ("the Velo Republic Friday formally/VERB joined")
        boolean verb = (upos[i].equals("VERB") || upos[i].equals("AUX")) && !AUXILIARIES.contains(lows[i])
                && !Lemmas.pastIsBase(lows[i]) && !lows[i].endsWith("ly") && !ADVERBS_BEFORE_A_PAST.contains(lows[i]);
        String lemma = Lemmas.lemma(words[i], lows[i], "VERB");
        if (!verb || i + 1 >= words.length || !upos[i + 1].equals("VERB")
                || !Character.isLowerCase(words[i].charAt(0))
                || !(lemma.equals(lows[i]) || Lemmas.endsLikeAPlural(lows[i]))
                || !(Lemmas.irregularPast(lows[i + 1]).isPresent() || lows[i + 1].length() > 4
                && lows[i + 1].endsWith("ed"))) {
            return false;
        }
        for (int k = i - 1; k >= Math.max(0, i - PHRASE_BEFORE_A_PAST); k--) {
            if (isPossessiveS(lows[k]) && k > 0 && (upos[k - 1].equals("PROPN") || upos[k - 1].equals("NOUN"))) {
                return true; // "Ivo Rask's widow/VERB said": a possessive opens a noun phrase
            }
            if (upos[k].equals("DET")) {
                return k < i - 1; // "The Velo spill", not "the spill" alone ("that spill" may be a relative's verb)
            }
            // "the nationalist right/ADV wing": an adverb in "-ly" or one of time would modify the verb
            boolean adverb = upos[k].equals("ADV") && !lows[k].endsWith("ly") && words[k].equals(lows[k])
                    && !ADVERBS_BEFORE_A_PAST.contains(lows[k]);
            if (!(upos[k].equals("NOUN") || upos[k].equals("PROPN") || upos[k].equals("ADJ") || adverb)) {
                return false;
            }
        }
        return false;
    }

    /** How many words may stand between the article of a noun phrase and its head misread as a present. */
    private static final int PHRASE_BEFORE_A_PAST = 4;
    /** Adverbs the tagger takes for a present before a past ("Dorn then/VERB offered to help"). */
    private static final java.util.Set<String> ADVERBS_BEFORE_A_PAST = java.util.Set.of("then", "also", "now", "still",
            "just", "again", "later", "soon", "already", "once", "never", "ever", "only", "even");

    /**
     * The auxiliaries of English, {@link #FINITE_AUXILIARIES} and the other forms: a word the tagger calls one and is
     * none of these is no auxiliary.
     */
    private static final java.util.Set<String> AUXILIARIES = com.google.common.collect.Sets.union(FINITE_AUXILIARIES,
            java.util.Set.of("be", "am", "been", "being", "have", "having", "do", "ought", "'s", "'re", "'ve", "'d",
                    "'ll", "'m")).immutableCopy();

    /** Finite forms of "be" and "have" that a subject's noun phrase comes right before. */
    private static final java.util.Set<String> BE_OR_HAVE = java.util.Set.of("is", "was", "are", "were", "has",
            "had", "have");

    /**
     * Whether word {@code i}, tagged an adjective, ends a noun phrase that a determiner opens and a number or a date
     * stands in, before a preposition or punctuation ("the March 8 final/ADJ against Dorn", "the 2008 final/ADJ in
     * Moscow"): an adjective ends no such phrase, it is the noun it would modify.
     */
    private static boolean isAdjectiveEndingANumberedPhrase(String[] lows, String[] upos, int i) {
        if (!upos[i].equals("ADJ") || !upos[i - 1].equals("NUM") || i + 1 >= upos.length
                || !(upos[i + 1].equals("ADP") || upos[i + 1].equals("PUNCT"))) {
            return false;
        }
        for (int k = i - 2; k >= Math.max(0, i - 4); k--) {
            if (upos[k].equals("DET")) {
                return true;
            }
            if (!(upos[k].equals("PROPN") || upos[k].equals("NUM"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the sentence opens with a gerund right before a finite verb, a past or a form of "be" or "have"
     * ("Fighting broke out", "Voting was halted", "Shelling has resumed"): the gerund is the subject, no participle
     * opening a phrase ("Fighting back tears, she said" has a comma and a subject after it).
     */
    private static boolean isGerundSubject(String[] words, String[] lows, String[] upos) {
        if (words.length < 3 || !upos[0].equals("VERB") || !lows[0].endsWith("ing") || lows[0].length() < 5
                || !Character.isUpperCase(words[0].charAt(0)) || words[2].equals(",")
                || lows[0].equals("having") || lows[0].equals("being")) {
            // "Looking tired, the president left": the participle's phrase ends at its comma; "Having carved a
            // niche": a perfect participle
            return false;
        }
        return FINITE_AUXILIARIES.contains(lows[1]) || upos[1].equals("VERB") && (Lemmas.isOnlySimplePast(lows[1])
                || Lemmas.irregularPast(lows[1]).isPresent() || lows[1].endsWith("ed"));
    }

    /**
     * Whether word {@code i}, tagged a pronoun, is the base form of a verb ({@link BaseVerbs}) between "to" and an
     * article or a possessive: pronouns are a closed class, and "to hike the rate" governs an object.
     */
    private static boolean isVerbTakenForPronoun(String[] lows, String[] upos, int i) {
        return upos[i].equals("PRON") && lows[i - 1].equals("to") && i + 1 < lows.length
                && (upos[i + 1].equals("DET") || Lemmas.isPossessivePronoun(lows[i + 1]))
                && BaseVerbs.contains(lows[i]);
    }

    /**
     * Whether word {@code i}, tagged a noun in lower case, is the base form of a verb ({@link BaseVerbs}) between "to"
     * and a name that is no day or month: "a decree to fire/NOUN Zaitsev", "to urge/NOUN Bob Dudley" govern the
     * person ("went to court Tuesday" keeps its noun).
     */
    private static boolean isVerbTakenForNounBeforeAName(String[] words, String[] lows, String[] upos, int i) {
        return upos[i].equals("NOUN") && lows[i - 1].equals("to") && i + 1 < lows.length
                && words[i].equals(lows[i]) && upos[i + 1].equals("PROPN") && !DAYS.contains(lows[i + 1])
                && !MONTHS.contains(lows[i + 1]) && BaseVerbs.contains(lows[i]);
    }

    /** The months, which a name after "to" may be: "postponed to March" dates, names no one. */
    private static final java.util.Set<String> MONTHS = java.util.Set.of("january", "february", "march", "april",
            "may", "june", "july", "august", "september", "october", "november", "december", "jan.", "feb.", "aug.",
            "sept.", "sep.", "oct.", "nov.", "dec.");

    /**
     * Whether word {@code i}, tagged a verb, is a participle in "-ed" between an article and a noun or an adjective
     * ("the affected/VERB pelican nesting grounds", "an injured/VERB soldier"): a noun phrase's modifier, not a verb in
     * a tense; "the injured were taken" (no noun after it) stays.
     */
    private static boolean isParticipleAfterAnArticle(String[] lows, String[] upos, int i) {
        return upos[i].equals("VERB") && lows[i].endsWith("ed") && ARTICLES.contains(lows[i - 1])
                && i + 1 < lows.length && (upos[i + 1].equals("NOUN") || upos[i + 1].equals("ADJ")
                // "the affected/VERB pelican/ADP": a noun the model took for a preposition, a closed class
                || upos[i + 1].equals("ADP") && !PREPOSITIONS.contains(lows[i + 1]));
    }

    /**
     * Whether word {@code i}, tagged an adjective or a noun, is an adverb in "-ly" with an ending no noun and no
     * adjective of seven letters or more has, before the verb, adjective or adverb it modifies ("severely/ADJ
     * disfigured").
     */
    private static boolean isAdverbTakenForAdjective(String[] words, String[] upos, int i) {
        String w = words[i];
        if (!(upos[i].equals("ADJ") || upos[i].equals("NOUN")) || i + 1 >= words.length || w.length() < 7
                || !Character.isLowerCase(w.charAt(0)) || !(upos[i + 1].equals("VERB") || upos[i + 1].equals("ADJ")
                || upos[i + 1].equals("ADV"))) {
            return false;
        }
        for (String ending : ADVERB_ENDINGS) {
            if (w.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word tagged a preposition or a subordinating conjunction is a noun: it is none of those closed classes
     * ({@code prepositions.txt}) and ends as nouns do ("passed legislation/ADP Wednesday", "made a shock withdrawal/ADP
     * Thursday", "the takeover/ADP bid"), which the tagger mistakes before a weekday or a name.
     */
    private static boolean isNounTakenForPreposition(String low, String upos) {
        if (!(upos.equals("ADP") || upos.equals("SCONJ")) || PREPOSITIONS.contains(low)) {
            return false;
        }
        for (String suffix : NOUN_SUFFIXES) {
            if (low.length() > suffix.length() + 2 && low.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence's first word, capitalized and tagged a verb, is the first noun of its subject: a noun
     * follows it and a verb (or a past taken for an adjective) comes later ("Share prices closed lower", "Turnover rose
     * to 246 million shares"). News tells; the imperative that the tagger read is rare in it.
     */
    private static boolean isNounTakenForImperative(String[] words, String[] upos) {
        if (words.length < 3 || !upos[0].equals("VERB") || !Character.isUpperCase(words[0].charAt(0))
                || !(upos[1].equals("NOUN") || upos[1].equals("PROPN"))) {
            return false;
        }
        for (int k = 2; k < words.length; k++) {
            if (upos[k].equals("VERB") || upos[k].equals("AUX") || upos[k].equals("ADJ")
                    && Lemmas.seenPast(words[k].toLowerCase(java.util.Locale.ROOT)).isPresent()) {
                return true; // "closed/ADJ lower": a past the tagger took for an adjective counts
            }
        }
        return false;
    }

    /**
     * Whether the sentence's first word, capitalized and tagged a verb in its base form, is the subject of the finite
     * verb right after it, or after its day: a past, a present in "-s" or a finite auxiliary ("Tung cancelled a US
     * visit", "Wang says", "Museveni has", "Tung on Wednesday cancelled"). An imperative is followed by its object,
     * never by a finite verb; the tagger reads names it has never seen, at the start of a sentence, as one.
     */
    private static boolean isSubjectTakenForVerb(String[] words, String[] lows, String[] upos) {
        if (words.length < 3) {
            return false;
        }
        int v = lows[1].equals("on") && DAYS.contains(lows[2]) ? 3 : DAYS.contains(lows[1]) ? 2 : 1;
        if (words.length < v + 2 || !upos[0].equals("VERB") || !Character.isUpperCase(words[0].charAt(0))
                || lows[0].endsWith("ed") || lows[0].endsWith("ing") || Lemmas.irregularPast(lows[0]).isPresent()
                || !words[v].equals(lows[v])) {
            return false;
        }
        String next = lows[v];
        return switch (upos[v]) {
            case "VERB" -> next.length() > 3 && (next.endsWith("ed") || next.endsWith("s") && !next.endsWith("ss"))
                    || Lemmas.irregularPast(next).isPresent();
            case "AUX" -> FINITE_AUXILIARIES.contains(next);
            default -> false;
        };
    }

    /**
     * Whether word {@code i}, a noun that is also an adverb or a pronoun ("well", "mine"), is the head of a noun phrase
     * that an article or possessive opens, with only adjectives, adverbs, nouns, numbers and hyphens between ("capped
     * the relief well", "the nearly mile-deep well", "in a coal mine", "BP's underwater Macondo well") or a participle
     * right after the article ("its leaking well"), whatever the tagger made of it ("prices well above", "a friend of
     * mine" keep their tags).
     */
    private static boolean isNounInNounPhrase(String[] words, String[] lows, String[] upos, int i) {
        if (upos[i].equals("NOUN") || !NOUNS_AFTER_ARTICLES.contains(lows[i])) {
            return false;
        }
        for (int k = i - 1; k >= Math.max(0, i - 6); k--) {
            if (isNamePossessive(words, upos, k)) {
                return true; // "BP's underwater Macondo well": a name's possessive opens it ("It's well known" not)
            }
            switch (upos[k]) {
                case "DET":
                    return true;
                case "PRON":
                    return Lemmas.isPossessivePronoun(words[k]);
                case "VERB":
                    // "its leaking well", "BP's leaking well", "the abandoned mine": a participle right after the
                    // article or possessive
                    return (lows[k].endsWith("ing") || lows[k].endsWith("ed")) && k - 1 >= 0
                            && (upos[k - 1].equals("DET") || Lemmas.isPossessivePronoun(words[k - 1])
                            || isNamePossessive(words, upos, k - 1));
                case "ADJ", "NOUN", "PROPN", "NUM", "ADV":
                    break; // "the nearly mile-deep well"
                case "PUNCT":
                    // a hyphen, or a hyphenated word the tagger took for punctuation ("mile-deep/PUNCT")
                    if (!words[k].equals("-") && words[k].chars().noneMatch(Character::isLetter)) {
                        return false;
                    }
                    break;
                default:
                    return false;
            }
        }
        return false;
    }

    /** Whether word {@code k} is the "'s" of a noun or name before it ("BP's"), not "it's". */
    private static boolean isNamePossessive(String[] words, String[] upos, int k) {
        return isPossessiveS(words[k]) && k - 1 >= 0 && (upos[k - 1].equals("PROPN") || upos[k - 1].equals("NOUN"));
    }

    /**
     * Whether word {@code i}, tagged a verb in its base form, stands right after a possessive "'s" ("warmed up for
     * Tuesday's match/VERB", "Hamas's win"): no verb follows a possessive, and a contracted "is" or "has" is no
     * possessive and takes a participle ("he's gone").
     */
    private static boolean isBaseAfterPossessive(String[] words, String[] lows, String[] upos, int i) {
        return upos[i].equals("VERB") && isPossessiveS(lows[i - 1]) && !upos[i - 1].equals("AUX")
                && words[i].equals(lows[i]) && isBareForm(lows[i]);
    }

    /**
     * Whether word {@code i}, tagged a verb in its base form, follows a year that a determiner, an adjective or a
     * possessive opens as a modifier: before its noun ("after a deadly 2005 refinery/VERB explosion"), or as the head
     * after a noun or two, where a phrase may end ("a fatal 2019 cargo crash/VERB in Alaska"; "the 2019 crisis shook
     * the market" keeps its verb); or a month's day that "the" opens, as the head after a noun ("after the March 3
     * train crash/VERB,"). "In 2005 , prices rose" and "2005 saw" have no such opener.
     */
    private static boolean isBaseAfterAYearModifier(String[] words, String[] upos, int i) {
        if (!upos[i].equals("VERB") || !Character.isLowerCase(words[i].charAt(0)) || !isBareForm(words[i])) {
            return false;
        }
        int year = i - 1;
        while (year > i - 3 && year >= 0 && upos[year].equals("NOUN") && Character.isLowerCase(words[year].charAt(0))) {
            year--; // "2019 cargo crash"
        }
        String next = i + 1 < upos.length ? upos[i + 1] : "PUNCT";
        boolean head = next.equals("ADP") || next.equals("PUNCT") || next.equals("CCONJ");
        // "the March 3 train crash/VERB,": a month's day after the determiner, as a year
        int opener = year >= 2 && DAY.matcher(words[year]).matches() && MONTHS.contains(words[year - 1].toLowerCase(
                java.util.Locale.ROOT)) && upos[year - 2].equals("DET") && year < i - 1 ? year - 1 : year;
        return opener >= 1 && (year == i - 1 ? head || next.equals("NOUN") : head) && upos[year].equals("NUM")
                && (YEAR.matcher(words[year]).matches() || opener < year)
                && (upos[opener - 1].equals("DET") || upos[year - 1].equals("ADJ") || isPossessiveS(words[year - 1])
                && !upos[year - 1].equals("AUX") || Lemmas.isPossessivePronoun(words[year - 1]));
    }

    /** Modals in lower case, which a verb follows ("May" and "Will" may be a month and a name). */
    private static final java.util.Set<String> MODALS = java.util.Set.of("will", "would", "shall", "should", "can",
            "could", "may", "might", "must");

    /** Pronouns that open a relative clause right after its noun: "a rig that burned". */
    private static final java.util.Set<String> RELATIVE_PRONOUNS = java.util.Set.of("that", "which", "who");

    /** A day of a month, as a date before a noun writes it: "3", "20". */
    private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("[1-9]|[12][0-9]|3[01]");

    /** A year of four digits, as a modifier writes it: "2005", "1991". */
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("1[5-9][0-9]{2}|20[0-9]{2}");

    /** Whether a lower-case word is no past or participle form by its ending: not "-ed", "-ing" nor "-en". */
    private static boolean isBareForm(String low) {
        return low.length() > 2 && !low.endsWith("ed") && !low.endsWith("ing") && !low.endsWith("en");
    }

    /** Whether {@code word} is "'s", with a straight or a curly apostrophe. */
    static boolean isPossessiveS(String word) {
        return word.equals("'s") || word.equals("\u2019s");
    }

    /**
     * Whether word {@code i}, tagged a verb, is a hyphenated participle before the noun it modifies ("state-owned
     * metals giant", "Iranian-made rockets"); "re-elected the mayor" keeps its verb.
     */
    private static boolean isCompoundModifier(String[] words, String[] upos, int i) {
        String word = words[i];
        int hyphen = word.indexOf('-');
        if (!upos[i].equals("VERB") || hyphen <= 0 || i + 1 >= words.length
                || !(word.endsWith("ed") || word.endsWith("en"))) {
            return false;
        }
        String prefix = word.substring(0, hyphen).toLowerCase(java.util.Locale.ROOT);
        return !VERB_PREFIXES.contains(prefix) && (upos[i + 1].equals("NOUN") || upos[i + 1].equals("PROPN")
                || upos[i + 1].equals("ADJ"));
    }

    /** Verbs whose object "her" a bare verb follows: "let her go", "saw her leave". */
    private static final java.util.Set<String> OBJECT_CONTROL = java.util.Set.of("let", "lets", "make", "makes",
            "made", "see", "saw", "sees", "hear", "heard", "help", "helped", "helps", "watch", "watched", "have", "had",
            "has", "bid");

    /**
     * Whether word {@code i}, tagged an adjective, is the head noun of a phrase that an article or a number opens,
     * right before the phrase's verb ("The rig/ADJ exploded", "the rig/ADJ was evacuated", "One militant/ADJ was
     * killed") or a relative pronoun and its verb ("A rig/ADJ that burned").
     */
    private static boolean isNounTakenForAdjective(String[] words, String[] upos, int i) {
        // "A rig/ADJ that burned for two days sank": a relative pronoun and its verb after it, too
        int verb = i + 2 < words.length && RELATIVE_PRONOUNS.contains(words[i + 1].toLowerCase(java.util.Locale.ROOT))
                ? i + 2 : i + 1;
        if (!upos[i].equals("ADJ") || verb >= words.length
                || !(upos[verb].equals("VERB") || upos[verb].equals("AUX"))) {
            return false;
        }
        int k = i;
        while (k - 1 >= 0 && (upos[k - 1].equals("NOUN") || upos[k - 1].equals("PROPN"))) {
            k--;
        }
        return k - 1 >= 0 && (upos[k - 1].equals("DET") || upos[k - 1].equals("NUM"));
    }

    /**
     * Whether word {@code i}, tagged a noun, is the simple past of an irregular verb right after its subject, before
     * a word that cannot go on with a noun phrase ("the rig sank/NOUN on 20 April", "prices rose/NOUN 2 percent") or
     * a date that opens with "last", "yesterday" or "today" ("sank/NOUN last month"), or anywhere when it is only ever
     * a past ("the company overtook/NOUN Infogear"); not a word that news writes as a noun as often ("a knife wound in",
     * "a flu shot in"). A regular past after a noun, before a preposition or a number ("the share price closed/NOUN
     * on Friday"), is one too.
     */
    private static boolean isPastTakenForNoun(String[] words, String[] lows, String[] upos, int i) {
        String low = lows[i];
        if (!upos[i].equals("NOUN") || AMBIGUOUS_PASTS.contains(low)
                || !(upos[i - 1].equals("NOUN") || upos[i - 1].equals("PROPN") || upos[i - 1].equals("ADJ"))) {
            return false;
        }
        if (Lemmas.irregularPast(low).isEmpty()) {
            // "Norbank's share price closed/NOUN on Friday": a regular past of a verb news uses, after a noun
            return !upos[i - 1].equals("ADJ") && low.length() >= 5 && Lemmas.seenPast(low).isPresent()
                    && i + 1 < words.length
                    && (upos[i + 1].equals("ADP") || upos[i + 1].equals("NUM"));
        }
        return i + 1 >= words.length || Lemmas.isOnlySimplePast(low) || switch (upos[i + 1]) {
            case "ADP", "NUM", "ADV", "PUNCT" -> true;
            default -> DATE_OPENERS.contains(lows[i + 1]); // "the tanker sank/NOUN last month"
        };
    }

    /** Directions a market closes or ends in: "closed lower", "ended flat". */
    private static final java.util.Set<String> CLOSING_DIRECTIONS = java.util.Set.of("higher", "lower", "up", "down",
            "flat", "mixed", "unchanged", "firmer", "weaker", "stronger", "steady");

    /**
     * Whether word {@code i}, tagged an adjective, is a simple past that is never a participle ("fell", "rose",
     * "went") after the noun of its subject and before a number, a preposition, an adverb or punctuation ("Oil prices
     * fell/ADJ sharply"), or a past in "-ed" before a direction ("Oil prices closed/ADJ lower") or after a year before
     * its object ("in 2000 injured/ADJ 15 people") or after a name before a day ("President Venn announced/ADJ
     * Wednesday"), or that simple past between a name or a pronoun and a noun phrase ("He underwent/ADJ heart
     * surgery"); an adjective before a noun after its article ("a fell swoop") stays.
     */
    private static boolean isPastTakenForAdjective(String[] lows, String[] upos, int i) {
        // "Oil prices closed/ADJ lower": a past in "-ed" before the direction a market closed in
        boolean closedInADirection = lows[i].endsWith("ed") && i + 1 < lows.length
                && CLOSING_DIRECTIONS.contains(lows[i + 1]) && Lemmas.seenPast(lows[i]).isPresent();
        // "A bomb attack in 2000 injured/ADJ 15 people": a past in "-ed" after a year, before the number or article
        // of its object
        boolean afterAYear = lows[i].endsWith("ed") && upos[i - 1].equals("NUM") && YEAR.matcher(lows[i - 1]).matches()
                && i + 1 < lows.length && (upos[i + 1].equals("NUM") || upos[i + 1].equals("DET"))
                && Lemmas.past(lows[i]).isPresent();
        if (afterAYear) {
            return upos[i].equals("ADJ");
        }
        // "President Venn announced/ADJ Wednesday that": a past in "-ed" after a name, before the day news dates it by
        boolean beforeItsDay = lows[i].endsWith("ed") && upos[i - 1].equals("PROPN") && i + 1 < lows.length
                && (DAYS.contains(lows[i + 1]) || lows[i + 1].equals("on") && i + 2 < lows.length
                && DAYS.contains(lows[i + 2])) && Lemmas.past(lows[i]).isPresent();
        if (beforeItsDay) {
            return upos[i].equals("ADJ");
        }
        if (!upos[i].equals("ADJ") || !(Lemmas.isOnlySimplePast(lows[i]) || closedInADirection)
                || !(upos[i - 1].equals("NOUN") || upos[i - 1].equals("PROPN") || upos[i - 1].equals("PRON")
                || upos[i - 1].equals("VERB") && lows[i - 1].endsWith("s"))) {
            return false; // "Toyota's shares/VERB fell": the model took the subject for a verb too
        }
        return i + 1 >= lows.length || closedInADirection || switch (upos[i + 1]) {
            case "ADP", "NUM", "ADV", "PUNCT", "DET" -> true;
            // "He underwent/ADJ heart surgery": no adjective stands between a name or a pronoun and a noun phrase
            case "NOUN", "ADJ" -> upos[i - 1].equals("PROPN") || upos[i - 1].equals("PRON");
            default -> false;
        };
    }

    /**
     * Whether word {@code i}, tagged a noun or an adjective, is the simple past of an irregular verb right after the
     * day that news names between a subject and its verb ("The Liberals on Tuesday won/ADJ control of the Senate",
     * "Rebels yesterday took/NOUN the town"): after "on" and a day, or "yesterday" or "today", no noun phrase goes on.
     */
    private static boolean isPastAfterItsDay(String[] lows, String[] upos, int i) {
        if (!(upos[i].equals("NOUN") || upos[i].equals("ADJ")) || AMBIGUOUS_PASTS.contains(lows[i])
                || Lemmas.irregularPast(lows[i]).isEmpty() || !DAYS.contains(lows[i - 1])) {
            return false;
        }
        return lows[i - 1].equals("yesterday") || lows[i - 1].equals("today") || i >= 2 && lows[i - 2].equals("on");
    }

    /**
     * Whether word {@code i}, tagged an adjective in "-ed" right after a form of "have" (adverbs aside), is the
     * participle of a perfect: no noun follows it ("Israel had closed/ADJ Rafah earlier Thursday", "has ended/ADJ
     * in a draw"; "had limited success" keeps its adjective).
     */
    private static boolean isParticipleAfterHave(String[] lows, String[] upos, int i) {
        if (!upos[i].equals("ADJ") || !lows[i].endsWith("ed") || lows[i].length() < 5) {
            return false;
        }
        int k = i - 1;
        while (k > 0 && upos[k].equals("ADV")) {
            k--;
        }
        boolean have = lows[k].equals("had") || lows[k].equals("has") || lows[k].equals("have");
        return have && (i + 1 >= lows.length || switch (upos[i + 1]) {
            case "DET", "PROPN", "PRON", "ADP", "NUM", "PUNCT", "ADV", "PART" -> true;
            default -> false;
        });
    }

    /**
     * Whether word {@code i}, tagged a plural noun, is a verb in "-s" between the noun phrase that an article opens and
     * the article of its object ("The new rule replaces/NOUN a levy"): a base form of a verb plus "s", after a
     * singular noun, before "a", "an" or "the", with no preposition before the first phrase ("on world markets the
     * day after" keeps its noun).
     */
    private static boolean isVerbTakenForPlural(String[] words, String[] lows, String[] upos, int i) {
        String word = words[i];
        if (!upos[i].equals("NOUN") || i + 1 >= words.length || word.length() < 4 || !word.endsWith("s")
                || word.endsWith("ss") || !word.chars().allMatch(Character::isLowerCase)
                || !(upos[i - 1].equals("NOUN") || upos[i - 1].equals("PROPN")) || words[i - 1].endsWith("s")) {
            return false;
        }
        String next = lows[i + 1];
        if (!(next.equals("a") || next.equals("an") || next.equals("the"))) {
            return false;
        }
        String stem = word.substring(0, word.length() - 1);
        if (!BaseVerbs.contains(stem) && !(word.endsWith("es") && BaseVerbs.contains(word.substring(0,
                word.length() - 2)))) {
            return false;
        }
        int k = i - 1;
        while (k - 1 >= 0 && (upos[k - 1].equals("NOUN") || upos[k - 1].equals("ADJ") || upos[k - 1].equals("NUM")
                || upos[k - 1].equals("PROPN"))) {
            k--;
        }
        if (Character.isUpperCase(words[k].charAt(0)) && (k == 0 || CLAUSE_DASHES.contains(words[k - 1]))) {
            return true; // "May 2 - Obama visits/NOUN the Gulf Coast": a name that opens the clause is its subject
        }
        return k - 1 >= 0 && upos[k - 1].equals("DET") && (k - 2 < 0 || !upos[k - 2].equals("ADP"));
    }

    /**
     * Whether word {@code i}, a past in "-ed" right after a noun, opens a phrase that a preposition goes on with and a
     * past after it ends, with only nouns, names, numbers, articles and adjectives between ("A UN resolution
     * adopted/VBD in 1977 designated Nov. 29"): the participle of a reduced relative; the later past is the verb.
     */
    private static boolean isParticipleBeforeItsClausesVerb(String[] lows, String[] upos, int i) {
        if (i == 0 || i + 2 >= upos.length || !upos[i - 1].equals("NOUN") || !lows[i].endsWith("ed")
                || !upos[i + 1].equals("ADP")) {
            return false;
        }
        for (int k = i + 2; k < upos.length && k <= i + PARTICIPLE_PHRASE; k++) {
            switch (upos[k]) {
                case "ADP", "NUM", "PROPN", "NOUN", "DET", "ADJ" -> {
                }
                case "VERB" -> {
                    return lows[k].endsWith("ed") || Lemmas.irregularPast(lows[k]).isPresent();
                }
                default -> {
                    return false;
                }
            }
        }
        return false;
    }

    /** How many words a reduced relative's phrase may have before the clause's verb: "adopted in 1977". */
    private static final int PARTICIPLE_PHRASE = 6;

    /** Words that open a clause whose subject may open on a participle: "that masked men", "when masked men". */
    private static final java.util.Set<String> CLAUSE_OPENERS = java.util.Set.of("that", "when", "as", "after",
            "because", "since", "while", "before", "until", "although", "though", "if");

    /**
     * Whether word {@code i}, tagged a verb, stands between a determiner, number, possessive, adjective or preposition
     * and the noun it modifies, an adverb perhaps between ("two suspected robbers", "the wounded soldiers", "a hastily
     * called meeting", "a series of coordinated bombings"), or between "that" or a subordinator and a noun a verb
     * follows ("said that masked men robbed", "when masked men stormed"): a participle, no past tense.
     */
    private static boolean isModifierOfNoun(String[] words, String[] upos, int i) {
        if (i == 0 || i + 1 >= words.length || !(upos[i + 1].equals("NOUN") || upos[i + 1].equals("PROPN"))) {
            return false;
        }
        // the tagger reads some adverbs in "-ly" as interjections ("a hastily/INTJ called meeting")
        boolean adverb = upos[i - 1].equals("ADV") || upos[i - 1].equals("INTJ") && words[i - 1].endsWith("ly");
        int before = adverb && i >= 2 ? i - 2 : i - 1;
        if (CLAUSE_OPENERS.contains(words[before].toLowerCase(java.util.Locale.ROOT)) && i + 2 < words.length
                && upos[i + 2].equals("VERB")) {
            // "said that masked/VBD men robbed a shop", "when masked/VBD men stormed": the clause's verb comes after
            // the noun
            return true;
        }
        if (upos[before].equals("NUM") && YEAR.matcher(words[before]).matches()) {
            return false; // "A UN resolution adopted in 1977 designated/VBD Nov. 29": a year is no count of the noun
        }
        return switch (upos[before]) {
            case "DET", "NUM", "ADJ" -> true;
            case "ADP" -> true; // "a series of coordinated/VBD bombings": no finite verb follows a preposition
            case "PRON" -> Lemmas.isPossessivePronoun(words[before]);
            default -> false;
        };
    }

    /**
     * Whether word {@code i}, tagged a verb in its base form, is the object of the simple past right before it, a
     * preposition or an article after it ("won control/VERB of the Senate", "won support/VERB from Democrats"): a
     * present never follows a past with no subject between. The pasts that take a bare infinitive ("helped shape",
     * "let go", "made do") keep it.
     */
    private static boolean isObjectTakenForPresent(String[] words, String[] lows, String[] upos, int i) {
        if (!upos[i].equals("VERB") || !words[i].equals(lows[i]) || i + 1 >= words.length || lows[i].endsWith("s")
                || lows[i].endsWith("ed") || lows[i].endsWith("ing")
                || !(upos[i - 1].equals("VERB") || upos[i - 1].equals("AUX")) // "won/AUX control/VERB of"
                || Lemmas.isHelp(lows[i - 1]) || BARE_INFINITIVE_PASTS.contains(lows[i - 1])
                || AUXILIARY_BASES.contains(lows[i])) {
            return false;
        }
        boolean past = Lemmas.irregularPast(lows[i - 1]).isPresent()
                || lows[i - 1].endsWith("ed") && lows[i - 1].length() > 4;
        return past && (upos[i + 1].equals("ADP") || upos[i + 1].equals("DET"));
    }

    /** The base forms of the auxiliaries, which a clause's verb may be: "airlines blacklisted have the right". */
    private static final java.util.Set<String> AUXILIARY_BASES = java.util.Set.of("have", "be", "do");

    /**
     * Pasts besides "help" ({@link Lemmas#isHelp}) that may take an infinitive without "to" right after them ("let go",
     * "made do"), and the auxiliaries' ("did go", "had to").
     */
    private static final java.util.Set<String> BARE_INFINITIVE_PASTS = java.util.Set.of("let", "made", "dared",
            "bade", "did", "had", "was", "were");

    /**
     * Whether the first word of a sentence, tagged a verb, is a plural noun: capitalized and in "-s" ("Troops",
     * "Talks"), which a verb opening a sentence never is (an imperative takes the base form).
     */
    private static boolean pluralTakenForVerb(String word, String upos) {
        return upos.equals("VERB") && Lemmas.endsLikeAPlural(word) && Character.isUpperCase(word.charAt(0))
                && word.substring(1).chars().allMatch(Character::isLowerCase);
    }

    private static PosModel load() {
        try (InputStream in = LanguageLayer.class.getClassLoader().getResourceAsStream(POS_MODEL)) {
            if (in == null) {
                throw new IllegalStateException("the OpenNLP model " + POS_MODEL + " is not on the class path: add "
                        + "org.apache.opennlp:opennlp-models-pos-en");
            }
            return PosModel.read(new java.io.BufferedInputStream(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenNLP model " + POS_MODEL, e);
        }
    }
}
