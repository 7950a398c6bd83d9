package dev.timeline.happening;

import dev.timeline.event.EventMention;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.LanguageLayer;
import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Titles of learned events, built from the event's clause: for a verb, its subject, the verb in the present tense
 * from its lemma and the rest of its predicate ("The central bank raises its main rate", "Rebels seize the
 * airport"), built by {@link VerbTitles}; for an event noun, its noun phrase of two words or more with a proper noun
 * in it, not only in a phrase of place ("Gibran Tueni's funeral"; "the ceremony", "next policy meeting" or "talks in
 * Moscow" say too little), built by {@link NounTitles}. A personal pronoun subject stands for the document's main
 * person; a clause whose subject cannot be named ("it", "they") gives no title. Keeps the {@link Title} and
 * {@link Names} records, the entry points ({@link #of}, {@link #ofGoverned}, {@link #ofReported}) and what they
 * decide before a title is built: whether a verb heads a clause ("a press briefing" does not), an auxiliary before a
 * date ("had last week announced", "was earlier Tuesday ordered"), a past the tagger took for a noun ("Crude oil
 * prices rose/NN slightly").
 */
final class ClauseTitles {
    /** A comparative after a past taken for an adjective: "closed lower", "ended higher". */
    private static final Set<String> COMPARATIVES = Set.of("JJR", "RBR");
    /** Tags of a word that can follow a verb but not go on with a noun phrase: "rose slightly", "rose 5%". */
    private static final Set<String> AFTER_VERB = Set.of("RB", "CD", "IN", "TO", "DT", "$", ".", ",", ":");

    /** A title, the span of text it was read from, and the lemma of its event word (the happening's type). */
    record Title(String text, int start, int end, boolean hasSubject, String verb, int clauseEnd) {
        Title(String text, int start, int end, boolean hasSubject, String verb) {
            this(text, start, end, hasSubject, verb, -1);
        }

        /** Whether the title comes from a reduced relative clause ("barges used to collect oil were parked"). */
        boolean isModifier() {
            return clauseEnd >= 0;
        }
    }

    private ClauseTitles() {
    }

    /**
     * The names of one document, in text order, its main person and its main organization (each the one named most,
     * at least twice), the place its dateline names ({@code ""} when none), its companies in text order ({@link
     * #company}), its persons' full names by their first and last words and the first words of its other names
     * ({@link PersonReferents#fullNameOfAFirstName}): built once, read for every title.
     */
    record Names(List<Entities.Entity> byStart, List<Entities.Entity> persons, String mainPerson,
            String mainOrganization, String dateline, List<Entities.Entity> companies,
            Map<String, Set<String>> fullNamesByWord, Set<String> otherNamesFirstWords) {
        /**
         * The company that a description such as "The firm" stands for at offset {@code at}: the main organization
         * unless it is no company ({@link Entities#isNoCompany}: "The White House"), else the last organization named
         * before {@code at} that is one; {@code ""} when there is no such one.
         */
        String company(int at) {
            if (!mainOrganization.isEmpty() && !Entities.isNoCompany(mainOrganization)) {
                return mainOrganization;
            }
            int before = PersonReferents.personsBefore(companies, at) - 1;
            return before >= 0 ? companies.get(before).name() : "";
        }

        /** Whether a person's name starts at offset {@code start}. */
        boolean personAt(int start) {
            int i = PersonReferents.personsBefore(persons, start);
            return i < persons.size() && persons.get(i).start() == start;
        }

        static Names of(List<Entities.Entity> entities) {
            return of(entities, "");
        }

        static Names of(List<Entities.Entity> entities, String dateline) {
            List<Entities.Entity> sorted = new ArrayList<>(entities);
            sorted.sort(java.util.Comparator.comparingInt(Entities.Entity::start)
                    .thenComparingInt(Entities.Entity::end));
            List<Entities.Entity> persons = sorted.stream().filter(x -> x.kind() == Entities.Kind.PERSON).toList();
            List<Entities.Entity> organizations = sorted.stream()
                    .filter(x -> x.kind() == Entities.Kind.ORGANIZATION && !Entities.isNewsMedia(x.name())).toList();
            List<Entities.Entity> companies = organizations.stream().filter(x -> !Entities.isNoCompany(x.name()))
                    .toList();
            // "Matt Monro": a full name by its first and its last word; "Exxon Mobil Corp": a first word of another
            Map<String, Set<String>> fullNames = new java.util.HashMap<>();
            Set<String> otherFirstWords = new java.util.HashSet<>();
            for (Entities.Entity x : sorted) {
                String[] words = x.name().split(" ");
                if (x.kind() != Entities.Kind.PERSON) {
                    otherFirstWords.add(words[0]);
                } else if (words.length >= 2) {
                    fullNames.computeIfAbsent(words[0], k -> new java.util.HashSet<>()).add(x.name());
                    fullNames.computeIfAbsent(words[words.length - 1], k -> new java.util.HashSet<>()).add(x.name());
                }
            }
            return new Names(List.copyOf(sorted), persons, mostNamed(persons), mostNamed(organizations), dateline,
                    companies, Map.copyOf(fullNames), Set.copyOf(otherFirstWords));
        }
    }

    /** The title of {@code e}, if its clause names one. {@code covered} marks tokens inside time expressions. */
    static Optional<Title> of(AnalyzedText text, EventMention e, boolean[] covered, Names entities) {
        int at = e.token().index();
        if (at > 0 && Phrases.isInnerHyphen(text.tokens(), text.sentenceOf(e.token()), at - 1)) {
            return Optional.empty(); // "China's state-owned metals giant": the end of a compound word modifies a noun
        }
        if (isAuxiliaryBeforeDate(text, e.token(), covered)) {
            return Optional.empty(); // "The president had last week announced": "had" is the participle's auxiliary
        }
        if (isFiniteOrParticiple(text, e.token())) {
            return VerbTitles.verbTitle(text, e, e.lemma(), covered, entities, null);
        }
        Optional<String> past = pastTakenForNoun(text, e.token());
        return past.isPresent() ? VerbTitles.verbTitle(text, e, past.get(), covered, entities, null)
                : NounTitles.nounTitle(text, e, covered, entities);
    }

    /**
     * The title of the event noun {@code noun} read from the clause of {@code governor}, the verb whose object it heads
     * ({@link GovernedNouns}): "Saudi Arabia suffered a humiliating defeat to Germany in 2002" is "Saudi Arabia suffers
     * a humiliating defeat to Germany", of the type of the noun. Only a title with a subject that holds the noun.
     */
    static Optional<Title> ofGoverned(AnalyzedText text, EventMention noun, EventMention governor, boolean[] covered,
            Names entities) {
        if (!isFiniteOrParticiple(text, governor.token())) {
            return Optional.empty();
        }
        return VerbTitles.verbTitle(text, governor, governor.lemma(), covered, entities, null)
                .filter(t -> t.hasSubject() && !t.isModifier() && t.end() >= noun.token().end())
                .map(t -> new Title(t.text(), t.start(), t.end(), true, noun.verbLemma()));
    }

    /**
     * The title of the verb {@code e} that {@code report} reports, a pronoun subject standing for the report's own
     * subject: "BP said on Sunday that it had capped the well" is "BP caps the well".
     */
    static Optional<Title> ofReported(AnalyzedText text, EventMention e, EventMention report, boolean[] covered,
            Names entities) {
        Sentence s = text.sentenceOf(report.token());
        int g = report.token().index();
        while (g - 1 >= s.firstToken() && (text.tokens().get(g - 1).pos().equals("RB")
                || text.tokens().get(g - 1).pos().equals("MD") || text.tokens().get(g - 1).lemma().equals("have"))) {
            g--;
        }
        ClauseSubjects.Subject reporter = ClauseSubjects.before(text, s, g, true, covered, entities).orElse(null);
        int opener = reporter == null ? g - 1 : reporter.start() - 1;
        if (opener >= s.firstToken() && Phrases.RELATIVE_PRONOUNS.contains(Phrases.low(text.tokens().get(opener)))) {
            return Optional.empty(); // "the city which the rebels said Wednesday they had captured": a relative
        }
        Token before = text.tokens().get(Math.max(0, e.token().index() - 1));
        // an active verb says what happened only with what it acted on where a noun before the report may be what it
        // acted on ("the city the rebels said Wednesday they had captured"); the report opening its clause, a verb that
        // ends its own clause took no object ("Acme said on Wednesday that Tomas Vell had died.")
        boolean objectBefore = opener >= s.firstToken() && text.tokens().get(opener).isNoun();
        int after = e.token().index() + 1;
        boolean endsClause = after >= s.endToken() || text.tokens().get(after).pos().equals(".")
                || Phrases.endsClause(text.tokens().get(after));
        return VerbTitles.verbTitle(text, e, e.lemma(), covered, entities, reporter)
                .filter(t -> t.end() > e.token().end() || before.lemma().equals("be") || !objectBefore && endsClause);
    }

    /**
     * Whether {@code t}, a form of "have", is the auxiliary of a past or participle that follows it past a date or an
     * adverb ("had last week announced", "has since resigned").
     */
    private static boolean isAuxiliaryBeforeDate(AnalyzedText text, Token t, boolean[] covered) {
        if (!t.lemma().equals("have")) {
            return false;
        }
        Sentence s = text.sentenceOf(t);
        int i = t.index() + 1;
        while (i < s.endToken() && (covered[i] || text.tokens().get(i).pos().equals("RB"))) {
            i++;
        }
        return i > t.index() + 1 && i < s.endToken() && (text.tokens().get(i).pos().equals("VBN")
                || text.tokens().get(i).pos().equals("VBD"));
    }

    /**
     * The lemma of a simple past that the tagger took for a noun or an adjective after its subject ("Crude oil prices
     * rose/NN slightly", "Consumer prices rose/NN 0.86 percent", "Share prices closed/JJ lower Thursday"): an
     * irregular past taken for a noun, or a past of a verb news uses taken for an adjective, after a noun and before
     * a word that cannot go on with a noun phrase; or such an adjective after "be", a passive ("were wounded/JJ").
     */
    private static Optional<String> pastTakenForNoun(AnalyzedText text, Token t) {
        List<Token> tokens = text.tokens();
        Sentence s = text.sentenceOf(t);
        boolean adjective = t.pos().equals("JJ");
        if (!(t.pos().equals("NN") || adjective) || t.index() == s.firstToken()) {
            return Optional.empty();
        }
        Token before = tokens.get(t.index() - 1);
        if (adjective && before.isVerb() && before.lemma().equals("be")) {
            // "militants were wounded/JJ in clashes": a past after "be" is a passive participle
            return LanguageLayer.english().pastLemma(t.text());
        }
        if (!before.isNoun()) {
            return Optional.empty();
        }
        if (t.index() + 1 < s.endToken() && !AFTER_VERB.contains(tokens.get(t.index() + 1).pos())
                && !(adjective && COMPARATIVES.contains(tokens.get(t.index() + 1).pos()))) {
            return Optional.empty();
        }
        return adjective ? LanguageLayer.english().pastLemma(t.text())
                : LanguageLayer.english().irregularPastLemma(t.text());
    }

    /** Whether a verb heads a clause: any form but a gerund after a determiner or modifier ("a press briefing"). */
    private static boolean isFiniteOrParticiple(AnalyzedText text, Token t) {
        if (!t.isVerb()) {
            return false;
        }
        if (t.index() == 0) {
            return true;
        }
        Token before = text.tokens().get(t.index() - 1);
        if (!t.pos().equals("VBG")) {
            // "BP's beleaguered chief executive": a past between a possessive and its noun is an adjective; a name
            // that ends its phrase after it is its object ("Moody's downgraded Pelmar on Thursday")
            boolean possessed = before.pos().equals("POS") || before.pos().equals("PRP$");
            Token after = t.index() + 1 < text.tokens().size() ? text.tokens().get(t.index() + 1) : t;
            return !(possessed && (after.isNoun() && !isNameEndingItsPhrase(text.tokens(), after.index())
                    || after.pos().startsWith("JJ")));
        }
        return !(before.pos().equals("DT") || before.pos().startsWith("JJ") || before.pos().startsWith("NN")
                || before.pos().equals("PRP$") || before.pos().equals("POS"));
    }

    /**
     * Whether the token at {@code at} opens a run of proper nouns that no noun and no verb go on after ("Pelmar on"):
     * a name that ends its phrase, not one a verb follows as its subject ("BP's beleaguered Tony Hayward resigned").
     */
    private static boolean isNameEndingItsPhrase(List<Token> tokens, int at) {
        int k = at;
        while (k < tokens.size() && tokens.get(k).pos().startsWith("NNP")) {
            k++;
        }
        return k > at && (k == tokens.size() || !tokens.get(k).isNoun() && !tokens.get(k).isVerb()
                && !tokens.get(k).pos().equals("POS") && !tokens.get(k).pos().equals("MD"));
    }

    /** Words that lead a date inside a verb group: "was [on] Monday arrested", "was [earlier] Tuesday ordered". */
    private static final Set<String> GROUP_DATE_LEADS = Set.of("on", "earlier", "later", "late", "early");

    /**
     * The index of the auxiliary ("be", "have" or a modal) right before the date, and the words that lead it, that
     * ends before token {@code g}, or -1 if no date ends there or no auxiliary opens it: "was earlier Tuesday
     * [ordered]".
     */
    static int auxiliaryBeforeDate(List<Token> tokens, Sentence s, int g, boolean[] covered) {
        int k = g - 1;
        if (!covered[k]) {
            return -1;
        }
        while (k >= s.firstToken() && covered[k]) {
            k--;
        }
        while (k >= s.firstToken() && GROUP_DATE_LEADS.contains(Phrases.low(tokens.get(k)))) {
            k--;
        }
        if (k < s.firstToken()) {
            return -1;
        }
        Token aux = tokens.get(k);
        return aux.isVerb() && (aux.lemma().equals("be") || aux.lemma().equals("have")) || aux.pos().equals("MD")
                ? k : -1;
    }

    /** The name a list of one kind's entities holds most often, if at least twice; else "". */
    private static String mostNamed(List<Entities.Entity> entities) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        String best = "";
        for (Entities.Entity x : entities) {
            int n = counts.merge(x.name(), 1, Integer::sum);
            if (n >= 2 && n > counts.getOrDefault(best, 0)) {
                best = x.name();
            }
        }
        return best;
    }
}
