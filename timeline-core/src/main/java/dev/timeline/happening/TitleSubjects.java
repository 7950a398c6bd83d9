package dev.timeline.happening;

import dev.timeline.event.EventMention;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a title's subject may be and what it lends the title: no figure ("59 percent of eligible Iraqis", "The number
 * of student visas"), no calendar period that begins or ends ("The hurricane season officially started"), no person
 * that "takes place", no bare common noun without a place ("Tests begin"; but "Stocks fell"); its head and last
 * word, whether it names someone ("The EU summit", not "A two-day meeting"), the main clause's subject for a pronoun
 * after "when" ("Six US marines were on leave when they raped a woman"), the owner of "his" for a plural subject
 * that names no one, and the place a "where" clause tells of ("the southern city of Malakal -- where clashes broke
 * out").
 */
final class TitleSubjects {
    /** Periods of the calendar ({@code calendar-periods.txt}): one that begins or ends is no happening. */
    static final Set<String> CALENDAR_PERIODS = Lexicons.firstColumn("calendar-periods.txt");
    /** What moves on a market's day, which a bare plural names well enough: "Stocks fell sharply on Monday". */
    static final Set<String> MARKETS = Set.of("stocks", "shares", "markets", "equities", "bonds");
    /** Verbs by which a period begins or ends. */
    static final Set<String> PERIOD_LIMITS = Set.of("begin", "start", "end", "open", "close", "finish",
            "expire", "commence");
    /** A subject that is a share of a whole: "59 percent of eligible Iraqis", "About 24 percent of federal waters". */
    static final Pattern SHARE = Pattern.compile(
            "(?i)((about|some|nearly|almost|over|more than|around|roughly|only|just) )?[\\d.,]+ ?(percent|per cent|%)");
    /** A subject that is a measure of something: "The number of student visas", "The total volume of trade". */
    static final Pattern MEASURE = Pattern.compile(
            "(?i)(the |a )?(total |overall |average )?(number|amount|volume|value|level|rate|proportion) of ");

    /** Conjunctions that open a clause after its main clause whose pronoun subject is the main clause's. */
    private static final Set<String> FOLLOWING_CLAUSES = Set.of("when", "after", "before", "as", "while", "until");

    private TitleSubjects() {
    }

    /**
     * The subject of the main clause before a "when", "after", "before", "as", "while" or "until" clause whose
     * subject, right before the verb group at {@code g}, is "they" (a plural subject) or "he" or "she" (a singular
     * one that ends on a name): "Six US marines were on leave when they raped a woman", "Senator Jim Webb was in
     * Tokyo when he signed the pact". The main clause's verb stands before the conjunction, no comma between; or
     * before a comma and "where", when "it" may also stand for a singular thing ("The virus has killed 109 people in
     * Mexico, where it was first detected in April").
     */
    static Optional<ClauseSubjects.Subject> mainSubjectOfItsPronoun(AnalyzedText text, Sentence s, int g,
            boolean[] covered, ClauseTitles.Names entities) {
        List<Token> tokens = text.tokens();
        // "The virus has killed 109 people in Mexico, where it was first detected in April": the place's comma
        boolean where = g - 3 > s.firstToken() && Phrases.low(tokens.get(g - 2)).equals("where")
                && tokens.get(g - 3).text().equals(",");
        if (g - 2 <= s.firstToken() || !FOLLOWING_CLAUSES.contains(Phrases.low(tokens.get(g - 2))) && !where) {
            return Optional.empty();
        }
        String pronoun = Phrases.low(tokens.get(g - 1));
        if (!pronoun.equals("they") && !pronoun.equals("he") && !pronoun.equals("she")
                && !(where && pronoun.equals("it"))) {
            return Optional.empty();
        }
        int verb = -1;
        for (int k = where ? g - 4 : g - 3; k >= s.firstToken() && verb < 0; k--) {
            Token t = tokens.get(k);
            if (t.text().equals(",") || t.text().equals(";") || ClauseSubjects.RELATIVES.contains(Phrases.low(t))) {
                return Optional.empty(); // another clause's subject, or a relative's
            }
            if (Phrases.isFiniteOrModal(t)) {
                verb = k;
            }
        }
        while (verb - 1 >= s.firstToken() && Phrases.isFiniteOrModal(tokens.get(verb - 1))) {
            verb--; // "had been": the verb group's first word
        }
        if (verb < 0 || ClauseSubjects.isReportingVerb(tokens.get(verb))) {
            return Optional.empty(); // "Police said when they arrived": the pronoun may be anyone's
        }
        for (int k = verb + 1; k < g - 2 && pronoun.equals("they"); k++) {
            if (!covered[k] && (tokens.get(k).pos().equals("NNS") || tokens.get(k).pos().equals("NNPS"))) {
                return Optional.empty(); // "refused to renew leases when they expire": which plural, the sense says
            }
        }
        if (SubjectReferents.withAnotherBefore(tokens, s, g - 1, tokens.get(verb).end())) {
            return Optional.empty(); // "Dr Venn was with the singer when she collapsed": which of the two, who knows
        }
        return ClauseSubjects.before(text, s, verb, true, covered, entities)
                .filter(main -> !main.text().endsWith("'s")) // "before Hashimoto's scheduled/VBD departure"
                .filter(main -> pronoun.equals("they") ? main.plural()
                        // "it": a thing, no person
                        : pronoun.equals("it") ? !main.plural() && !entities.personAt(tokens.get(main.start()).start())
                        : !main.plural() && endsOnAName(main.text(), tokens.get(main.start())))
                .map(main -> new ClauseSubjects.Subject(g - 1, main.text(), main.plural()));
    }

    /**
     * Whether the last word of {@code subject}, whose first token is {@code first}, is capitalized, in a subject of
     * more than one word or a proper noun: "Senator Jim Webb", not "History" opening its sentence.
     */
    private static boolean endsOnAName(String subject, Token first) {
        return Character.isUpperCase(subject.charAt(subject.lastIndexOf(' ') + 1))
                && (subject.indexOf(' ') > 0 || first.pos().startsWith("NNP"));
    }

    /**
     * {@code predicate} with its first "his" or "her" (from token {@code from} on) made the possessive of the
     * person the article is about or who opened the sentence before, when the plural {@code subject} names no one:
     * "In July, doctors removed a tumour from his rectum" after a sentence that Jose Alencar opens is "... from Jose
     * Alencar's rectum"; else {@code predicate} unchanged. A singular subject may be the owner ("The former official,
     * who left his post").
     */
    static String ownerOfHis(AnalyzedText text, Sentence s, String subject, String predicate, int from,
            ClauseTitles.Names entities) {
        String[] words = subject.split(" ");
        for (int i = 0; i < words.length; i++) {
            if (Character.isUpperCase(words[i].charAt(0))
                    && !(i == 0 && ClauseSubjects.CAPITAL_ARTICLES.contains(words[i]))) {
                return predicate; // "The Smiths hold their ..." names its owners
            }
        }
        List<Token> tokens = text.tokens();
        for (int k = from; k < s.endToken(); k++) {
            String low = Phrases.low(tokens.get(k));
            if (!low.equals("his") && !low.equals("her")) {
                continue;
            }
            Token pronoun = tokens.get(k);
            Optional<String> person = PersonReferents.lastPersonEntityBefore(entities, pronoun.start())
                    .filter(p -> p.name().equals(entities.mainPerson())
                            || PersonReferents.opensThePreviousSentence(text.text(), p, s.start()))
                    .map(Entities.Entity::name);
            int at = predicate.indexOf(" " + pronoun.text() + " ");
            return person.isEmpty() || at < 0 ? predicate
                    : predicate.substring(0, at + 1) + person.get() + "'s" + predicate.substring(at + 1
                    + pronoun.text().length());
        }
        return predicate;
    }

    /** Whether {@code subject}, at token {@code start}, is one common noun: no article, no modifier, no name. */
    static boolean bareCommonNoun(List<Token> tokens, int start, String subject) {
        String pos = tokens.get(start).pos();
        return subject.indexOf(' ') < 0 && (pos.equals("NN") || pos.equals("NNS") || pos.equals("VBG"))
                && !SubjectParts.isAcronym(tokens.get(start)); // "BP/NN was founded in 1903": a name
    }

    /** The most words of the place a clause opened by "where" tells of: "the southern city of Malakal". */
    private static final int MAX_PLACE = 8;

    /**
     * For a clause opened by "where", the place it tells of, as " in" and the noun phrase before "where" (a comma or
     * a dash between), when that phrase names something ("the southern city of Malakal -- where violent clashes broke
     * out" → " in the southern city of Malakal"); else "".
     */
    static String whereItHappened(AnalyzedText text, Sentence s, int subjectStart, boolean[] covered) {
        List<Token> tokens = text.tokens();
        if (subjectStart - 1 <= s.firstToken() || !Phrases.low(tokens.get(subjectStart - 1)).equals("where")) {
            return "";
        }
        int end = subjectStart - 1;
        if (ClauseSubjects.CLAUSE_MARKS.contains(Phrases.low(tokens.get(end - 1)))) {
            end--;
        }
        int start = end;
        while (start - 1 >= s.firstToken() && end - start < MAX_PLACE && !covered[start - 1]
                && (NounPhrases.isNounPhrasePart(tokens.get(start - 1))
                || Phrases.low(tokens.get(start - 1)).equals("of") && start - 2 >= s.firstToken()
                && tokens.get(start - 2).isNoun())) {
            start--;
        }
        while (start < end && Phrases.low(tokens.get(start)).equals("of")) {
            start++;
        }
        boolean named = false;
        for (int i = Math.max(start, s.firstToken() + 1); i < end; i++) {
            named |= tokens.get(i).pos().startsWith("NNP");
        }
        return named && tokens.get(end - 1).isNoun() ? " in " + Phrases.words(text, start, end) : "";
    }

    /** Determiners that may open a subject with a capital and name no one. */
    private static final Set<String> OPENING_DETERMINERS = Set.of("The", "A", "An", "This", "That", "These", "Those",
            "Its", "His", "Her", "Their", "Our", "Some", "Two", "Three", "Both", "Each", "Every", "Another");

    /** Whether verb {@code e} of lemma {@code lemma} says that something took place: "took place", "occurred". */
    static boolean takesPlace(List<Token> tokens, Sentence s, EventMention e, String lemma) {
        String low = lemma.toLowerCase(Locale.ROOT);
        int next = e.token().index() + 1;
        return low.equals("occur") || low.equals("happen") || low.equals("take") && next < s.endToken()
                && Phrases.low(tokens.get(next)).equals("place");
    }

    /**
     * Whether the subject {@code subject} is the name of a person or an organization of {@code entities}, an article
     * before it or none, a final full stop of an abbreviation aside ("Infogear Technology Corp."): no such name takes
     * place.
     */
    static boolean isAPersonOrAnOrganization(String subject, ClauseTitles.Names entities) {
        String name = subject.replaceFirst("^(?:The|the|A|a|An|an) ", "").replaceFirst("\\.$", "");
        return entities.byStart().stream().anyMatch(x -> (x.kind() == Entities.Kind.PERSON
                || x.kind() == Entities.Kind.ORGANIZATION) && x.name().replaceFirst("\\.$", "").equals(name));
    }

    /**
     * Whether the subject {@code subject} holds a name: a capitalized word after its first, or a first word that is
     * no determiner ("Millon's five-day visit", "The EU summit"; not "A two-day meeting").
     */
    static boolean namesSomeone(String subject) {
        String[] words = subject.split(" ");
        for (int i = 0; i < words.length; i++) {
            boolean capital = !words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0));
            if (capital && (i > 0 || !OPENING_DETERMINERS.contains(words[i]))) {
                return true;
            }
        }
        return false;
    }

    /** The head noun of {@code subject}, in lower case: its last word before a preposition, else its last word. */
    static String head(String subject) {
        List<String> words = List.of(subject.toLowerCase(Locale.ROOT).split(" "));
        for (int i = 1; i < words.size(); i++) {
            if (HEAD_ENDS.contains(words.get(i))) {
                return words.get(i - 1); // "The call for talks": the call
            }
        }
        return words.get(words.size() - 1);
    }

    /** The last word of {@code subject}, in lower case: "year" in "The end of the current Iranian year". */
    static String lastWord(String subject) {
        return subject.substring(subject.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    }

    /** Prepositions after the head noun of a subject: "The hurricane season in the region", "The call for talks". */
    private static final Set<String> HEAD_ENDS = Set.of("of", "for", "in", "at", "on", "with", "from", "to", "by",
            "between", "over", "against");
}
