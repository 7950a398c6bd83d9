package dev.timeline.happening;

import dev.timeline.document.StartFilteredPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who does what a verb says: the subject of the clause that ends at the verb, with whether it is a named
 * source (a person, organization or place, or a pronoun standing for one) and whether it is plural, so that a title
 * agrees with it ("270 people die", "the company dies" never for "the company said … 270 people died").
 *
 * <p>The clause starts after the last punctuation, subordinator or say-verb before the verb ("officials said the
 * president met": the president); time expressions and the words before them are no subject ("in 1993 fires
 * killed": fires); a relative "who" stands for the noun it follows; adverbs and auxiliaries are skipped.
 */
final class Subjects {
    /** A clause subject: its text ({@code ""} when none was found), whether it is named, whether it is plural. */
    record Subject(String text, boolean named, boolean plural) {
        static final Subject NONE = new Subject("", false, false);

        boolean isEmpty() {
            return text.isEmpty();
        }
    }

    private static final Pattern WORD = Titles.WORD;
    private static final StartFilteredPattern CUT = StartFilteredPattern.compile("[;:—–(“”\"]|,(?! ?\\d{3}\\b)"
            + "|(?i)\\b(that|since|when|while|where|which|who|whom|time|after|before|until|as|if|because|said|says"
            + "|told|reported|announced|confirmed)\\b");
    private static final Set<String> RELATIVES = Set.of("who", "that", "which");
    /** A preposition between a subject's first word and a name: the name belongs to a phrase inside the subject. */
    private static final Pattern PREPOSITION_BEFORE_NAME = Pattern.compile(
            "^\\S.*\\b(on|at|in|of|from|near)\\s+(the\\s+)?$");
    /** An age set off by a comma after a name, at the end of a subject: "Danai, 61". */
    private static final Pattern AGE_AFTER_A_NAME = Pattern.compile("(?<=\\p{L}), \\d{1,3}$");

    /** {@code subject} without an age set off after its name: "Danai, 61, who died Monday" tells of Danai. */
    static String withoutAge(String subject) {
        return AGE_AFTER_A_NAME.matcher(subject).replaceFirst("");
    }

    /** The longest subject phrase with a name inside it, in words. */
    private static final int MAX_PHRASE_WORDS = 8;
    private static final Set<String> SKIPPED = Set.of("will", "has", "have", "had", "was", "is", "would", "may",
            "could", "also", "previously", "not", "never", "already", "likely", "to", "be", "been", "reportedly",
            "probably", "allegedly", "apparently", "later", "then", "just", "finally", "eventually", "recently",
            "formally", "officially", "himself", "herself", "themselves", "itself", "expected", "ready", "due",
            "planning", "plans", "planned", "agreed", "decided", "wants", "want", "hopes", "going", "able", "were",
            "are", "being", "get", "got", "should", "must", "might", "can", "did", "does", "do", "still", "yet",
            "reported", "said", "first", "initially", "originally", "subsequently", "again", "once", "narrowly",
            "unanimously", "quickly", "immediately", "successfully", "briefly", "temporarily", "soon");
    /** Sentence adverbs that a capital may make look like a name: they open no subject ("However Jane died"). */
    static final Set<String> CONNECTIVES = Set.of("however", "meanwhile", "moreover", "furthermore",
            "nevertheless", "nonetheless", "still", "also", "then", "thus", "hence", "instead", "indeed",
            "separately", "finally", "later", "earlier", "subsequently", "consequently", "likewise");
    private static final Set<String> LEADING = com.google.common.collect.Sets.union(Set.of("a", "an", "the", "and",
            "but", "so", "in", "on", "at", "of", "for", "by", "with", "during", "from"), CONNECTIVES);
    private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "but");
    /** Articles that open a subject phrase. */
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** Finite forms of "be" and "have" that cannot open a subject. */
    private static final Set<String> OPENING_VERBS = Set.of("was", "were", "is", "are", "has", "have", "had");
    private static final Set<String> PERSONAL = Set.of("he", "she", "him", "he's", "she's", "he’s", "she’s");
    private static final Set<String> UNNAMED_PRONOUNS = Set.of("it", "they", "we", "i", "you", "this", "there",
            "one", "some", "others", "many", "all", "both", "who", "that", "which");
    private static final Set<String> PLURAL_WORDS = Set.of("people", "men", "women", "children", "police",
            "persons", "cattle", "staff", "personnel", "both", "dozen", "folk", "townsfolk", "townspeople");
    /** Singular nouns in "-men", which is otherwise the plural of "-man" ("gunmen", "fishermen"). */
    private static final Set<String> SINGULAR_MEN = Set.of("omen", "amen", "abdomen", "specimen", "regimen",
            "stamen", "acumen", "hymen", "yemen");
    private static final Set<String> NUMBERS = Set.of("two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "dozens",
            "hundreds", "thousands", "millions", "several", "many", "some");

    private Subjects() {
    }

    /** Whether a lower-case word is a number above one ("nine", "dozens", "several"): "Nine of the banks were". */
    static boolean isNumberWord(String lower) {
        return NUMBERS.contains(lower) && !lower.equals("some");
    }

    /** Whether a lower-case head noun is plural without an "-s": "people", "police", "gunmen", "women". */
    static boolean isPluralWord(String lower) {
        return PLURAL_WORDS.contains(lower) || lower.endsWith("men") && !SINGULAR_MEN.contains(lower);
    }

    private record Word(int start, int end, String text) {
        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }
    }

    /** The subject of the clause that ends at sentence offset {@code before}, or {@link Subject#NONE}. */
    static Subject of(Titles.Context c, int before) {
        String left = c.sentence().substring(0, before);
        StartFilteredPattern.Search cuts = CUT.search(left);
        int from = 0;
        String cutWord = "";
        int cutStart = 0;
        while (cuts.find()) {
            MatchResult cut = cuts.match();
            if (c.inTime(cut.start())) {
                continue; // "That year Hurricane Katrina ravaged": the "that" of a time expression cuts no clause
            }
            from = cut.end();
            cutStart = cut.start();
            cutWord = cut.group().toLowerCase(Locale.ROOT);
        }
        List<Word> words = words(left, from);
        int first = 0;
        for (int i = 0; i < words.size(); i++) {
            if (c.inTime(words.get(i).start())) {
                first = i + 1; // "In 1993 fires killed": the time and what leads to it are no subject
            }
        }
        int n = words.size();
        while (n > first && SKIPPED.contains(words.get(n - 1).lower())) {
            n--;
        }
        if (n > first && CONJUNCTIONS.contains(words.get(n - 1).lower())) {
            return Subject.NONE; // "She lived at Lampeter and died": the verb shares the subject of another
        }
        while (first < n && LEADING.contains(words.get(first).lower()) && !(first + 1 < n
                && words.get(first).lower().equals("at") && words.get(first + 1).lower().matches("least|most"))) {
            first++; // but "At least 11 people": the number is the subject's
        }
        if (first >= n) {
            return RELATIVES.contains(cutWord) && cutWord.equals("who") ? antecedent(c, left, cutStart)
                    : Subject.NONE;
        }
        if (OPENING_VERBS.contains(words.get(first).lower())) {
            return Subject.NONE; // "and on Saturday was scheduled to meet": a verb, whose subject came before "and"
        }
        if (words.get(first).lower().equals("whose")) {
            return Subject.NONE; // "The manager, whose side will visit": whose side, the words before it say
        }
        Word last = words.get(n - 1);
        if (n - first == 1 && PERSONAL.contains(last.lower())) {
            String who = Titles.resolvePronoun(c, last.start());
            return who.isEmpty() ? Subject.NONE : new Subject(who, true, false);
        }
        if (n - first == 1 && UNNAMED_PRONOUNS.contains(last.lower())) {
            return Subject.NONE;
        }
        int spanStart = words.get(first).start();
        int spanEnd = last.end();
        Entities.Entity named = null;
        boolean anyEntity = false;
        for (Entities.Entity e : c.entities()) {
            int s = e.start() - c.sentenceStart();
            if (s >= spanStart && s < spanEnd) {
                anyEntity = true;
                if (e.kind() != Entities.Kind.PLACE) {
                    named = e;
                }
            }
        }
        String text = left.substring(spanStart, spanEnd);
        if (named != null && n - first <= MAX_PHRASE_WORDS
                && PREPOSITION_BEFORE_NAME.matcher(left.substring(spanStart, named.start() - c.sentenceStart()))
                .find()) {
            // "An explosion on the Deepwater Horizon rig kills": the name is inside the subject's phrase, not it
            return new Subject(text, true, plural(text, words.subList(first, n)));
        }
        if (named != null) {
            String rest = left.substring(Math.min(spanEnd, named.end() - c.sentenceStart()), spanEnd);
            if (rest.matches("(\\s+[a-z][\\p{L}\\-]*){1,3}") || rest.matches("['\u2019]s(\\s+[\\p{L}\\-]+){1,3}")) {
                // "Hezbollah fighters": the name qualifies the noun that is the subject; "Orvo Danek's mother died":
                // the possessive's noun is, not the name
                return new Subject(named.name() + rest, true, plural(text, words.subList(first, n)));
            }
            return new Subject(named.name(), true, false);
        }
        if (n - first > 5) {
            return Subject.NONE;
        }
        if (first > 0 && ARTICLES.contains(words.get(first - 1).lower()) && Character.isLowerCase(text.charAt(0))) {
            // "in which a guard was killed": "a guard", not "Guard" (a bare noun says neither which nor how many)
            text = left.substring(words.get(first - 1).start(), spanEnd);
        }
        return new Subject(text, anyEntity, plural(text, words.subList(first, n)));
    }

    /** "for Botha, who died": the person or noun phrase a relative "who" follows. */
    private static Subject antecedent(Titles.Context c, String left, int relativeStart) {
        String before = left.substring(0, relativeStart).replaceAll("[\\s,]+$", "");
        for (Entities.Entity e : c.entities()) {
            int end = e.end() - c.sentenceStart();
            if (e.kind() == Entities.Kind.PERSON && end == before.length()) {
                return new Subject(e.name(), true, false);
            }
            if (e.kind() == Entities.Kind.PLACE && end == before.length()) {
                return Subject.NONE; // "a farmer in Zongyang County, who died": the place did not die
            }
        }
        List<Word> words = words(before, 0);
        int k = words.size();
        while (k > 0 && words.size() - k < 4 && !LEADING.contains(words.get(k - 1).lower())
                && !Titles.isStopWord(words.get(k - 1).lower()) && !c.inTime(words.get(k - 1).start())) {
            k--;
        }
        if (k == words.size()) {
            return Subject.NONE;
        }
        List<Word> np = words.subList(k, words.size());
        String text = before.substring(np.get(0).start(), np.get(np.size() - 1).end());
        return new Subject(text, false, plural(text, np));
    }

    /** The subject of a sentence's main clause, for a participle ("…, accounting for 97%") that has none. */
    static Subject ofMainClause(Titles.Context c) {
        for (Entities.Entity e : c.entities()) {
            if (e.start() >= c.sentenceStart() && e.start() < c.sentenceStart() + c.sentence().length()) {
                return new Subject(e.name(), true, false);
            }
        }
        return c.mainPerson().isEmpty() ? Subject.NONE : new Subject(c.mainPerson(), true, false);
    }

    /** Whether a noun phrase names more than one: "270 people", "Hezbollah fighters", "Kim and Xi". */
    private static boolean plural(String text, List<Word> words) {
        if (text.contains(" and ")) {
            return true;
        }
        String head = words.get(words.size() - 1).text();
        String lower = head.toLowerCase(Locale.ROOT);
        String firstWord = words.get(0).lower();
        boolean counted = firstWord.matches("[\\d,.]+") && !firstWord.equals("1") || NUMBERS.contains(firstWord);
        if (isPluralWord(lower) || counted && words.size() > 1) {
            return true;
        }
        if (lower.endsWith("’s") || lower.endsWith("'s") || lower.endsWith("ss") || lower.endsWith("us")
                || !lower.endsWith("s") || lower.length() <= 3) {
            return false;
        }
        // a capitalized word in -s is often one name ("Paribas"), but demonyms and parties are not
        return Character.isLowerCase(head.charAt(0)) || lower.matches(".*(ns|ts|is|ds|rs)");
    }

    private static List<Word> words(String s, int from) {
        List<Word> out = new ArrayList<>();
        Matcher m = WORD.matcher(s).region(from, s.length());
        while (m.find()) {
            out.add(new Word(m.start(), m.end(), m.group()));
        }
        return out;
    }
}
