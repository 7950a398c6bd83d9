package dev.timeline.happening;

import dev.timeline.text.AnalyzedText;
import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How the noun phrase of a subject is read where {@link ClauseSubjects} meets a time expression or its length limit
 * inside it: a date that modifies the noun stays inside the phrase and out of its words ("An [April 20] explosion on
 * the Deepwater Horizon rig"), a length stays ("Millon's five-day visit"), and a subject the limit cut keeps its head
 * and first phrase ("A gas explosion in the Jiaojiazhai colliery"), and a list of nouns before its "and" stays
 * ("Britain, France and Germany"). Stateless.
 */
final class SubjectPhrases {
    /** A length in words ("five-day", "24-hour", "decades-long"): a modifier a title keeps, unlike a date. */
    private static final java.util.regex.Pattern LENGTH = java.util.regex.Pattern.compile(
            "(?i)\\S*-(?:day|week|month|year|hour|minute|decade|century|season)s?(?:-long)?|\\S+s-long");

    /** A month or a weekday that opens a date: "the January contract", "Sunday's vote". */
    private static final java.util.regex.Pattern CALENDAR_NAME = java.util.regex.Pattern.compile("(?i)(?:jan|feb|mar"
            + "|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?\\b");

    /** Prepositions of a date that stands between a noun and its next phrase: "an explosion in 2005 in Texas". */
    private static final java.util.Set<String> DATE_PREPOSITIONS = java.util.Set.of("in", "on", "of", "during");

    /** Prepositions of a place a dated phrase may come before: "an explosion in 2005 [in] Texas". */
    static final java.util.Set<String> PLACE_PREPOSITIONS = java.util.Set.of("in", "at", "near");

    /** Nouns that take a clause without "that": "there is little doubt Prime Minister Cameron will be asked". */
    private static final java.util.Set<String> CLAUSE_NOUNS = Lexicons.firstColumn("clause-nouns.txt");

    /** Nouns a relative clause without "that" follows: "the way the European Union spends", "the day the war ended". */
    private static final java.util.Set<String> CONTACT_RELATIVE_NOUNS = java.util.Set.of("way", "time", "day", "moment",
            "reason", "extent", "year", "week", "night", "month", "place", "manner");

    /** "A" or "an", group 1, and the first letter of the word after it, group 2. */
    /** Participles of an aside that names the noun before it: "the pig, known simply as Khanzir,". */
    private static final java.util.Set<String> NAMING = java.util.Set.of("known", "called", "dubbed", "nicknamed",
            "named");
    /** Small words inside a name: "Nuclear Explosions for the National Economy". */
    private static final java.util.Set<String> NAME_JOINERS = java.util.Set.of("of", "for", "the", "and", "de", "&");
    private static final java.util.Set<String> NNS = java.util.Set.of("NNS", "NNPS");
    private static final java.util.regex.Pattern INDEFINITE = java.util.regex.Pattern.compile("(?i)(an?) (\\p{L})");

    /** The most nouns of one item of a list before the subject's "and": "Chevron Corp.", "Royal Dutch Shell". */
    private static final int MAX_LIST_ITEM = 6;

    private SubjectPhrases() {
    }

    /**
     * The words of the subject from {@code from} to {@code to} without a date that modifies its noun ("An [April 20]
     * explosion", "Pinochet's [1980] constitution", "an explosion [in 2005] in Texas"), with a length kept ("Millon's
     * five-day visit") and "a" or "an" as the word after it needs.
     */
    static String words(AnalyzedText text, int from, int to, boolean[] covered) {
        StringBuilder out = new StringBuilder();
        int start = from;
        int i = from;
        boolean dropped = false;
        while (i < to) {
            if (covered[i] && i > from) {
                int j = i;
                while (j < to && covered[j]) {
                    j++;
                }
                String date = Phrases.words(text, i, j);
                if (!LENGTH.matcher(date).matches() && (date.chars().anyMatch(Character::isDigit)
                        || CALENDAR_NAME.matcher(date).lookingAt())) { // "NBC's Today show" keeps its name
                    dropped = true;
                    // "A refinery explosion [in 2005] in Texas": the date's preposition goes with it
                    int cut = i - 1 >= start && text.tokens().get(i - 1).pos().equals("IN") ? i - 1 : i;
                    out.append(Phrases.words(text, start, cut)).append(' ');
                    start = j;
                }
                i = j;
            } else {
                i++;
            }
        }
        String words = (out + Phrases.words(text, start, to)).strip();
        java.util.regex.Matcher article = INDEFINITE.matcher(words);
        if (dropped && article.lookingAt()) {
            boolean vowel = "aeiouAEIOU".indexOf(article.group(2).charAt(0)) >= 0;
            String a = article.group(1);
            String fixed = vowel ? (Character.isUpperCase(a.charAt(0)) ? "An" : "an")
                    : Character.isUpperCase(a.charAt(0)) ? "A" : "a";
            words = fixed + words.substring(a.length());
        }
        return words;
    }

    /** Prepositions of a place phrase after a dated noun: "the March 3 explosion [at] the refinery". */
    private static final Set<String> PLACE_AFTER_NOUN = Set.of("at", "in", "near", "off", "outside", "inside");

    /**
     * {@code subject}, the words of the subject from {@code from} to {@code to}, with an indefinite article instead of
     * "the" when only a date that {@link #words} dropped said which one ({@link #datedDefinite}): "The [April 20]
     * explosion killed 11 workers" is "An explosion" on 20 April, "the [May 1] elections" are "Elections", "The [March
     * 3] explosion at the refinery" "An explosion at the refinery".
     */
    static String indefiniteIfDated(List<Token> tokens, String subject, int from, int to, boolean[] covered) {
        if (!datedDefinite(tokens, from, to, covered) || !subject.regionMatches(true, 0, "the ", 0, 4)) {
            return subject;
        }
        String rest = subject.substring(4);
        int head = from + 1;
        while (head + 1 < to && !(PLACE_AFTER_NOUN.contains(Phrases.low(tokens.get(head + 1)))
                && tokens.get(head).isNoun())) {
            head++;
        }
        if (NNS.contains(tokens.get(head).pos())) {
            return Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
        }
        return ("aeiou".indexOf(Character.toLowerCase(rest.charAt(0))) >= 0 ? "An " : "A ") + rest;
    }

    /**
     * Whether the phrase from {@code from} to {@code to} is "the", a calendar date that {@code covered} marks and
     * common nouns ("the April 20 rig explosion", "the 1918 pandemic", "the May 1 elections"): the date says which
     * one, not another sentence; "the 2002 World Cup" names its own.
     */
    private static boolean datedDefinite(List<Token> tokens, int from, int to, boolean[] covered) {
        if (to - from < 3 || !Phrases.low(tokens.get(from)).equals("the") || !covered[from + 1]) {
            return false;
        }
        int j = from + 1;
        while (j < to && covered[j]) {
            j++;
        }
        String date = tokens.get(from + 1).text();
        if (j == to || !Character.isDigit(date.charAt(0)) && !CALENDAR_NAME.matcher(date).lookingAt()
                || !Character.isDigit(tokens.get(j - 1).text().charAt(0))) {
            return false; // a day or a year ends the date: not "the [Monday] talks", "the [last year's] result"
        }
        int end = to;
        for (int k = j; k < to; k++) {
            Token t = tokens.get(k);
            if (k > j && PLACE_AFTER_NOUN.contains(Phrases.low(t)) && tokens.get(k - 1).isNoun()) {
                end = k; // "the March 3 explosion [at the Hartley refinery]": the phrase after the noun names a place
                break;
            }
            if (!(t.pos().equals("NN") || t.pos().equals("NNS") || t.pos().startsWith("JJ") || t.text().equals("-"))
                    || Character.isUpperCase(t.text().charAt(0))) {
                return false;
            }
        }
        return tokens.get(end - 1).isNoun();
    }

    /**
     * Whether the noun phrase before {@code at} is the object of a preposition ("[During the encounter] the Israeli
     * cabinet voted", "[At last Wednesday's initial case] the judge ordered"): a fronted phrase without its comma;
     * else the phrase is a noun that the clause from {@code at} tells of ("The commitment the president made
     * yesterday", a relative clause without "that").
     */
    static boolean afterAFrontedPhrase(List<Token> tokens, int floor, int at) {
        int k = at - 1;
        while (k > floor && at - k <= ClauseSubjects.MAX_SUBJECT && (NounPhrases.isNounPhrasePart(tokens.get(k))
                || tokens.get(k).pos().equals("POS") || tokens.get(k).pos().equals("CD"))) {
            k--;
        }
        return tokens.get(k).pos().equals("IN"); // "As part of the measures agreed on [during the encounter] the"
    }

    /**
     * Where the place starts whose country or region the subject so far is, {@code [at, end)} a name of at most three
     * words after a comma, the place a name after "in", "at" or "near" that follows a noun: "The ministerial gathering
     * in [Cancun], Mexico, in 2003 broke down"; -1 when there is none.
     */
    static int placeBeforeItsCountry(List<Token> tokens, int floor, int at, int end) {
        if (at - 2 < floor || end - at > 3 || !tokens.get(at - 1).text().equals(",")
                || !NounPhrases.isName(tokens, at, end)) {
            return -1;
        }
        int k = at - 1;
        while (k - 1 >= floor && at - 1 - k < 3 && tokens.get(k - 1).pos().startsWith("NNP")) {
            k--;
        }
        return k < at - 1 && k - 2 >= floor && PLACE_PREPOSITIONS.contains(tokens.get(k - 1).lowerText())
                && tokens.get(k - 2).isNoun() ? k : -1;
    }

    /** Units a rate counts by after "a": "barrels of oil a day", "60 dollars a barrel", "miles an hour". */
    private static final java.util.Set<String> RATE_UNITS = java.util.Set.of("day", "week", "month", "year", "hour",
            "minute", "second", "barrel", "ton", "tonne", "head", "share", "piece", "kilo", "kilogram", "pound",
            "gallon", "litre", "liter", "person", "year-on-year");

    /**
     * Whether a new noun phrase opens at {@code at}, so that a subject read leftwards stops there: "the" right after a
     * common noun ("At last Wednesday's initial case [the judge] ordered": a fronted phrase without its comma), "a"
     * after one ("told reporters [a Danish tourist] arrived"), or a
     * name right after a noun that takes a clause ({@code clause-nouns.txt}: "there is little doubt [Prime Minister
     * Cameron], who travels"). A name's "the" stays: "Alexander the Great".
     */
    static boolean opensAnotherPhrase(List<Token> tokens, Sentence s, int at) {
        if (at - 1 < s.firstToken() || at + 1 >= s.endToken()) {
            return false;
        }
        Token before = tokens.get(at - 1);
        Token first = tokens.get(at);
        boolean lowerNoun = (before.pos().equals("NN") || before.pos().equals("NNS"))
                && Character.isLowerCase(before.text().charAt(0));
        if (Phrases.low(first).equals("the")) {
            // "a review of the way the European Union spends its money": a clause that tells of the noun before
            return lowerNoun && !CONTACT_RELATIVE_NOUNS.contains(before.lemma().toLowerCase(java.util.Locale.ROOT));
        }
        if (Phrases.low(first).equals("a") || Phrases.low(first).equals("an")) {
            // "told reporters [a Danish tourist] arrived": no noun phrase goes on with "a"; "60 dollars a barrel",
            // "barrels of oil a day" rate a quantity, and "letting/NN a country in" takes an object
            return lowerNoun && !before.lowerText().endsWith("ing") && !(at - 2 >= s.firstToken()
                    && tokens.get(at - 2).pos().equals("CD")) && !RATE_UNITS.contains(Phrases.low(tokens.get(at + 1)));
        }
        return lowerNoun && Character.isUpperCase(first.text().charAt(0))
                && (first.isNoun() || first.pos().startsWith("JJ")) // "doubt Prime/JJ Minister Cameron"
                && CLAUSE_NOUNS.contains(before.lemma().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Where a time expression ends that stands inside the subject's noun phrase before {@code at}, after a
     * determiner or a possessive and before a noun or an adjective ("Millon's [five-day] visit", "a [two-day]
     * meeting", "the [10-year] brutal conflict"), or that a preposition puts between a noun and its next phrase ("A
     * refinery explosion [in 2005] in Texas"): its first token, or its preposition; -1 for a date of its own.
     */
    static int modifyingDate(List<Token> tokens, int floor, int at, int subjectEnd, boolean[] covered) {
        if (at >= subjectEnd) {
            return -1;
        }
        int r = at - 1;
        while (r - 1 >= floor && covered[r - 1]) {
            r--;
        }
        if (PLACE_PREPOSITIONS.contains(Phrases.low(tokens.get(at))) && r - 2 >= floor
                && DATE_PREPOSITIONS.contains(Phrases.low(tokens.get(r - 1))) && tokens.get(r - 2).isNoun()
                && !covered[r - 2]) {
            return r - 1; // "A refinery explosion [in 2005] in Texas killed": a dated phrase between the noun's phrases
        }
        if (!(tokens.get(at).isNoun() || tokens.get(at).pos().startsWith("JJ"))) {
            return -1;
        }
        String last = tokens.get(at - 1).text();
        if (tokens.get(r).pos().equals("DT") && at - r > 1 && (LENGTH.matcher(last).matches()
                || last.endsWith("-long") || tokens.get(at - 1).pos().equals("CD")
                || CALENDAR_NAME.matcher(last).matches())) {
            // "[The two-day] OPEC meeting": the expression took in the determiner; not "[That year] Hurricane
            // Katrina ravaged", a date of its own
            return r;
        }
        if (r - 1 < floor) {
            return -1;
        }
        Token before = tokens.get(r - 1);
        boolean determiner = before.pos().equals("DT") && !Phrases.low(before).equals("that")
                || before.pos().equals("POS") || before.pos().equals("PRP$");
        return determiner ? r : -1;
    }

    /**
     * The start and end of the head of a subject that the length limit cut at {@code at} and the index of its head
     * noun, when its prepositional phrases make it long ("A gas explosion in the Jiaojiazhai colliery [in Datong
     * city of north China's Shanxi Province] killed"): the noun phrase that opens it and its first phrase, within
     * {@value ClauseSubjects#MAX_SUBJECT} words, found by reading on to the left over noun phrases and the
     * prepositions between them to where the subject starts, after punctuation or the sentence's start.
     */
    static Optional<int[]> headOfLongSubject(List<Token> tokens, Sentence s, int floor, int at,
            int subjectEnd, boolean[] covered) {
        int start = at;
        while (start - 1 >= floor && subjectEnd - start < 2 * ClauseSubjects.MAX_LONG_SUBJECT && !covered[start - 1]
                && (NounPhrases.isNounPhrasePart(tokens.get(start - 1))
                || SubjectParts.SUBJECT_PREPOSITIONS.contains(Phrases.low(tokens.get(start - 1))))) {
            start--;
        }
        // "Sanya, a quiet tropical resort on the southern tip of ... began": an apposition describes the name before
        boolean apposition = start - 2 >= s.firstToken() && tokens.get(start - 1).text().equals(",")
                && tokens.get(start - 2).pos().startsWith("NNP") && !covered[start - 2];
        boolean opens = start == floor || start - 1 >= s.firstToken() && !apposition
                && (ClauseSubjects.CLAUSE_MARKS.contains(tokens.get(start - 1).text()) || covered[start - 1]);
        if (!opens || !NounPhrases.isNounPhraseStart(tokens.get(start))) {
            return Optional.empty();
        }
        int first = -1;
        for (int k = start + 1; k < subjectEnd; k++) {
            if (SubjectParts.SUBJECT_PREPOSITIONS.contains(Phrases.low(tokens.get(k)))) {
                if (first >= 0 && k - start <= ClauseSubjects.MAX_SUBJECT && tokens.get(first - 1).isNoun()) {
                    return Optional.of(new int[] {start, k, first - 1}); // the head and its first phrase
                }
                if (first >= 0) {
                    break;
                }
                first = k;
            }
        }
        if (!(first > start && NounPhrases.hasNoun(tokens, start, first) && tokens.get(first - 1).isNoun())) {
            return Optional.empty();
        }
        // "China's Ministry [of Personnel] and the UNDP launched": a name after "of" is part of the head's name
        int name = first + 1;
        while (Phrases.low(tokens.get(first)).equals("of") && name < subjectEnd && tokens.get(name).pos().startsWith(
                "NNP") && name - start < ClauseSubjects.MAX_SUBJECT) {
            name++;
        }
        return Optional.of(new int[] {start, name > first + 1 ? name : first, first - 1});
    }

    /**
     * The name that an aside set off by a comma at token {@code comma} gives the noun before it, as " known as NAME":
     * "The pig, known simply as Khanzir, was given", "The Soviet program, known as Nuclear Explosions for the National
     * Economy, was launched"; empty when no such aside follows. The participle is the text's ("called", "dubbed").
     */
    static String nameInAside(AnalyzedText text, Sentence s, int comma) {
        List<Token> tokens = text.tokens();
        if (comma + 2 >= s.endToken() || !tokens.get(comma).text().equals(",")
                || !NAMING.contains(Phrases.low(tokens.get(comma + 1)))) {
            return "";
        }
        int k = comma + 2;
        while (k < s.endToken() && tokens.get(k).pos().equals("RB")) {
            k++; // "known simply as"
        }
        String participle = Phrases.low(tokens.get(comma + 1));
        if (participle.equals("known") && k < s.endToken() && Phrases.low(tokens.get(k)).equals("as")) {
            k++;
        } else if (participle.equals("known")) {
            return "";
        }
        int name = k;
        while (k < s.endToken() && (capitalized(tokens.get(k)) || k > name
                && NAME_JOINERS.contains(Phrases.low(tokens.get(k))) && k + 1 < s.endToken()
                && (capitalized(tokens.get(k + 1)) || NAME_JOINERS.contains(Phrases.low(tokens.get(k + 1)))))) {
            k++;
        }
        if (k == name || k >= s.endToken() || !tokens.get(k).text().equals(",")) {
            return "";
        }
        return " " + (participle.equals("known") ? "known as" : participle) + " " + Phrases.words(text, name, k);
    }

    /** Whether {@code t} is a capitalized noun or adjective: a word of a name ("Orvo Electric/JJ Co."). */
    private static boolean nameWord(Token t) {
        return capitalized(t) && (t.isNoun() || t.pos().startsWith("JJ"));
    }

    /** Whether a word is capitalized, as a name's words are whatever their tags ("Nuclear/NN Explosions/NNS"). */
    private static boolean capitalized(Token t) {
        return Character.isUpperCase(t.text().charAt(0));
    }

    /**
     * Where a list of nouns that opens its clause starts, when the subject from {@code start} is its last items joined
     * by "and": "[Britain, ]France and Germany signed", "[ExxonMobil, Chevron Corp., ]ConocoPhillips and Shell Oil
     * agreed"; {@code start} when no such list comes before it. Each earlier item is at most {@value #MAX_LIST_ITEM}
     * nouns, none a date, and the first opens the clause, at {@code floor} or after a verb, "that", a subordinator, a
     * colon or a semicolon ("In Paris, France and Germany signed" keeps its subject, "In Lima, Chile, Peru and Japan
     * signed" and "On Tuesday, Chile, Peru and Japan signed" start at "Chile"); -1 when the list is what a singular noun
     * is of ("a pipe carrying a mixture of oil, natural gas and waste water ruptured"): the subject is further left.
     */
    static int listStart(List<Token> tokens, int floor, int start, boolean[] covered) {
        int comma = start - 1;
        while (comma > floor && tokens.get(comma).text().equals(",")) {
            int item = comma;
            while (item - 1 >= floor && comma - (item - 1) <= MAX_LIST_ITEM && !covered[item - 1]
                    && (tokens.get(item - 1).isNoun() || item < comma && nameWord(tokens.get(item - 1))
                    && nameWord(tokens.get(item)))) {
                item--; // "Orvo Electric/JJ Co. Ltd.": a capitalized word inside a name is the name's
            }
            if (item < comma && item - 1 >= floor && (tokens.get(item - 1).pos().equals("DT")
                    || tokens.get(item - 1).pos().equals("PRP$"))) {
                item--; // "[the United States], Japan and Norway": an item's determiner is the item's
            }
            // the list's items after a fronted phrase ("On Tuesday, [Chile, ]Peru and Japan signed", "In Lima, [Chile,
            // ]Peru and Japan signed"): the items before start past the last comma
            int passed = comma == start - 1 ? start : comma + 1;
            if (item == comma) {
                return passed; // no noun before the comma
            }
            if (pairedWithItsOwn(tokens, start)) {
                return start; // "Lacking standards, Pelmar and its partners made": the partners are Pelmar's
            }
            int modified = item > floor ? participlesNoun(tokens, floor, item - 1) : -1;
            if (modified >= 0) {
                return modified; // "A convoy carrying food, medicine and tents arrived": the convoy did
            }
            if (item == floor || opensClause(tokens.get(item - 1))) {
                return item;
            }
            if (!tokens.get(item - 1).text().equals(",")) {
                // "The ministers of Brazil, Russia and India met": the list is what a plural head is of or from
                int head = headOfList(tokens, floor, item - 1);
                if (head < 0 && tokens.get(item - 1).lowerText().equals("of") && item - 2 >= floor
                        && tokens.get(item - 2).isNoun() && !tokens.get(item - 2).pos().startsWith("NNP")) {
                    // "a mixture of oil, natural gas and waste water"; "[police in the provinces] of Fujian, Jilin
                    // and Hubei arrested": the places' phrase and the noun it places
                    return tokens.get(item - 2).pos().equals("NN") ? -1 : placedHead(tokens, floor, item - 2);
                }
                return head >= 0 ? head : passed; // else the item is governed: "In Paris, France and Germany signed"
            }
            comma = item - 1;
        }
        return start;
    }

    /**
     * Where the noun phrase starts that a participle's list ends, when the subject {@code [start, end)} is the
     * list's last items joined by "and" or "or" after a comma: "[A dinner attended by Tom Vell, ]bankers and
     * diplomats was held" starts at "A"; -1 when no such list comes before it.
     */
    static int participleListHead(List<Token> tokens, int floor, int start, int end, boolean[] covered) {
        boolean joined = false;
        for (int k = start; k < end; k++) {
            joined |= tokens.get(k).lowerText().equals("and") || tokens.get(k).lowerText().equals("or");
        }
        if (!joined) {
            return -1; // "Before the service commemorating St Adalbert, the pope will hold": no list's last items
        }
        int comma = start - 1;
        while (comma > floor && tokens.get(comma).text().equals(",")) {
            int item = comma;
            while (item - 1 >= floor && comma - (item - 1) <= MAX_LIST_ITEM && !covered[item - 1]
                    && (tokens.get(item - 1).isNoun() || nameWord(tokens.get(item - 1)))) {
                item--;
            }
            if (item == comma || item == floor) {
                return -1;
            }
            if (!tokens.get(item - 1).text().equals(",")) {
                return participlesNoun(tokens, floor, item - 1);
            }
            comma = item - 1;
        }
        return -1;
    }

    /**
     * Where the noun phrase starts that the participle at {@code at} (or before its preposition there: "attended
     * [by]") follows and modifies, when that phrase opens its clause: "[A convoy] carrying", "[A dinner] attended
     * by"; -1 when {@code at} is no such participle.
     */
    private static int participlesNoun(List<Token> tokens, int floor, int at) {
        int p = at;
        if (p < floor) {
            return -1;
        }
        boolean agent = false; // "attended/VBD by": a past form before "by" is the participle the tagger missed
        if (p - 1 >= floor && tokens.get(p).pos().equals("IN") && (tokens.get(p - 1).pos().equals("VBN")
                || tokens.get(p).lowerText().equals("by") && tokens.get(p - 1).pos().equals("VBD"))) {
            agent = true;
            p--;
        }
        if (!(tokens.get(p).pos().equals("VBG") || tokens.get(p).pos().equals("VBN") || agent) || p - 1 < floor
                || !tokens.get(p - 1).isNoun()) {
            return -1;
        }
        return phraseOpeningItsClause(tokens, floor, p - 1);
    }

    /**
     * Where the noun phrase that ends at token {@code last} starts, when it opens its clause (at {@code floor} or
     * after a word of {@link #opensClause}) within {@value #MAX_LIST_ITEM} words; -1 otherwise.
     */
    private static int phraseOpeningItsClause(List<Token> tokens, int floor, int last) {
        int h = last;
        while (h - 1 >= floor && last + 1 - h < MAX_LIST_ITEM && NounPhrases.isNounPhrasePart(tokens.get(h - 1))
                && !tokens.get(h - 1).pos().equals("POS")) {
            h--;
        }
        return h == floor || opensClause(tokens.get(h - 1)) ? h : -1;
    }

    /** Prepositions between a plural head and the list it is of: "Leaders from", "Executives with". */
    private static final Set<String> LIST_HEAD_PREPOSITIONS = Set.of("of", "from", "with", "at");

    /**
     * Where the plural noun phrase starts that the list after "of", "from", "with" or "at" at {@code at} belongs to,
     * when that phrase opens its clause: "[The ministers] of Brazil, Russia and India met", "[Leaders] from Britain,
     * France and Germany agreed", "[Executives] with BP, Transocean and Halliburton appeared"; -1 when there is none.
     */
    private static int headOfList(List<Token> tokens, int floor, int at) {
        String word = tokens.get(at).lowerText();
        if (!LIST_HEAD_PREPOSITIONS.contains(word) || at - 1 < floor || !(tokens.get(at - 1).pos().equals("NNS")
                || at - 1 == floor && tokens.get(at - 1).pos().equals("NNP") && tokens.get(at - 1).lowerText()
                .endsWith("s"))) { // "Ministers/NNP from France, Germany and Italy met": a capital opening the clause
            return -1;
        }
        return phraseOpeningItsClause(tokens, floor, at - 1);
    }

    /** Whether a list may open its clause right after {@code t}: "said Britain, France and Germany agreed". */
    /**
     * Whether the subject from {@code start} is a noun and what belongs to it, joined by "and": "Pelmar and its
     * partners", "Ana Voss and her aides"; a singular possessive points to the one noun before it, no list's items.
     */
    private static boolean pairedWithItsOwn(List<Token> tokens, int start) {
        for (int i = start; i + 1 < tokens.size() && i - start <= MAX_LIST_ITEM; i++) {
            Token t = tokens.get(i);
            if (t.isVerb() || t.text().equals(",")) {
                return false;
            }
            if (t.lowerText().equals("and")) {
                return SINGULAR_POSSESSIVES.contains(tokens.get(i + 1).lowerText());
            }
        }
        return false;
    }

    /** Possessive pronouns of one: "its", "his", "her". */
    private static final Set<String> SINGULAR_POSSESSIVES = Set.of("its", "his", "her");

    /**
     * Where the subject starts whose plural noun at {@code noun} a list after "of" belongs to, when it opens its
     * clause: "[the leaders] of", or the noun phrase a place phrase ending with that noun follows: "[police] in the
     * provinces of", "[Residents] of the towns of"; -1 when there is none.
     */
    private static int placedHead(List<Token> tokens, int floor, int noun) {
        int i = noun;
        while (i - 1 >= floor && NounPhrases.isNounPhrasePart(tokens.get(i - 1))) {
            i--;
        }
        if (i == floor || opensClause(tokens.get(i - 1)) || tokens.get(i - 1).text().equals(",")) {
            return i < noun ? i : -1; // "On Oct. 8, [the leaders] of France, Germany and Italy met"
        }
        if (i - 1 <= floor || !PLACED_BY.contains(tokens.get(i - 1).lowerText())) {
            return -1;
        }
        int j = i - 1;
        while (j - 1 >= floor && NounPhrases.isNounPhrasePart(tokens.get(j - 1))) {
            j--;
        }
        boolean opens = j == floor || opensClause(tokens.get(j - 1)) || tokens.get(j - 1).text().equals(",");
        return j < i - 1 && opens && tokens.get(i - 2).isNoun() ? j : -1;
    }

    /** Prepositions of a place phrase after the noun it places: "police in the provinces of". */
    private static final Set<String> PLACED_BY = Set.of("in", "from", "of", "at");

    private static boolean opensClause(Token t) {
        return t.isVerb() || t.lowerText().equals("that") || t.text().equals(":") || t.text().equals(";")
                || SUBORDINATORS.contains(t.lowerText()); // "when France, Germany and Italy refused"
    }

    /** Words that open a subordinate clause, its subject right after them. */
    private static final Set<String> SUBORDINATORS = Set.of("when", "after", "before", "because", "while", "since",
            "although", "though", "if", "as", "until", "whereas");
}
