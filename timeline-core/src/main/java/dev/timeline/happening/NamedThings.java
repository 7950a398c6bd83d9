package dev.timeline.happening;

import dev.timeline.event.CommonNouns;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The things an article named before a subject that says only "the" and a noun points back to them: "The well is
 * capped" after "BP's Macondo well", "the fleet left Qingdao" after "A fleet of the Chinese People's Liberation Army
 * (PLA) Navy", "The capping stack was removed" after "a capping stack on the Kestrel well". Stateless.
 */
final class NamedThings {
    /** Nouns that "the" alone names well enough in a news story ("The dollar", "The army"). */
    private static final Set<String> DEFINITE_SUBJECTS = Lexicons.firstColumn("definite-subjects.txt");
    /** How far back, in characters, the name of a thing "the" points to is looked for. */
    private static final int NAMED_REACH = 3000;
    /** How many words before a noun {@link #mayBeNamed} reads: the name's last capitalized word and two after it. */
    private static final int NAME_WORDS_BACK = 3;
    /**
     * Up to two lower-case words between a name and its noun ("the Deepwater Horizon oil rig"), none of them a word
     * that goes on with a clause or a phrase ("Horizon was a rig", "Obama of the rig").
     */
    private static final String COMMON_WORDS = "((?:(?!(?:was|were|is|are|be|been|a|an|the|of|and|or|to|in|on|at|by"
            + "|for|with|from|as|has|have|had|said|says|that|which|who|its|his|her|their)\\b)"
            + "\\p{Ll}[\\p{Ll}-]*\\s+){0,2})";
    /** Time zones that end a page's stamp ("Friday 11 June 2010 22.16 BST"), which a name never opens with. */
    private static final Set<String> TIME_ZONES = Set.of("BST", "GMT", "UTC", "EST", "EDT", "CET", "CEST", "PST",
            "PDT", "CST", "CDT");
    /** A month or a weekday, which a capital does not make a name. */
    private static final java.util.regex.Pattern CALENDAR_WORD = java.util.regex.Pattern.compile("(?i)(january|"
            + "february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|"
            + "wednesday|thursday|friday|saturday|sunday)(?:'s|\u2019s)?");
    /**
     * "The" and a noun in lower case, maybe after two modifiers, none a preposition: "The well", "The 30-strong
     * delegation"; not "The flow of oil" (whose noun is the flow).
     */
    private static final java.util.regex.Pattern DEFINITE_MODIFIED = java.util.regex.Pattern.compile(
            "(?i:the) ((?:(?!(?:of|in|on|at|for|to|with|from|by)\\b)[a-z0-9][a-z0-9-]* ){0,2})([a-z]+)");
    /**
     * A noun in lower case, group 1, then "of", maybe "the", and one to four capitalized words, group 2: "fleet of the
     * Chinese People's Liberation Army".
     */
    private static final java.util.regex.Pattern OF_NAME = java.util.regex.Pattern.compile(
            "([a-z]+) of (?:the )?(\\p{Lu}[\\p{L}\\d&-]*+(?:'s|\u2019s)?+"
            + "(?: \\p{Lu}[\\p{L}\\d&-]*+(?:'s|\u2019s)?+){0,3}+)"
            + "(?![\\p{L}\\d])");
    /**
     * Modifiers that set a thing apart from the one named before ("The latest death", "The first such talks", "The
     * 52 new species"): a subject with one of them keeps its words.
     */
    private static final Set<String> OTHER_INSTANCE = Set.of("first", "second", "third", "latest", "last", "next",
            "new", "such", "previous", "earlier", "other", "recent", "former", "same", "final", "initial", "another");

    private NamedThings() {
    }

