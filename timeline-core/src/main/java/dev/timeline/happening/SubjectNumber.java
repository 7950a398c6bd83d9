package dev.timeline.happening;

import dev.timeline.event.CommonNouns;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Whether the verb of a subject that {@link ClauseSubjects} read agrees with it in the plural: a head in "-s" that is
 * no surname or acronym ("The rebels"), two subjects joined by "and" that are no one name ("Britain and France", not
 * "The Securities and Exchange Commission"), a people or a party ("The Russians", "Sunni Arabs"), a count ("Two
 * Palestinians", "Some 300 displaced Zaireans"). Stateless.
 */
final class SubjectNumber {
    /** A count of one, which takes the singular. */
    static final java.util.regex.Pattern ONE = java.util.regex.Pattern.compile("(?i)one|1|1\\.0+");
    /** A year, which counts nothing: "2010 hurricane season". */
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\d{4}");
    /**
     * Plurals of members of a party, creed or people: "Republicans", "Democrats", "Socialists", "Palestinians",
     * "Kenyans" (seven letters or more in "-ans", so that no "Evans" is one; "Orleans" is a name's).
     */
    private static final java.util.regex.Pattern MEMBERS_PLURAL = java.util.regex.Pattern.compile(
            "[a-z]+(?:icans|ians|ists|crats|atives)|(?!orleans)[a-z]{4,}ans");
    /** Plurals of members of a party or a creed, even after a capitalized word: "House Republicans". */
    private static final java.util.regex.Pattern PARTY_MEMBERS = java.util.regex.Pattern.compile(
            "[a-z]+(?:icans|ists|crats|atives)");
    /** An adjective of creed or nation by its ending: "Sunni", "Shiite", "Bosnian", "Kurdish", "Chinese". */
    private static final java.util.regex.Pattern CREED_OR_NATION = java.util.regex.Pattern.compile(
            "\\p{Lu}\\p{Ll}+(?:an|ese|ish|i|ite|ch)");

    private SubjectNumber() {
    }

    /**
     * Whether subject {@code subject}, at tokens {@code [subjectStart, subjectEnd)} of {@code text} with its head word
     * {@code headWord} at {@code head}, takes a verb in the plural; {@code quantified} when a quantifier opens it ("At
     * least 11 people").
     */
    static boolean isPlural(AnalyzedText text, Token headWord, int subjectStart, int subjectEnd, int head,
            String subject, boolean quantified, ClauseTitles.Names entities) {
        List<Token> tokens = text.tokens();
        return (headWord.pos().equals("NNS") || headWord.pos().equals("NNPS"))
                && !surnameNamedBefore(headWord, entities) && !SubjectParts.isAcronym(headWord)
                && !surnameAfterAName(tokens, headWord.index(), subjectStart)
                || subject.contains(" and ") && !andInsideAName(text, subjectStart, subjectEnd, entities)
                && !namesJoinedAfterHead(tokens, head, subjectEnd) && !oneThingOfTwoKinds(tokens, subjectStart, head)
                || capitalizedPlural(headWord) && !SubjectParts.isAcronym(headWord)
                && (!endsAName(tokens, headWord.index(), subjectStart) // "House Republicans" is no one name
                || PARTY_MEMBERS.matcher(headWord.lowerText()).matches())
                && !surnameNamedBefore(headWord, entities)
                || peoplePlural(tokens, headWord.index(), subjectStart)
                || quantified && !subject.matches("(?i)at (least|most) (one|1)\\b.*")
                || countedPlural(tokens, subjectStart, headWord.index())
                || subject.regionMatches(true, 0, "a total of ", 0, 11) // "A total of 12 people are killed"
                || Subjects.isPluralWord(Phrases.low(headWord))
                || (Character.isDigit(headWord.text().charAt(0)) || Subjects.isNumberWord(Phrases.low(headWord)))
                && !ONE.matcher(headWord.text()).matches() && !YEAR.matcher(headWord.text()).matches()
                && !numberOfAName(tokens, headWord.index(), subjectStart); // "Intermediate School 236 was"
    }

    /**
     * Whether the subject from {@code start} is one thing whose modifiers "and" joins: "a" or "an" opens it, its head
     * at {@code head} is singular, and a modifier with no determiner follows the "and" before it ("An oil and gas
     * discovery blew upward"; not "A man and a woman", "An explosion and fire").
     */
    private static boolean oneThingOfTwoKinds(List<Token> tokens, int start, int head) {
        String first = Phrases.low(tokens.get(start));
        if (!(first.equals("a") || first.equals("an")) || !tokens.get(head).pos().equals("NN")) {
            return false;
        }
        int and = -1;
        for (int i = start + 1; i < head; i++) {
            Token t = tokens.get(i);
            if (Phrases.low(t).equals("and")) {
                and = i;
            } else if (and >= 0 && (t.pos().equals("DT") || t.pos().equals("PRP$") || t.pos().equals("CD"))) {
                return false;
            }
        }
        return and >= 0 && and + 1 < head; // "An explosion and fire" joins two heads
    }

    /**
     * Whether the only "and" of the subject at tokens {@code [start, end)} joins the words of one organization's name,
     * not two subjects: "The Securities and Exchange Commission adopted a rule", "The National Oceanic and Atmospheric
     * Agency (NOAA) released" (an organization of the document's entities ends the subject, before an acronym in
     * brackets, and starts right after the "and" or holds it, after a capitalized word that is no entity of its
     * own), not "Britain and France agreed".
     */
    private static boolean andInsideAName(AnalyzedText text, int start, int end, ClauseTitles.Names entities) {
        List<Token> tokens = text.tokens();
        int and = -1;
        for (int i = start; i < end; i++) {
            if (Phrases.low(tokens.get(i)).equals("and")) {
                if (and >= 0) {
                    return false;
                }
                and = i;
            }
        }
        if (and <= start || and + 1 >= end || !Character.isUpperCase(tokens.get(and - 1).text().charAt(0))) {
            return false;
        }
        int last = end - 1;
        if (tokens.get(last).text().equals(")")) {
            // "The National Oceanic and Atmospheric Agency (NOAA)": the name ends before its acronym
            int open = last - 1;
            while (open > and + 1 && !tokens.get(open).text().equals("(")) {
                open--;
            }
            last = open > and + 1 ? open - 1 : last;
        }
        int nameStart = tokens.get(and + 1).start();
        int nameEnd = tokens.get(last).end();
        int before = tokens.get(and - 1).start();
        int conjunction = tokens.get(and).start();
        boolean organization = false;
        for (Entities.Entity x : entities.byStart()) {
            boolean whole = x.kind() == Entities.Kind.ORGANIZATION && x.start() <= before && x.end() == nameEnd;
            if (x.start() <= before && x.end() > before && x.end() <= conjunction) {
                return false; // "Britain and ...": the word before "and" names something of its own
            }
            organization |= whole
                    || x.kind() == Entities.Kind.ORGANIZATION && x.start() == nameStart && x.end() == nameEnd;
        }
        return organization;
    }

    /**
     * Whether every "and" of the subject at tokens {@code (head, end)} joins two capitalized words after the head,
     * inside the phrase that follows it ("The Ministry of Trade and Industry raises"), not two subjects ("The
     * president of France and the chancellor met").
     */
    private static boolean namesJoinedAfterHead(List<Token> tokens, int head, int end) {
        boolean joined = false;
        for (int i = head + 1; i < end; i++) {
            if (!Phrases.low(tokens.get(i)).equals("and")) {
                continue;
            }
            if (i + 1 >= end || !Character.isUpperCase(tokens.get(i - 1).text().charAt(0))
                    || !Character.isUpperCase(tokens.get(i + 1).text().charAt(0))
                    || ClauseSubjects.CAPITAL_ARTICLES.contains(tokens.get(i + 1).text())) {
                return false;
            }
            joined = true;
        }
        return joined;
    }

    /**
     * Whether {@code head} is the surname of a person the article named before ("Margaret Spellings ... Spellings/NNS
     * opened"): a name in "-s", no plural.
     */
    private static boolean surnameNamedBefore(Token head, ClauseTitles.Names entities) {
        return Character.isUpperCase(head.text().charAt(0)) && entities.persons().stream()
                .anyMatch(p -> p.end() < head.start() && p.name().endsWith(" " + head.text()));
    }

    /**
     * Whether the capitalized word at {@code head}, tagged a plural, follows a capitalized proper noun of the subject
     * that starts at {@code start} and is no common noun's plural: a surname in "-s" ("Jupp Heynckes/NNS won"), also
     * after a first name the tagger took for a common noun that is none ("Nuno/NN Pires/NNS").
     */
    private static boolean surnameAfterAName(List<Token> tokens, int head, int start) {
        Token t = tokens.get(head);
        String low = t.lowerText();
        Token before = head - 1 >= start ? tokens.get(head - 1) : null;
        boolean name = before != null && Character.isUpperCase(before.text().charAt(0)) && (before.pos().equals("NNP")
                || before.pos().equals("NN") && !CommonNouns.contains(before.lowerText()));
        return name && Character.isUpperCase(t.text().charAt(0)) && low.endsWith("s")
                && !CommonNouns.contains(low.substring(0, low.length() - 1))
                && !(low.endsWith("es") && CommonNouns.contains(low.substring(0, low.length() - 2)));
    }

    /**
     * Whether {@code head}, tagged a proper noun, is the plural of a common noun capitalized by its place: "Fans
     * waited", "Shares jumped" (not "Athens", "Reuters", nor "News", a common noun in the singular). The caller
     * leaves out a head that ends a name ("The United States", "Lehman Brothers").
     */
    private static boolean capitalizedPlural(Token head) {
        String low = head.lowerText();
        if (!head.pos().equals("NNP") || low.length() < 4 || !low.endsWith("s") || low.endsWith("ss")
                || low.endsWith("us") || low.endsWith("is") || CommonNouns.contains(low)) {
            return false;
        }
        String singular = low.endsWith("ies") ? low.substring(0, low.length() - 3) + "y"
                : low.substring(0, low.length() - 1);
        return CommonNouns.contains(singular) || MEMBERS_PLURAL.matcher(low).matches() // "Republicans", "Socialists"
                || low.endsWith("es") && CommonNouns.contains(low.substring(0, low.length() - 2));
    }

    /** Words that may stand before the number that opens a subject: "Some 300", "Nearly 700", "About 20". */
    private static final Set<String> APPROXIMATIONS = Set.of("some", "about", "nearly", "almost", "around",
            "roughly", "approximately", "over", "only", "just");

    /**
     * Whether a number other than one opens the subject, an approximation perhaps before it, and counts its head in
     * "-s" (or the same in the plural, "aircraft"), which the model may have tagged a proper noun in the singular
     * ("Two/CD Palestinians/NNP were killed", "Nineteen Palestinians", "Some 300 displaced Zaireans"; not "2010
     * hurricane season", "One of two men").
     */
    private static boolean countedPlural(List<Token> tokens, int subjectStart, int head) {
        if (head <= subjectStart || !tokens.get(head).lowerText().endsWith("s")
                && !SAME_IN_THE_PLURAL.contains(tokens.get(head).lowerText())) {
            return false; // "Two amphibious Russian aircraft have arrived": a plural without its "-s"
        }
        int at = subjectStart;
        while (at < head && APPROXIMATIONS.contains(Phrases.low(tokens.get(at)))) {
            at++; // "Some 300 displaced Zaireans", "Nearly 700 couples"
        }
        Token first = tokens.get(at);
        boolean number = first.pos().equals("CD") || Subjects.isNumberWord(Phrases.low(first));
        return number && !ONE.matcher(first.text()).matches() && !YEAR.matcher(first.text()).matches();
    }

    /**
     * Whether the capitalized word in "-s" at {@code at} names a people or a party in the plural: the plural of a
     * demonym of the gazetteer ("Americans", "Israelis"), a word after "the" that names no place and ends no name
     * ("The Russians", "the Kurds", "the Democrats"; not "The Netherlands", "the Evans family") or after a capitalized
     * adjective ("Sunni Arabs", "Shiite Kurds").
     */
    private static boolean peoplePlural(List<Token> tokens, int at, int subjectStart) {
        Token head = tokens.get(at);
        String word = head.text();
        String low = head.lowerText();
        if (!Character.isUpperCase(word.charAt(0)) || low.length() < 4 || !low.endsWith("s") || low.endsWith("ss")
                || low.endsWith("us") || Gazetteer.place(word).isPresent()) {
            return false;
        }
        String singular = word.substring(0, word.length() - 1);
        boolean demonym = Gazetteer.place(singular).filter(p -> !p.equalsIgnoreCase(singular)).isPresent();
        boolean afterThe = at - 1 >= subjectStart && tokens.get(at - 1).lowerText().equals("the");
        // "Sunni Arabs", "Bosnian Serbs": an adjective of creed or nation before a people ("The United States" and
        // "Wild Oats" are names)
        boolean afterAnAdjective = at - 1 >= subjectStart && tokens.get(at - 1).pos().startsWith("JJ")
                && CREED_OR_NATION.matcher(tokens.get(at - 1).text()).matches();
        return demonym || afterThe || afterAnAdjective;
    }

    /**
     * Whether token {@code at} ends a name: a capitalized word before it in the subject that is no article or number
     * ("The United States", "Lehman Brothers"; not "The Governors", "Eight Marines").
     */
    private static boolean endsAName(List<Token> tokens, int at, int subjectStart) {
        if (at - 1 < subjectStart) {
            return false;
        }
        Token before = tokens.get(at - 1);
        return Character.isUpperCase(before.text().charAt(0)) && !before.pos().equals("DT")
                && !before.pos().equals("CD");
    }

    /** Nouns whose plural is spelled as their singular: a number before one counts several. */
    private static final Set<String> SAME_IN_THE_PLURAL = Set.of("aircraft", "spacecraft", "sheep", "fish", "deer",
            "cattle", "personnel");

    /**
     * Whether the number at {@code at} ends a name after a capitalized word of the subject: "Intermediate School 236",
     * "Apollo 11", "the Group 20" are one thing, not a count.
     */
    static boolean numberOfAName(List<Token> tokens, int at, int subjectStart) {
        return at - 1 >= subjectStart && Character.isDigit(tokens.get(at).text().charAt(0))
                && tokens.get(at - 1).pos().startsWith("NNP")
                && Character.isUpperCase(tokens.get(at - 1).text().charAt(0));
    }
}