    /**
     * {@code subject} ("The well", "The 30-strong delegation") as the name the article gave its noun before
     * {@code offset}, with the modifiers the name lacks; {@code subject} itself when it is no such phrase, when a
     * modifier sets it apart from the thing named before ("The latest death"), when "the" names its noun well enough
     * ({@code definite-subjects.txt}: "The dollar") or when no name is found. Round 9 found 18 of 19 titles with
     * "the" and one noun as subject wrong, most for saying not which.
     */
    static String forDefiniteSubject(AnalyzedText text, String subject, int offset) {
        java.util.regex.Matcher definite = DEFINITE_MODIFIED.matcher(subject);
        if (!definite.matches() || DEFINITE_SUBJECTS.contains(definite.group(2).toLowerCase(Locale.ROOT))) {
            return subject;
        }
        String noun = definite.group(2);
        List<String> modifiers = List.of(definite.group(1).strip().split(" "));
        if (modifiers.stream().anyMatch(m -> OTHER_INSTANCE.contains(m) || m.matches("\\d.*"))) {
            return subject;
        }
        Optional<Named> named = lastNamedWithOf(text, noun, offset);
        if (named.isPresent()) {
            return named.get().title(modifiers, noun);
        }
        // "The fund was launched" after "the Digital Solidarity Fund": the noun that ends a name, capitalized there;
        // not one inside a longer name ("the New York Film Critics Circle"), nor a group's, which any other may be
        String capitalized = Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
        Optional<Named> name = noun.equalsIgnoreCase("group") ? Optional.empty()
                : lastNamed(text.text(), capitalized, offset);
        if (name.isPresent() && !nameGoesOn(text.text(), name.get().at(), capitalized)) {
            return name.get().title(modifiers, capitalized);
        }
        // "The capping stack is removed" after "a capping stack on the Kestrel well"
        List<String> words = new java.util.ArrayList<>(modifiers.stream().filter(m -> !m.isEmpty()).toList());
        words.add(noun);
        return phraseNamedBefore(text, offset, words).orElse(subject);
    }

    /**
     * Whether a capitalized word follows the first {@code noun} at or after offset {@code at} of {@code text}: the
     * name goes on past it ("the New York Film [Critics] Circle").
     */
    private static boolean nameGoesOn(String text, int at, String noun) {
        int end = text.indexOf(noun, at);
        if (end < 0) {
            return false;
        }
        end += noun.length();
        return end + 1 < text.length() && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1));
    }

    /** How many words a phrase that names a thing may have before its noun: "BP's [crippled Macondo] well". */
    private static final int PHRASE_WORDS = 7;

    /**
     * The nearest phrase within {@value #NAMED_REACH} characters before the subject "the" and {@code words} at
     * {@code offset} that ends on the subject's noun in lower case, holds each of its words and names something: a
     * proper noun before the noun ("BP's Macondo well") or in a phrase of "on" after it ("a capping stack on the
     * Kestrel well"; a phrase of "of" is {@link #lastNamedWithOf}'s). "A" or "an" before it reads "the". Empty if
     * none, or if the subject's words are not those of the text at {@code offset}.
     */
    private static Optional<String> phraseNamedBefore(AnalyzedText text, int offset, List<String> words) {
        List<Token> tokens = text.tokens();
        Optional<Token> the = text.tokenAtOrAfter(offset);
        int at = the.map(t -> t.index() + words.size()).orElse(-1);
        if (at < 0 || at >= tokens.size() || the.get().start() != offset
                || !Phrases.low(tokens.get(at)).equals(words.get(words.size() - 1))) {
            return Optional.empty();
        }
        String lemma = tokens.get(at).lemma();
        for (int j = the.get().index() - 1; j >= 0 && tokens.get(j).start() >= offset - NAMED_REACH; j--) {
            Token t = tokens.get(j);
            if (!t.isNoun() || !t.lemma().equalsIgnoreCase(lemma) || !Character.isLowerCase(t.text().charAt(0))
                    || modifiesANounAfter(text, t.end())) {
                continue; // "the rig" is no "worst offshore rig disaster", whose noun is the disaster
            }
            Sentence in = text.sentenceOf(t);
            int start = j;
            while (start - 1 >= in.firstToken() && j - start < PHRASE_WORDS
                    && NounPhrases.isNounPhrasePart(tokens.get(start - 1))) {
                start--;
            }
            int end = namingPhraseEnd(tokens, in, j + 1);
            if (holdsAll(tokens, start, j + 1, words) && names(tokens, start, end)) {
                String phrase = Phrases.words(text, start, end);
                String first = Phrases.low(tokens.get(start));
                return Optional.of(first.equals("a") || first.equals("an") || first.equals("the")
                        ? "The" + phrase.substring(first.length()) : phrase);
            }
        }
        return Optional.empty();
    }

    /**
     * The end of a phrase of "on" and a capitalized name right after token {@code at}, with the nouns that finish it
     * ("on Mount Tervo", "on the Kestrel well"), or {@code at} if none follows.
     */
    private static int namingPhraseEnd(List<Token> tokens, Sentence s, int at) {
        if (at + 1 >= s.endToken() || !Phrases.low(tokens.get(at)).equals("on")) {
            return at;
        }
        int k = Phrases.low(tokens.get(at + 1)).equals("the") ? at + 2 : at + 1;
        int name = k;
        while (k < s.endToken() && k - name < PHRASE_WORDS && tokens.get(k).pos().startsWith("NNP")) {
            k++;
        }
        while (k > name && k < s.endToken() && k - name < PHRASE_WORDS && tokens.get(k).pos().startsWith("NN")) {
            k++; // "on the Kestrel [well]"
        }
        return k > name ? k : at;
    }

    /** Whether tokens {@code [from, to)} hold each of {@code words}, in lower case. */
    private static boolean holdsAll(List<Token> tokens, int from, int to, List<String> words) {
        return words.stream().allMatch(w -> tokens.subList(from, to).stream().anyMatch(t -> Phrases.low(t).equals(w)));
    }

    /**
     * Whether tokens {@code [from, to)} name something: a capitalized proper noun ("BP's", "Macondo", "Mount Tervo")
     * that is no month or weekday ("the Monday blast" says when, not which).
     */
    private static boolean names(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (Phrases.isProperName(t) && !CALENDAR_WORD.matcher(t.text()).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The last name that the article gave {@code noun} within {@value #NAMED_REACH} characters before {@code offset}:
     * one to four capitalized words right before the noun ("the Deepwater Horizon rig", "BP's Macondo well"), read
     * as a subject ("The Deepwater Horizon rig", "BP's Macondo well").
     */
    static Optional<String> namedBefore(String text, String noun, int offset) {
        return lastNamed(text, noun, offset).map(n -> n.title(List.of(), noun));
    }

    /**
     * A thing the article named, read as a subject: {@code determiner} ("The", "BP's"), the words of its name before
     * its noun ({@code name}: "Deepwater Horizon", "Macondo"; maybe empty) and after it ({@code after}: " of the
     * Chinese People's Liberation Army"), at offset {@code at}.
     */
    private record Named(int at, String determiner, String name, String after) {
        /**
         * The subject with those of {@code modifiers} ("30-strong") that the name leaves out between the determiner
         * and the name ("the trade surplus" after "Japan's trade surplus": "Japan's trade surplus").
         */
        String title(List<String> modifiers, String noun) {
            StringBuilder out = new StringBuilder(determiner).append(' ');
            List<String> named = List.of(name.toLowerCase(Locale.ROOT).split(" "));
            for (String modifier : modifiers) {
                // "The exam boards" after "Exam boards" opened a sentence: the name holds the modifier already
                if (!modifier.isEmpty() && !named.contains(modifier.toLowerCase(Locale.ROOT))) {
                    out.append(modifier).append(' ');
                }
            }
            return out + (name.isEmpty() ? "" : name + " ") + noun + after;
        }
    }

    /** The last name that the article gave {@code noun} before {@code offset}, as {@link #namedBefore} reads it. */
    private static Optional<Named> lastNamed(String text, String noun, int offset) {
        int from = Math.max(0, offset - NAMED_REACH);
        if (!mayBeNamed(text, noun, from, Math.min(offset, text.length()))) {
            return Optional.empty(); // the search below would find nothing: it tries every character of the reach
        }
        java.util.regex.Matcher m = namePattern(noun).matcher(text).region(from, Math.min(offset, text.length()));
        Named named = null;
        while (m.find()) {
            if (commonNounAfter(text, m.end())) {
                continue; // "Tarnland's worst offshore rig disaster" names a disaster, not a rig
            }
            String words = m.group(1).strip();
            int start = m.start(1);
            java.util.regex.Matcher of = NAME_BEFORE_OF.matcher(text).region(Math.max(from, start - OF_REACH), start);
            if (of.find()) {
                words = text.substring(of.start(1), start) + words; // "the Gulf of Mexico oil", not "Mexico oil"
                start = of.start(1);
            }
            while (words.startsWith("The ") || words.startsWith("A ") || words.startsWith("An ")) {
                int space = words.indexOf(' ');
                start += space + 1;
                words = words.substring(space + 1);
                start += words.length() - words.stripLeading().length();
                words = words.strip();
            }
            // a capital that only opens a sentence ("Underwater robots secure ...") is no name; after "The" it is
            boolean opensSentence = start == m.start(1) && PersonReferents.sentenceStartBefore(text, m.start(1));
            if (!words.isEmpty() && !words.equals("The") && !words.equals("A") && !words.equals("An")
                    && !(opensSentence && words.indexOf(' ') < 0 && !words.contains("'s"))
                    // "21.31 BST Exam boards are working": a page's stamp ran into a sentence its capital opens
                    && !TIME_ZONES.contains(words.split(" ", 2)[0])
                    && !CALENDAR_WORD.matcher(words).matches()) { // "the April drilling rig" names a date
                String name = (words + " " + m.group(2).strip()).strip();
                int owner = Math.max(name.lastIndexOf("'s "), name.lastIndexOf("\u2019s "));
                named = owner < 0 && !name.endsWith("'s") && !name.endsWith("\u2019s")
                        ? new Named(m.start(1), "The", name, "")
                        : owner < 0 ? new Named(m.start(1), name, "", "")
                        : new Named(m.start(1), name.substring(0, owner + 2), name.substring(owner + 3), "");
            }
        }
        return Optional.ofNullable(named);
    }

    /**
     * The last thing the article named with {@code noun} and "of" and a name after it within {@value #NAMED_REACH}
     * characters before {@code offset} ("A fleet of the Chinese People's Liberation Army (PLA) Navy ended a
     * voyage"), or with a name before it as {@link #namedBefore} reads one, whichever comes later.
     */
    private static Optional<Named> lastNamedWithOf(AnalyzedText analyzed, String noun, int offset) {
        String text = analyzed.text();
        int from = Math.max(0, offset - NAMED_REACH);
        int to = Math.min(offset, text.length());
        Optional<Named> before = lastNamed(text, noun, offset);
        int at = text.indexOf(noun + " of ", from);
        if (at < 0 || at >= to) {
            return before;
        }
        java.util.regex.Matcher m = OF_NAME.matcher(text).region(at, to);
        Named named = null;
        while (m.find()) {
            String name = m.group(2);
            boolean owner = name.endsWith("'s") || name.endsWith("\u2019s"); // "of China's navy": the name goes on
            // "the party of Hindu nationalists": a noun after the capitalized words, which only modify it
            boolean modifies = modifiesANounAfter(analyzed, m.end());
            if (m.group(1).equals(noun) && !owner && !modifies && !CALENDAR_WORD.matcher(name.split(" ")[0]).matches()
                    && (m.start(1) == 0 || !Character.isLetterOrDigit(text.charAt(m.start(1) - 1)))) {
                named = new Named(m.start(), "The", "", m.group().substring(noun.length()).stripTrailing());
            }
        }
        return named != null && (before.isEmpty() || named.at() > before.get().at()) ? Optional.of(named) : before;
    }

    /**
     * Whether a common noun in lower case follows the name that ends at {@code end}, one space after it ("of the Sunni
     * government"): the name only modifies it. The name may lie before the sentences analyzed ({@link
     * dev.timeline.text.LanguageLayer#analyzeAroundLater} tags only those near dates); its next word is then read as a
     * noun of news in lower case ({@link CommonNouns}), singular or in "s".
     */
    private static boolean modifiesANounAfter(AnalyzedText analyzed, int end) {
        Optional<Token> next = analyzed.tokenAtOrAfter(end);
        if (next.isPresent() && next.get().start() <= end + 1) {
            return next.get().start() == end + 1 && next.get().isNoun()
                    && Character.isLowerCase(next.get().text().charAt(0));
        }
        return commonNounAfter(analyzed.text(), end);
    }

    /**
     * Whether a noun of news in lower case ({@link CommonNouns}), singular or in "s", follows {@code end} of
     * {@code text} one space after it: "rig" in "the worst offshore rig disaster" only modifies "disaster".
     */
    private static boolean commonNounAfter(String text, int end) {
        if (end + 1 >= text.length() || text.charAt(end) != ' ' || !Character.isLowerCase(text.charAt(end + 1))) {
            return false;
        }
        int wordEnd = end + 1;
        while (wordEnd < text.length() && Character.isLowerCase(text.charAt(wordEnd))) {
            wordEnd++;
        }
        String word = text.substring(end + 1, wordEnd);
        return CommonNouns.contains(word) || word.endsWith("s") && CommonNouns.contains(word.substring(0,
                word.length() - 1));
    }

    /**
     * One to four capitalized words, group 1, and up to two lower-case words, group 2, right before {@code noun}: a
     * name that {@link #namedBefore} reads.
     */
    /** Capitalized words and "of" right before a name that {@link #namePattern} found: "[Gulf of ]Mexico oil". */
    private static final java.util.regex.Pattern NAME_BEFORE_OF = java.util.regex.Pattern.compile(
            "\\b(\\p{Lu}\\p{L}*(?: \\p{Lu}\\p{L}*){0,2}) of $");
    /** How many characters before a name {@link #NAME_BEFORE_OF} reads. */
    private static final int OF_REACH = 40;

    static java.util.regex.Pattern namePattern(String noun) {
        return java.util.regex.Pattern.compile("((?:\\b\\p{Lu}[\\p{L}\\d&-]*(?:'s|\u2019s)?\\s+){1,4})" + COMMON_WORDS
                + java.util.regex.Pattern.quote(noun) + "\\b(?!-\\p{L})"); // "oil-stained" names no oil
    }

    /**
     * Whether {@code noun} may end a name between {@code from} and {@code to} as {@link #namePattern} reads one: it
     * occurs after white space, and one of the three words before it (a capitalized one, then up to two in lower
     * case) holds a capital letter. False only where that search finds nothing ("and the summit"), so it is a
     * filter, never a different answer (a character outside the Basic Multilingual Plane counts as a capital).
     */
    static boolean mayBeNamed(String text, String noun, int from, int to) {
        for (int at = text.indexOf(noun, from); at >= 0 && at + noun.length() <= to; at = text.indexOf(noun, at + 1)) {
            int end = at;
            for (int word = 0; word < NAME_WORDS_BACK; word++) {
                int wordEnd = end;
                while (end > from && isRegexSpace(text.charAt(end - 1))) {
                    end--;
                }
                if (end == wordEnd) {
                    break; // no white space: the noun or the word goes on from the one before
                }
                for (; end > from && !isRegexSpace(text.charAt(end - 1)); end--) {
                    char c = text.charAt(end - 1);
                    if (Character.getType(c) == Character.UPPERCASE_LETTER || Character.isSurrogate(c)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether {@code c} is white space as a regular expression's {@code \s} reads it (not Unicode-aware). */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
