package dev.timeline.happening;

import dev.timeline.event.CommonNouns;
import dev.timeline.event.EventClass;
import dev.timeline.event.EventMention;
import dev.timeline.event.Tense;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.LanguageLayer;
import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Titles of learned events, built from the event's clause: for a verb, its subject, the verb in the present tense
 * from its lemma and the rest of its predicate ("The central bank raises its main rate", "Rebels seize the
 * airport"); for an event noun, its noun phrase of two words or more with a proper noun in it, not only in a phrase
 * of place ("Gibran Tueni's funeral"; "the ceremony", "next policy meeting" or "talks in Moscow" say too little). A
 * personal pronoun subject stands for the document's main person; a clause whose subject cannot be named ("it",
 * "they") gives no title.
 */
final class ClauseTitles {
    private static final Set<String> AUXILIARIES = Set.of("will", "would", "shall", "should", "may", "might", "can",
            "could", "must", "'ll", "'d", "to", "not", "n't", "never", "also", "already", "still", "just", "then",
            "reportedly", "finally", "later", "recently", "now", "soon", "again", "yet");
    /** Lemmas of the verbs that are auxiliaries as often as not: "was expected to", "had to". */
    private static final Set<String> AUXILIARY_LEMMAS = Set.of("be", "have");
    /** Adverbs of how far a happening went, which a title keeps before its verb: "Acme Bank almost collapses". */
    private static final Set<String> DEGREES = Set.of("almost", "nearly", "partially", "partly", "narrowly",
            "barely", "virtually", "largely");
    /** Object pronouns: a predicate whose only object is one points back to a sentence the title does not quote. */
    private static final Set<String> OBJECT_PRONOUNS = Set.of("it", "him", "her", "them", "this", "that", "these",
            "those", "me", "us", "you");
    /** Prepositions that open a verb's complement after a date: "called on Sunday for ...", "met Tuesday with ...". */
    private static final Set<String> COMPLEMENT_PREPOSITIONS = Set.of("for", "with", "against", "on", "over",
            "about", "into", "from", "off", "out", "up", "down");
    /** Object pronouns that stand for a person or people named before: "charged him". */
    private static final Set<String> PERSONAL_OBJECTS = Set.of("him", "her", "them");
    /** Pronouns that, in a reported clause, stand for the one who reports: "BP said it had capped the well". */
    private static final Set<String> REFERRING = Set.of("it", "they", "he", "she");
    /** Words that open a clause standing as a verb's object: "discuss how", "decide whether". */
    /** Prepositions inside a name: "the Forum on China-Africa Cooperation", "the Council for Trade". */
    private static final Set<String> NAME_PREPOSITIONS = Set.of("of", "on", "for");
    private static final Set<String> QUESTION_WORDS = Set.of("how", "what", "whether", "why", "where", "who",
            "which", "if");
    /** Verbs of saying: without an object of their own the title says only that someone spoke. */
    private static final Set<String> SPEECH = Lexicons.firstColumn("speech-verbs.txt");
    /** Verbs whose subject does what their infinitive says: "failed to agree" is active. */
    private static final Set<String> SUBJECT_CONTROL = Lexicons.firstColumn("subject-control-verbs.txt");
    /** Verbs that take no object ({@code intransitive-verbs.txt}): "died" is never a passive participle. */
    private static final Set<String> INTRANSITIVE = Lexicons.firstColumn("intransitive-verbs.txt");
    /** Verbs that name no happening without what follows them ({@code complement-verbs.txt}): "BP agrees". */
    private static final Set<String> COMPLEMENT_VERBS = Lexicons.firstColumn("complement-verbs.txt");
    /** Verbs whose "as" phrase names a role ({@code role-verbs.txt}): "appoints X as head of the government". */
    private static final Set<String> ROLE_VERBS = Lexicons.firstColumn("role-verbs.txt");
    /** Verbs that take "in" as a particle when no noun phrase follows it: "was sworn in on Saturday". */
    private static final Set<String> IN_PARTICLE_VERBS = Set.of("swear", "usher", "phase", "cave");
    /** Periods of the calendar ({@code calendar-periods.txt}): one that begins or ends is no happening. */
    static final Set<String> CALENDAR_PERIODS = Lexicons.firstColumn("calendar-periods.txt");
    /** What moves on a market's day, which a bare plural names well enough: "Stocks fell sharply on Monday". */
    private static final Set<String> MARKETS = Set.of("stocks", "shares", "markets", "equities", "bonds");
    /** Words after "make" that make it a verb of saying: "made clear", "made plain", "made known". */
    private static final Set<String> STATED = Set.of("clear", "plain", "known");
    /** Verbs by which a period begins or ends. */
    private static final Set<String> PERIOD_LIMITS = Set.of("begin", "start", "end", "open", "close", "finish",
            "expire", "commence");
    /** A subject that is a share of a whole: "59 percent of eligible Iraqis", "About 24 percent of federal waters". */
    /**
     * What ends a title cut before its object: an "-ing" conjunct ("... and replacing"), a phrase of purpose ("with an
     * eye [toward goosing the process]", "with a view [to]", "in an attempt [to capture the oil]"), a word that opens
     * examples ("dropped senior ministers including [those in charge of the home ministry]").
     */
    private static final Pattern DANGLING_GERUND = Pattern.compile(
            ",?\\s+(?:(?:and|or)\\s+\\p{L}+ing|with (?:an eye|a view)|including|such as|among them"
            + "|in (?:an attempt|a bid|an effort|a move|a push|a drive|order))$");
    /**
     * A passive conjunct in the past after the title's own verb, its subject of up to five words between: "A man is
     * arrested and his car [was] seized", which the present of the title tells as "is".
     */
    private static final Pattern PAST_CONJUNCT = Pattern.compile(
            "( and (?:[\\p{L}\\d'’-]+ ){1,5}?)(was|were)( \\p{Ll}+(?:ed|en|wn|ung|ut|lt)\\b)");
    private static final Pattern SHARE = Pattern.compile(
            "(?i)((about|some|nearly|almost|over|more than|around|roughly|only|just) )?[\\d.,]+ ?(percent|per cent|%)");
    /** A subject that is a measure of something: "The number of student visas", "The total volume of trade". */
    private static final Pattern MEASURE = Pattern.compile(
            "(?i)(the |a )?(total |overall |average )?(number|amount|volume|value|level|rate|proportion) of ");
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
     * at least twice), and the place its dateline names ({@code ""} when none): built once, read for every title.
     */
    record Names(List<Entities.Entity> byStart, List<Entities.Entity> persons, String mainPerson,
            String mainOrganization, String dateline) {
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
            return new Names(List.copyOf(sorted), persons, mostNamed(persons), mostNamed(organizations), dateline);
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
            return verbTitle(text, e, e.lemma(), covered, entities, null);
        }
        Optional<String> past = pastTakenForNoun(text, e.token());
        return past.isPresent() ? verbTitle(text, e, past.get(), covered, entities, null)
                : nounTitle(text, e, covered, entities);
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
        return verbTitle(text, governor, governor.lemma(), covered, entities, null)
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
        return verbTitle(text, e, e.lemma(), covered, entities, reporter).filter(t -> t.end() > e.token().end()
                || before.lemma().equals("be") || !objectBefore && endsClause);
    }

    /**
     * Where the participle of a passive conjunct whose subject is "others" stands when "and" at {@code at} opens it:
     * "were killed [and at least four others were injured]"; -1 if none.
     */
    static int othersConjunct(List<Token> tokens, Sentence s, int at) {
        if (at >= s.endToken() || !Phrases.low(tokens.get(at)).equals("and")) {
            return -1;
        }
        int start = at + 1;
        if (start + 1 < s.endToken() && Phrases.low(tokens.get(start)).equals("at")
                && BOUNDS_OF_A_COUNT.contains(Phrases.low(tokens.get(start + 1)))) {
            start += 2; // "and at least four others were injured"
        }
        int k = start;
        while (k < s.endToken() && k - start < GAPPED_SUBJECT && Phrases.isNounPhrasePart(tokens.get(k))) {
            k++;
        }
        boolean be = k + 1 < s.endToken() && BE_PASTS.contains(Phrases.low(tokens.get(k)))
                && (tokens.get(k + 1).pos().equals("VBN") || tokens.get(k + 1).pos().equals("VBD"));
        return k > start && Phrases.low(tokens.get(k - 1)).equals("others") && be ? k + 1 : -1;
    }

    /** The words after "at" that bound a count: "at least four others". */
    private static final Set<String> BOUNDS_OF_A_COUNT = Set.of("least", "most");

    /** Words that stand alone as a second verb's object: "killed one soldier and wounded another". */
    private static final Set<String> PRONOUN_OBJECTS = Set.of("another", "others", "two", "three", "several",
            "dozens", "scores", "hundreds");
    /** The pasts of "be" that a passive conjunct after "and" repeats: "and four others were injured". */
    private static final Set<String> BE_PASTS = Set.of("was", "were");

    /** How many words the subject of a gapped passive conjunct may have: "and [seven others] wounded". */
    private static final int GAPPED_SUBJECT = 4;

    /**
     * Where the participle of a passive conjunct whose "be" is gapped stands when "and" at {@code at} opens it: "were
     * killed [and seven others wounded]"; -1 if none.
     */
    static int gappedConjunct(List<Token> tokens, Sentence s, int at) {
        if (at >= s.endToken() || !Phrases.low(tokens.get(at)).equals("and")) {
            return -1;
        }
        int k = at + 1;
        while (k < s.endToken() && k - at <= GAPPED_SUBJECT && Phrases.isNounPhrasePart(tokens.get(k))) {
            k++;
        }
        boolean participle = k < s.endToken()
                && (tokens.get(k).pos().equals("VBN") || tokens.get(k).pos().equals("VBD"));
        return k > at + 1 && participle ? k : -1;
    }

    /**
     * Whether "here" follows the verb, among the adverbs and the time expression right after it ("arrived here on
     * Tuesday", "were arrested Monday here").
     */
    private static boolean hasHere(List<Token> tokens, Sentence s, int from, boolean[] covered) {
        for (int i = from; i < s.endToken() && (covered[i] || tokens.get(i).pos().startsWith("RB")); i++) {
            if (!covered[i] && Phrases.low(tokens.get(i)).equals("here")) {
                return true;
            }
        }
        return false;
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

    /**
     * Whether a subordinating word at {@code at} opens a clause whose pronoun subject a verb follows: "resigned last
     * October [after it emerged] that ...", "left [before they arrived]"; the pronoun is no object of the verb before.
     */
    private static boolean subordinateClauseAt(List<Token> tokens, Sentence s, int at) {
        return SubjectStarts.SUBORDINATORS.contains(Phrases.low(tokens.get(at))) && at + 2 < s.endToken()
                && (tokens.get(at + 2).isVerb() || tokens.get(at + 2).pos().equals("MD"));
    }

    /** Conjunctions that open a clause after its main clause whose pronoun subject is the main clause's. */
    private static final Set<String> FOLLOWING_CLAUSES = Set.of("when", "after", "before", "as", "while", "until");

    /**
     * The subject of the main clause before a "when", "after", "before", "as", "while" or "until" clause whose
     * subject, right before the verb group at {@code g}, is "they" (a plural subject) or "he" or "she" (a singular
     * one that ends on a name): "Six US marines were on leave when they raped a woman", "Senator Jim Webb was in
     * Tokyo when he signed the pact". The main clause's verb stands before the conjunction, no comma between.
     */
    private static Optional<ClauseSubjects.Subject> mainSubjectOfItsPronoun(AnalyzedText text, Sentence s, int g,
            boolean[] covered, Names entities) {
        List<Token> tokens = text.tokens();
        if (g - 2 <= s.firstToken() || !FOLLOWING_CLAUSES.contains(Phrases.low(tokens.get(g - 2)))) {
            return Optional.empty();
        }
        String pronoun = Phrases.low(tokens.get(g - 1));
        if (!pronoun.equals("they") && !pronoun.equals("he") && !pronoun.equals("she")) {
            return Optional.empty();
        }
        int verb = -1;
        for (int k = g - 3; k >= s.firstToken() && verb < 0; k--) {
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
        return ClauseSubjects.before(text, s, verb, true, covered, entities)
                .filter(main -> pronoun.equals("they") ? main.plural()
                        : !main.plural() && Character.isUpperCase(lastWord(main.text()).charAt(0)))
                .map(main -> new ClauseSubjects.Subject(g - 1, main.text(), main.plural()));
    }

    /** Words that lead a date inside a verb group: "was [on] Monday arrested", "was [earlier] Tuesday ordered". */
    private static final Set<String> GROUP_DATE_LEADS = Set.of("on", "earlier", "later", "late", "early");

    /**
     * The index of the auxiliary ("be", "have" or a modal) right before the date, and the words that lead it, that
     * ends before token {@code g}, or -1 if no date ends there or no auxiliary opens it: "was earlier Tuesday
     * [ordered]".
     */
    private static int auxiliaryBeforeDate(List<Token> tokens, Sentence s, int g, boolean[] covered) {
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

    /** {@code referent}: what "it" or "they" before the verb group stands for, or null. */
    private static Optional<Title> verbTitle(AnalyzedText text, EventMention e, String lemma, boolean[] covered,
            Names entities, ClauseSubjects.Subject referent) {
        List<Token> tokens = text.tokens();
        Sentence s = text.sentenceOf(e.token());
        int g = e.token().index();
        boolean passive = false;
        int schedule = e.tense() == Tense.INFINITIVE ? Plans.scheduled(text, e) : -1;
        while (g - 1 >= s.firstToken()) {
            // "was earlier Tuesday ordered", "was on Monday arrested": the group goes on past its date (not a plan's
            // "was on Wednesday set to adopt", whose date is the plan's)
            int beforeDate = Plans.SCHEDULED.contains(Phrases.low(e.token())) ? -1
                    : auxiliaryBeforeDate(tokens, s, g, covered);
            if (beforeDate >= 0) {
                g = beforeDate + 1;
            }
            Token t = tokens.get(g - 1);
            String low = Phrases.low(t);
            if (g - 1 == schedule || Plans.managed(t) && e.tense() == Tense.INFINITIVE
                    && Phrases.low(tokens.get(g)).equals("to")) {
                // "BP is scheduled to open a plant", "BP plans to open a plant": the plan's subject opens it; "BP
                // managed to cap the well": BP capped it
                g--;
                continue;
            }
            if (low.equals("to") && g - 2 >= s.firstToken() && tokens.get(g - 2).lemma().equals("be")
                    && tokens.get(g - 2).isVerb() && g == e.token().index()) {
                g -= 2; // "schools are to shut": "be to" is a plan, no passive ("are shut")
                continue;
            }
            if (t.lemma().equals("be") && t.isVerb()) {
                // "was set/VBP up in 1991", "was shut/VBD down": a past or a present after "be" is a participle the
                // tagger took for another form; "is very acute/VBP" is no verb at all
                boolean participle = e.token().pos().equals("VBN") || e.token().pos().equals("VBD")
                        || LanguageLayer.english().maybeSimplePast(e.token().text());
                if (!participle && (e.token().pos().equals("VBP") || e.token().pos().equals("VBZ"))) {
                    return Optional.empty();
                }
                passive |= participle;
            } else if (!(t.lemma().equals("have") && t.isVerb() || t.lemma().equals("do") && t.isVerb()
                    || AUXILIARIES.contains(low) && !t.pos().startsWith("NNP") // "in May/NNP signed"
                    || t.pos().equals("RB") || t.pos().equals("MD"))) {
                break;
            }
            g--;
        }
        boolean auxiliary = false; // a verb, modal or "to" before it; adverbs alone ("typically administered") are none
        for (int i = g; i < e.token().index(); i++) {
            auxiliary |= tokens.get(i).isVerb() || tokens.get(i).pos().equals("MD") || tokens.get(i).pos().equals("TO");
        }
        Token word = e.token();
        // "Robert Davies born 1877": "born" is always a passive, with or without "was"
        passive |= Phrases.low(word).equals("born");
        Optional<ClauseSubjects.Subject> opening = Optional.empty();
        if (!auxiliary && g == word.index()
                && (word.pos().equals("VBN") || word.pos().equals("VBD") && word.mayBePastParticiple())) {
            // "Founded in 1998 by two students, Google grew": the participle tells of the clause's subject, passive
            opening = SharedSubjects.ofOpeningParticiple(text, s, g, covered, entities);
            passive |= opening.isPresent();
        }
        if (opening.isEmpty() && g < word.index() && Phrases.low(tokens.get(g)).equals("having")) {
            // "continues to run her practice in Houston, having resumed work there in November": the main subject's
            opening = SharedSubjects.ofTrailingPerfectParticiple(text, s, g, covered, entities);
        }
        if (word.pos().equals("VBG") && !auxiliary) {
            // "Delivering the results last week, Mark Bly said ...": a participle that opens the sentence has the
            // subject of the clause after it; elsewhere it modifies ("an insurgent wearing a belt")
            // "Dock workers will go back to work on Monday after reaching an agreement": a gerund that "after" or
            // "before" opens has the subject of the clause it stands in
            opening = SharedSubjects.ofOpeningParticiple(text, s, g, covered, entities);
            if (opening.isEmpty()) {
                opening = SharedSubjects.ofSubordinateGerund(text, s, g, covered, entities);
            }
            if (opening.isEmpty()) {
                return Optional.empty();
            }
        }
        boolean objectFollows = word.index() + 1 < s.endToken() && !covered[word.index() + 1]
                && Phrases.isNounPhraseStart(tokens.get(word.index() + 1));
        // "Police announced Wednesday they had recommended charges", "announced on Wednesday the opening of an
        // inquiry": past a date, a subject pronoun opens the verb's clause and a noun phrase is its object, so the
        // verb is no participle of a reduced relative clause
        int pastItsDate = skipDate(tokens, s, word.index() + 1, covered);
        boolean clauseOrObjectAfterDate = pastItsDate > word.index() + 1 && pastItsDate < s.endToken()
                && (Phrases.isNounPhraseStart(tokens.get(pastItsDate))
                || tokens.get(pastItsDate).pos().equals("PRP"));
        String form = Phrases.low(word);
        // an agent follows ("a report carried by the news agency"), or the clause's own verb comes later
        boolean byAgent = agentAfter(tokens, s, word.index(), covered);
        boolean participleForm = !INTRANSITIVE.contains(lemma.toLowerCase(Locale.ROOT)) // "10,000 people died"
                && (word.pos().equals("VBN") || form.endsWith("ed") || form.endsWith("en")
                || byAgent && word.pos().equals("VBD") // "built by the army"
                || word.pos().equals("VBD") && word.mayBePastParticiple()); // "the trade fair held in April"
        if (SubjectParts.NAMING.contains(lemma.toLowerCase(Locale.ROOT)) && !auxiliary
                && g - 1 >= s.firstToken() && tokens.get(g - 1).isNoun() && word.index() + 1 < s.endToken()
                && !covered[word.index() + 1] && Character.isUpperCase(tokens.get(word.index() + 1).text().charAt(0))
                && Phrases.finiteVerbAfter(tokens, s, word.index())) {
            return Optional.empty(); // "a blog titled Powering a Nation posted images": it names; the verb comes later
        }
        // "Nine people were killed and nine others injured": the second subject shares the first one's "were"
        passive |= participleForm && !objectFollows && !auxiliary && gappedPassive(tokens, s, g, covered)
                || !auxiliary && SharedSubjects.sharedPassive(tokens, s, g, covered) >= 0; // "was attacked and robbed"
        int relativeEnd = -1;
        boolean modifier = false;
        int asideOf = -1; // the noun an aside describes ("The airline -- a company founded in 1998 --")
        int asideOpen = participleForm && !objectFollows && !auxiliary && g - 1 >= s.firstToken()
                && tokens.get(g - 1).isNoun() ? asideOpener(tokens, s, g) : -1;
        int asideEnd = asideOpen >= 0 ? asideClose(tokens, s, asideOpen, word.index()) : -1;
        // "EU ministers failed to agree": a verb its subject's infinitive follows is active (subject-control-verbs.txt)
        boolean controls = SUBJECT_CONTROL.contains(lemma.toLowerCase(Locale.ROOT)) && word.index() + 1 < s.endToken()
                && Phrases.low(tokens.get(word.index() + 1)).equals("to");
        if (participleForm && !objectFollows && !clauseOrObjectAfterDate && !auxiliary && !controls
                && g - 1 >= s.firstToken()
                && (tokens.get(g - 1).pos().equals("NN") || tokens.get(g - 1).pos().equals("NNS"))
                && (byAgent || Phrases.finiteVerbAfter(tokens, s, word.index()) || appositiveParticiple(tokens, s, g,
                word.index(), covered))) {
            passive = true; // "the ordinance issued in October violates ...": a reduced relative clause, passive
            relativeEnd = Phrases.finiteVerbAfterAt(tokens, s, word.index());
            if (relativeEnd < 0 && Phrases.appositive(tokens, s, g)) {
                // "Kardun town, an area plagued/VBD by drugs, to mark ... on Dec. 1": an appositive's participle,
                // which only a date inside its phrase dates, tells of the noun the appositive describes ("the dalek,
                // a currency introduced in 1993": the dalek is introduced)
                modifier = true;
                relativeEnd = Phrases.phraseEnd(tokens, s, word.index());
                asideOf = Phrases.appositiveHead(tokens, s, g);
            }
        } else if (asideEnd > 0) {
            // "The airline -- a company founded in 1998 by two brothers -- collapsed": an aside without a verb of its
            // own tells of the noun before it
            passive = true;
            modifier = true;
            asideOf = asideOpen - 1;
            relativeEnd = asideEnd;
        } else if (!objectFollows && !auxiliary && g - 1 >= s.firstToken() && tokens.get(g - 1).isNoun()
                && (word.pos().equals("VBN") && Phrases.governedNounPhrase(tokens, s, g)
                || word.pos().equals("VBD") && word.mayBePastParticiple() && participleForm
                && !Measures.isChange(lemma) && e.eventClass() == EventClass.OCCURRENCE
                && !isSpeech(word) && phraseAfter(tokens, s, word.index() + 1, covered)
                && Phrases.surelyGovernedNounPhrase(tokens, s, g))) {
            // "replaces a credit line created last fall": it modifies an object, dated in its phrase; "questioned
            // three men arrested/VBD in Vallis on Tuesday": a participle the tagger took for a past
            passive = true;
            modifier = true;
            relativeEnd = Phrases.phraseEnd(tokens, s, word.index());
        }
        int modified = asideOf >= s.firstToken() && tokens.get(asideOf).isNoun() ? asideOf + 1 : g;
        int close = participleForm && !objectFollows && !auxiliary && g == word.index() && g - 2 >= s.firstToken()
                && tokens.get(g - 1).text().equals(",") && tokens.get(g - 2).isNoun()
                ? datedParentheticalEnd(tokens, s, g, covered) : -1;
        if (close > 0) {
            // "YouTube, founded in 2005 by three former PayPal employees, was sold": a participle set off by commas,
            // with a date of its own, tells of the noun before it
            passive = true;
            modifier = true;
            modified = g - 1;
            relativeEnd = close;
        }
        Optional<ClauseSubjects.Subject> found = opening.isPresent() ? opening
                : modifier ? ClauseSubjects.modified(text, s, modified, covered, entities)
                : ClauseSubjects.before(text, s, g, objectFollows, covered, entities);
        if (found.isEmpty() && referent != null && g - 1 >= s.firstToken()
                && REFERRING.contains(Phrases.low(tokens.get(g - 1)))) {
            found = Optional.of(new ClauseSubjects.Subject(g - 1, referent.text(), referent.plural()
                    || Phrases.low(tokens.get(g - 1)).equals("they")));
        }
        if (found.isEmpty() && referent == null) {
            // "The six marines were on leave in Subic Bay when they raped a woman on Nov. 1": the main clause's
            found = mainSubjectOfItsPronoun(text, s, g, covered, entities);
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        // "Danai, 61, who died Monday": the age set off after a name is no part of the subject
        String subject = Subjects.withoutAge(found.get().text());
        if (SHARE.matcher(subject).lookingAt() || MEASURE.matcher(subject).lookingAt()) {
            // "59 percent of eligible Iraqis cast ballots", "The number of student visas reached a record": a figure
            return Optional.empty();
        }
        if (PERIOD_LIMITS.contains(lemma.toLowerCase(Locale.ROOT)) && (CALENDAR_PERIODS.contains(head(subject))
                || CALENDAR_PERIODS.contains(lastWord(subject)))) {
            // "The hurricane season officially started on 1 June", "the end of the current Iranian year, which will
            // end on March 20": the calendar's date
            return Optional.empty();
        }
        if (NounAgents.needsAgent(head(subject)) && !namesSomeone(subject)) {
            return Optional.empty(); // "A two-day meeting ended Monday": whose, another sentence told
        }
        if (takesPlace(tokens, s, e, lemma) && isAPerson(subject, entities)) {
            return Optional.empty(); // "The trial of the former mayor, Ivo Brandt, took place": no person takes place
        }
        boolean plural = found.get().plural();
        int subjectStart = found.get().start();
        if (g - 1 >= s.firstToken() && tokens.get(g - 1).pos().equals("POS") && !(g == e.token().index()
                && (e.token().pos().equals("VBD") || e.token().pos().equals("VBZ")))) {
            // "the Department's acting inspector": a possessive goes on with a noun; a past tense right after it
            // follows a name in "'s" ("Moody's downgraded")
            return Optional.empty();
        }
        int after = e.token().index() + 1;
        // "almost collapsed", "was partially destroyed": how far it went is part of what happened
        String before = e.token().index() - 1 >= s.firstToken() ? Phrases.low(tokens.get(e.token().index() - 1)) : "";
        String degree = DEGREES.contains(before) ? before + " " : "";
        StringBuilder verb = new StringBuilder(passive ? (plural ? "are " : "is ") + degree + e.token().text()
                .toLowerCase(Locale.ROOT) : degree + present(lemma.toLowerCase(Locale.ROOT), plural));
        boolean inParticle = after < s.endToken() && Phrases.low(tokens.get(after)).equals("in")
                && IN_PARTICLE_VERBS.contains(lemma.toLowerCase(Locale.ROOT)); // "was sworn in"
        if (after < s.endToken() && (Phrases.PARTICLES.contains(Phrases.low(tokens.get(after))) || inParticle
                // "headed north"
                || Phrases.isDirectionOf(lemma.toLowerCase(Locale.ROOT), Phrases.low(tokens.get(after))))
                && !covered[after]
                && (after + 1 >= s.endToken() || !Phrases.isNounPhraseStart(tokens.get(after + 1))
                // "called off Saturday", "slowed down this week"; "failed over [the weekend]" is a phrase of time
                || covered[after + 1] && !Phrases.low(tokens.get(after + 1)).equals("the"))) {
            verb.append(' ').append(tokens.get(after).text());
            after++;
        }
        int beforeDate = after;
        after = pastDate(tokens, s, after, covered, passive);
        if (!passive && lemma.equalsIgnoreCase("spend") && after > beforeDate && after + 1 < s.endToken()
                && isGerund(tokens.get(after))) {
            // "Volunteers spent Saturday clearing/NN debris": what they did that day is the happening
            lemma = LanguageLayer.english().verbLemma(tokens.get(after).text());
            verb = new StringBuilder(present(lemma.toLowerCase(Locale.ROOT), plural));
            after++;
        }
        // "arrived here on Tuesday": the dateline's place, which the adverb before the date stands for
        // after the verb, unless it would read as its particle ("called [in Beijing] for") or the title names it
        String here = entities.dateline().isEmpty() || !hasHere(tokens, s, beforeDate, covered)
                || after < s.endToken() && Phrases.PARTICLES.contains(Phrases.low(tokens.get(after)))
                || HappeningFilters.isPhrasal(lemma, "in") || IN_PARTICLE_VERBS.contains(lemma.toLowerCase(Locale.ROOT))
                || text.text().substring(e.token().end(), s.end()).contains(entities.dateline()) ? ""
                : " in " + entities.dateline();
        boolean role = ROLE_VERBS.contains(lemma.toLowerCase(Locale.ROOT));
        int pastRoleDate = skipDate(tokens, s, after, covered);
        if (role && pastRoleDate > after && pastRoleDate < s.endToken()
                && Phrases.low(tokens.get(pastRoleDate)).equals("as")) {
            after = pastRoleDate; // "was selected Wednesday as the designer of a memorial": the role follows the date
        }
        int objectEnd = Phrases.predicateEnd(tokens, s, after, covered, passive);
        if (relativeEnd > after && objectEnd > relativeEnd) {
            objectEnd = relativeEnd; // "rules imposed last year by Ken Salazar [address only part]": the clause ends
        }
        objectEnd = quotedObjectEnd(tokens, s, objectEnd);
        // "is named [as coach]" right after the verb (or its date), "appoints X [as head of ...]" after the object
        int as = !role ? -1 : after < s.endToken() && Phrases.low(tokens.get(after)).equals("as") ? after
                : objectEnd < s.endToken() && Phrases.low(tokens.get(objectEnd)).equals("as") ? objectEnd : -1;
        if (as >= 0) {
            int roleEnd = NounPhraseEnds.shortPhraseAfter(tokens, s, as, covered);
            objectEnd = roleEnd > 0 ? roleEnd : objectEnd;
        }
        if (!passive && lemma.equalsIgnoreCase("make") && after < s.endToken()
                && STATED.contains(Phrases.low(tokens.get(after)))) {
            return Optional.empty(); // "Obama has made clear that ...": a statement, as "said" is
        }
        boolean speech = !passive && SPEECH.contains(lemma.toLowerCase(Locale.ROOT));
        int next = after; // past a date: "discussed on Tuesday how"
        if (next + 1 < s.endToken() && covered[next + 1]
                && ClauseSubjects.DATE_PREPOSITIONS.contains(Phrases.low(tokens.get(next)))) {
            next++;
        }
        while (next < s.endToken() && covered[next]) {
            next++;
        }
        boolean says = lemma.equalsIgnoreCase("say");
        Optional<String> plan = (objectEnd == after || says) && !passive
                ? AnnouncedPlans.plan(text, s, lemma, e.token().index(), next, covered) : Optional.empty();
        if (says && plan.isEmpty()) {
            return Optional.empty(); // "Hayward said on Monday he would step down next month": the plan has its day
        }
        if (plan.isPresent()) {
            // "Tony Hayward announced in late July that he would step down": the plan is what the announcement says
            return Optional.of(new Title(Phrases.capitalize(subject + " " + verb + " " + plan.get()),
                    tokens.get(Math.min(subjectStart, g)).start(), tokens.get(e.token().index()).end(), true,
                    lemma.equals(e.lemma()) ? e.verbLemma() : lemma.toLowerCase(Locale.ROOT), relativeEnd));
        }
        int ruled = objectEnd == after && !passive && RULINGS.contains(lemma.toLowerCase(Locale.ROOT))
                ? rulingEnd(tokens, s, next, covered) : -1;
        if (ruled > 0) {
            // "a district court in Oslo ruled on March 3 that Petric could attend party meetings": what a court or a
            // board rules is the ruling
            return Optional.of(new Title(Phrases.capitalize(subject + " " + verb + " "
                    + Asides.written(text, s, next, ruled, covered)), tokens.get(Math.min(subjectStart, g)).start(),
                    tokens.get(ruled - 1).end(), true, e.verbLemma(), relativeEnd));
        }
        if (objectEnd == after && next < s.endToken() && (QUESTION_WORDS.contains(Phrases.low(tokens.get(next)))
                || Phrases.low(tokens.get(next)).equals("that") && !passive
                || tokens.get(next).pos().equals("IN") && next + 1 < s.endToken()
                && tokens.get(next + 1).pos().equals("PRP") && !subordinateClauseAt(tokens, s, next))) {
            // "Commentators discuss how BP is responding", "ministers agreed Monday that courts ...", "voted for it":
            // the object is a clause or a pronoun, cut off, and the verb alone says nothing
            return Optional.empty();
        }
        String namedObject = null; // "Police arrested John Smith on Monday and charged him on Tuesday"
        if (!passive && objectEnd > after && PERSONAL_OBJECTS.contains(Phrases.low(tokens.get(after)))) {
            namedObject = SharedSubjects.conjunctsNamedObject(text, s, g, covered).orElse(null);
        }
        if (namedObject == null && pointsBack(tokens, after, objectEnd) || speech && (objectEnd == after
                || !Phrases.isNounPhraseStart(tokens.get(after)))) {
            return Optional.empty(); // "The contractor used it anyway", "Bush declares in New York"
        }
        if (speech && reportsAClause(tokens, s, after, objectEnd)) {
            return Optional.empty(); // "an investigation found some employees had taken drugs": what was said
        }
        // "an agreement that Wen Jiabao and Manmohan Singh signed in 2005": the relative's antecedent is the object
        String relativeObject = passive ? "" : found.get().relativeObject();
        if (objectEnd == after && relativeObject.isEmpty() && !passive
                && COMPLEMENT_VERBS.contains(lemma.toLowerCase(Locale.ROOT)) && verb.indexOf(" ") < 0) {
            return Optional.empty(); // "BP agreed under intense pressure ... to set up": "BP agrees" says nothing
        }
        // a verb of one word, or a passive of two ("is made"): no particle says more
        boolean bareVerb = verb.indexOf(" ", passive ? verb.indexOf(" ") + 1 : 0) < 0;
        if (objectEnd == after && relativeObject.isEmpty() && bareVerb && bareCommonNoun(tokens, subjectStart, subject)
                && !(MARKETS.contains(subject.toLowerCase(Locale.ROOT)) && Measures.isChange(lemma)) // "Stocks fell"
                && whereItHappened(text, s, subjectStart, covered).isEmpty()
                && (passive || secondConjunct(tokens, s, e.token(), objectEnd) < 0)) { // "injured and threw out"
            return Optional.empty(); // "Tests begin", "Legislation passes": which, and where, the title cannot say
        }
        String predicate = (relativeObject.isEmpty() ? "" : " " + relativeObject)
                + (objectEnd > after ? " " + Asides.written(text, s, after, objectEnd, covered) : "");
        if (namedObject != null) {
            predicate = " " + namedObject + (objectEnd > after + 1
                    ? " " + Asides.written(text, s, after + 1, objectEnd, covered) : "");
        }
        int cause = objectEnd == after && !passive && isIntransitive(lemma) ? skipDate(tokens, s, after, covered) : -1;
        if (cause >= 0 && cause + 2 < s.endToken() && Phrases.low(tokens.get(cause)).equals("after")
                && tokens.get(cause + 1).pos().equals("VBG")) {
            // "seven people in Chicago died [on Monday] after taking poisoned Tylenol tablets": what they died of
            int causeEnd = Phrases.predicateEnd(tokens, s, cause + 2, covered, false);
            if (causeEnd > cause + 2 && endsCleanly(tokens, s, causeEnd, covered)) {
                predicate += " " + Asides.written(text, s, cause, causeEnd, covered);
                objectEnd = causeEnd;
            }
        }
        if (here.isEmpty() && objectEnd > after && !entities.dateline().isEmpty()
                && hasHere(tokens, s, objectEnd, covered) && !predicate.contains(entities.dateline())) {
            predicate += " in " + entities.dateline(); // "closed the public beach here Friday"
        }
        int gapped = passive && objectEnd == after ? gappedConjunct(tokens, s, after) : -1;
        // "Three people were killed and four others were injured in a crash": "others" tells of the first subject's
        // happening, told as if the second "be" were gapped
        int others = passive && gapped < 0 ? othersConjunct(tokens, s, after) : -1;
        if (others > 0 && objectEnd != after && objectEnd != others - 1) {
            others = -1; // the object's phrase ends elsewhere: "and" joins no clause of "others" to the passive
        }
        gapped = Math.max(gapped, others);
        if (gapped > 0) {
            // "Four Iraqis were killed and seven others wounded in two attacks": the second passive shares the first's
            // "be", and its phrases tell of both
            int from = pastDate(tokens, s, gapped + 1, covered, true);
            int secondEnd = Phrases.predicateEnd(tokens, s, from, covered, true);
            predicate = " and " + (others > 0 ? Asides.written(text, s, after + 1, others - 1, covered) + " "
                    + tokens.get(others).text() : Asides.written(text, s, after + 1, gapped + 1, covered))
                    + (secondEnd > from ? " " + Asides.written(text, s, from, secondEnd, covered) : "");
            objectEnd = Math.max(secondEnd, gapped + 1);
        }
        int second = !passive ? secondConjunct(tokens, s, e.token(), objectEnd) : -1;
        if (second > 0 && !ClauseSubjects.isReportingVerb(tokens.get(second))
                && !beforeInfinitive(tokens, s, second)) {
            // a second verb of saying adds nothing a title can quote: "raised the alert level [and said]: ..."; a
            // "be" or "have" before an infinitive tells what is expected or must be ("left for Hanoi [and was
            // expected to meet] ...": a forecast), not a second happening ("and was airlifted to hospital" is one)
            // "A suicide bombing killed nine Afghans and injured over 20 others Sunday": both verbs share the date
            int from = pastDate(tokens, s, second + 1, covered, false);
            int secondEnd = Phrases.predicateEnd(tokens, s, from, covered, false);
            if (secondEnd == from && from < s.endToken() && PRONOUN_OBJECTS.contains(Phrases.low(tokens.get(from)))) {
                secondEnd = from + 1; // "killed one soldier and wounded [another]"
            }
            if (endsCleanly(tokens, s, secondEnd, covered)) { // not "and recalled the moment [when ...]"
                Token verb2 = tokens.get(second);
                String lemma2 = verb2.pos().equals("JJ") ? LanguageLayer.english().pastLemma(verb2.text())
                        .orElse(verb2.lemma()) : verb2.lemma(); // "injured/JJ 170 others": "injure"
                predicate += " and " + present(lemma2.toLowerCase(Locale.ROOT), plural)
                        + (secondEnd > from ? " " + Asides.written(text, s, from, secondEnd, covered) : "");
                objectEnd = Math.max(secondEnd, second + 1);
            }
        }
        if (plural) {
            predicate = ownerOfHis(text, s, subject, predicate, after, entities);
        }
        String title = subject + " " + verb + here + predicate + whereItHappened(text, s, subjectStart, covered);
        if (!entities.dateline().isEmpty() && title.contains("here")) {
            // "ventured out here into Barataria Bay" names the place already
            title = Happening.nameHere(title, entities.dateline());
        }
        // "signs a law canceling the Nov. 7 holiday and replacing [it with ...]", "with an eye [toward ...]": cut, gone
        title = DANGLING_GERUND.matcher(title).replaceFirst("");
        java.util.regex.Matcher pastConjunct = PAST_CONJUNCT.matcher(title);
        if (pastConjunct.find() && pastConjunct.start() > subject.length()) {
            title = title.substring(0, pastConjunct.start()) + pastConjunct.group(1)
                    + (pastConjunct.group(2).equals("was") ? "is" : "are") + pastConjunct.group(3)
                    + title.substring(pastConjunct.end()); // "and 17 others were injured": "are"
        }
        int last = Math.max(objectEnd, e.token().index() + 1) - 1;
        return Optional.of(new Title(Phrases.capitalize(title), tokens.get(Math.min(subjectStart, g)).start(),
                tokens.get(opening.isPresent() ? Math.max(last, subjectStart) : last).end(), true,
                lemma.equals(e.lemma()) ? e.verbLemma() : lemma.toLowerCase(Locale.ROOT), relativeEnd));
    }

    /**
     * {@code predicate} with its first "his" or "her" (from token {@code from} on) made the possessive of the
     * person the article is about or who opened the sentence before, when the plural {@code subject} names no one:
     * "In July, doctors removed a tumour from his rectum" after a sentence that Jose Alencar opens is "... from Jose
     * Alencar's rectum"; else {@code predicate} unchanged. A singular subject may be the owner ("The former official,
     * who left his post").
     */
    private static String ownerOfHis(AnalyzedText text, Sentence s, String subject, String predicate, int from,
            Names entities) {
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
    private static boolean bareCommonNoun(List<Token> tokens, int start, String subject) {
        String pos = tokens.get(start).pos();
        return subject.indexOf(' ') < 0 && (pos.equals("NN") || pos.equals("NNS") || pos.equals("VBG"))
                && !SubjectParts.isAcronym(tokens.get(start)); // "BP/NN was founded in 1903": a name
    }

    /**
     * The verb after the "and" at {@code at} that goes on with the predicate of {@code verb}: a finite verb of the same
     * tense right after the conjunction ("killed nine Afghans [and injured] over 20 others", "emigrated [and settled]
     * in California"); -1 if none.
     */
    private static int secondConjunct(List<Token> tokens, Sentence s, Token verb, int at) {
        return at + 1 < s.endToken() && Phrases.low(tokens.get(at)).equals("and")
                && (tokens.get(at + 1).pos().equals(verb.pos())
                || verb.pos().equals("VBD") && Phrases.pastTakenForAdjective(tokens, s, at + 1))
                && Phrases.isFiniteOrModal(verb) ? at + 1 : -1;
    }

    /**
     * Whether the verb at {@code at} is a "be" or "have" whose group goes on to an infinitive: "was expected to meet",
     * "is likely to", "had to leave".
     */
    private static boolean beforeInfinitive(List<Token> tokens, Sentence s, int at) {
        if (!AUXILIARY_LEMMAS.contains(tokens.get(at).lemma())) {
            return false;
        }
        int k = at + 1;
        while (k < s.endToken() && tokens.get(k).pos().equals("RB")) {
            k++;
        }
        if (k < s.endToken() && !Phrases.low(tokens.get(k)).equals("to")) {
            k++; // "expected", "likely", "due"
        }
        return k + 1 < s.endToken() && Phrases.low(tokens.get(k)).equals("to") && tokens.get(k + 1).pos().equals("VB");
    }

    /**
     * Whether a predicate that ends at {@code end} ends whole: not before a clause or a quotation it was cut from
     * ("recalled the moment [when ...]", "declared [that ...]", "to say ["happy holidays"]").
     */
    private static boolean endsCleanly(List<Token> tokens, Sentence s, int end, boolean[] covered) {
        if (end >= s.endToken() || covered[end]) {
            return true;
        }
        String next = Phrases.low(tokens.get(end));
        return !Phrases.CLAUSE_WORDS.contains(next) && !Phrases.isQuote(next);
    }

    /** The most words of the place a clause opened by "where" tells of: "the southern city of Malakal". */
    private static final int MAX_PLACE = 8;

    /**
     * For a clause opened by "where", the place it tells of, as " in" and the noun phrase before "where" (a comma or
     * a dash between), when that phrase names something ("the southern city of Malakal -- where violent clashes broke
     * out" → " in the southern city of Malakal"); else "".
     */
    private static String whereItHappened(AnalyzedText text, Sentence s, int subjectStart, boolean[] covered) {
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
                && (Phrases.isNounPhrasePart(tokens.get(start - 1)) || Phrases.low(tokens.get(start - 1)).equals("of")
                && start - 2 >= s.firstToken() && tokens.get(start - 2).isNoun())) {
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

    /** Whether the subject of verb {@code lemma} does what its infinitive says ({@code subject-control-verbs.txt}). */
    static boolean controlsItsSubject(String lemma) {
        return SUBJECT_CONTROL.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code lemma} names a verb that takes no object ({@code intransitive-verbs.txt}): never a passive. */
    static boolean isIntransitive(String lemma) {
        return INTRANSITIVE.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the object of a verb of saying from token {@code from} on is a clause: a finite verb right after a noun
     * or a pronoun, up to {@code end} or right after it, or after the noun phrases that go on past it ("found some
     * MMS employees had taken drugs", "suggested an oil spill was unlikely"); a past form that may be a participle,
     * but of "be" and "have", is the noun's modifier ("complaints filed by 20 nationals", "the bodies of two women
     * stabbed to death", "a rate cut to 11 percent").
     */
    private static boolean reportsAClause(List<Token> tokens, Sentence s, int from, int end) {
        for (int k = from + 1; k < s.endToken(); k++) {
            Token t = tokens.get(k);
            Token before = tokens.get(k - 1);
            if (k > end && !(Phrases.isNounPhrasePart(before) || Phrases.low(before).equals("and"))) {
                break; // "suggested the injury cases and death claims were good candidates": past the title's cut
            }
            boolean participle = t.pos().equals("VBD") && t.mayBePastParticiple() && !t.lemma().equals("be")
                    && !t.lemma().equals("have");
            // "a one-percent interest rate cut/VBP to 11 percent": a noun of a compound read as a verb
            boolean compound = (t.pos().equals("VBP") || t.pos().equals("VBZ")) && before.pos().equals("NN")
                    && CommonNouns.contains(Phrases.low(t));
            if ((before.isNoun() || before.pos().equals("PRP")) && !participle && !compound
                    && Phrases.isFiniteOrModal(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Verbs of a ruling or a testimony, whose "that" clause is what was decided or told: "the court ruled that ...",
     * "the banker testified that ...".
     */
    private static final Set<String> RULINGS = Set.of("rule", "decide", "testify");
    /** Pronouns of persons that may open a testimony's clause: "testified that he arranged the loans". */
    private static final Set<String> PERSONAL_SUBJECTS = Set.of("he", "she", "they");
    /** The most words of a ruling's clause a title takes. */
    private static final int MAX_RULING = 14;

    /**
     * The end of the clause that "that" at {@code that} opens after a verb of ruling: a noun phrase or a person's
     * pronoun, its verb group and the predicate after it ("that Petric could attend party meetings"), up to a comma or
     * a semicolon; -1 when no such clause follows or it runs past {@value #MAX_RULING} words.
     */
    private static int rulingEnd(List<Token> tokens, Sentence s, int that, boolean[] covered) {
        if (that + 2 >= s.endToken() || !Phrases.low(tokens.get(that)).equals("that")
                || !Phrases.isNounPhraseStart(tokens.get(that + 1))
                && !PERSONAL_SUBJECTS.contains(Phrases.low(tokens.get(that + 1)))) {
            return -1;
        }
        int v = that + 1;
        while (v < s.endToken() && v - that <= MAX_RULING && !tokens.get(v).isVerb()) {
            if (tokens.get(v).pos().equals(",") || tokens.get(v).pos().equals(":")) {
                return -1;
            }
            v++;
        }
        while (v + 1 < s.endToken() && (tokens.get(v + 1).isVerb() || tokens.get(v + 1).pos().startsWith("RB"))) {
            v++; // "could attend", "would not close"
        }
        if (v >= s.endToken() || !tokens.get(v).isVerb() || ClauseSubjects.isReportingVerb(tokens.get(v))) {
            return -1; // "testified that Dr Murray told her only that ...": a saying within, too long for a title
        }
        int end = Math.max(v + 1, Phrases.predicateEnd(tokens, s, v + 1, covered, false));
        return end - that <= MAX_RULING ? end : -1;
    }

    /** Whether {@code t} is a verb of saying or showing ({@code speech-verbs.txt}). */
    static boolean isSpeech(Token t) {
        return t.isVerb() && SPEECH.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a phrase of a preposition other than a date's follows token {@code at}, after a date maybe: "arrested [in
     * Vallis] on Tuesday", "submitted Monday [to Congress]"; not "created last fall", "made in July", "used mostly".
     */
    private static boolean phraseAfter(List<Token> tokens, Sentence s, int at, boolean[] covered) {
        int from = skipDate(tokens, s, at, covered);
        return from + 1 < s.endToken() && (tokens.get(from).pos().equals("IN") || tokens.get(from).pos().equals("TO"))
                && !covered[from + 1] && Phrases.isNounPhraseStart(tokens.get(from + 1));
    }

    /**
     * Whether an agent follows the verb at {@code at}, right after it or after a prepositional phrase ("a report
     * carried by the news agency", "an analysis sent to BP by Halliburton"): "by" and a noun phrase that is no number
     * ("rose by 10 percent") and no date.
     */
    private static boolean agentAfter(List<Token> tokens, Sentence s, int at, boolean[] covered) {
        int from = skipDate(tokens, s, at + 1, covered); // "delivered in September by the shuttle Atlantis"
        if (from > at + 1) {
            // past a date only "by" itself: "nosedived Monday on heavy selling by foreign investors" is active
            return from + 1 < s.endToken() && Phrases.low(tokens.get(from)).equals("by")
                    && agentAt(tokens.get(from + 1)) && !covered[from + 1];
        }
        for (int i = from; i + 1 < s.endToken() && i <= from + 4 && !covered[i]; i++) {
            Token t = tokens.get(i);
            if (Phrases.low(t).equals("by")) {
                return agentAt(tokens.get(i + 1)) && !covered[i + 1];
            }
            boolean phrase = i == from ? t.pos().equals("IN") || t.pos().equals("TO") : Phrases.isNounPhrasePart(t);
            if (!phrase) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether {@code t}, right after "by", may open an agent: a word, no number ("rose by 5 percent") and no mark that
     * ends the clause ("after a police convoy passed by.": a particle).
     */
    private static boolean agentAt(Token t) {
        return !t.pos().equals("CD") && Character.isLetter(t.text().charAt(0));
    }

    /**
     * Whether the predicate's only noun phrase is an object pronoun ("used it anyway", "met with him"), or it opens with
     * "him", "her" or "them" ("brought him to power") or with "it" before a preposition ("secure it over the well"), or
     * is "the same" and its noun: whom or which, another sentence said.
     */
    private static boolean pointsBack(List<Token> tokens, int from, int to) {
        if (from < to && PERSONAL_OBJECTS.contains(tokens.get(from).text()) && tokens.get(from).pos().equals("PRP")) {
            return true;
        }
        if (from + 1 < to && tokens.get(from).text().equals("it") && tokens.get(from + 1).pos().equals("IN")) {
            return true; // "the robots will secure it over the broken well": what, the title does not say
        }
        if (from + 3 <= to && tokens.get(from).lowerText().equals("the")
                && tokens.get(from + 1).lowerText().equals("same")
                && tokens.subList(from + 2, to).stream().allMatch(t -> t.isNoun() || t.pos().startsWith("JJ"))) {
            return true; // "will also take the same solution": the one another sentence told
        }
        boolean pronoun = false;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.isNoun() || t.pos().equals("CD")) {
                return false;
            }
            pronoun |= OBJECT_PRONOUNS.contains(t.text()) && !t.pos().equals("DT"); // by the word: "Kisangani/PRP"
        }
        return pronoun;
    }

    /** The most words a participle's clause between commas runs: "founded in 2005 by three former PayPal employees". */
    private static final int PARENTHETICAL = 12;

    /**
     * Where the clause of the participle at {@code at} ends at a comma within {@value #PARENTHETICAL} words, with a
     * preposition or adverb right after the participle, a date inside and no other verb: the comma's index; -1 for
     * none ("The minister, criticized by the press, resigned on Monday" has its date in the main clause).
     */
    private static int datedParentheticalEnd(List<Token> tokens, Sentence s, int at, boolean[] covered) {
        if (at + 1 >= s.endToken() || !(tokens.get(at + 1).pos().equals("IN") || tokens.get(at + 1).pos().equals("RB")
                || covered[at + 1])) {
            return -1;
        }
        boolean dated = false;
        for (int i = at + 1; i < s.endToken() && i - at <= PARENTHETICAL; i++) {
            Token t = tokens.get(i);
            if (t.text().equals(",")) {
                // the clause's own verb follows ("..., was sold") or came before ("cited Sweden's aviation law,
                // enacted in 1998, as a model"); "Hanbo, the country's 14th largest conglomerate, collapsed in January
                // under debts, prompting" has its verb in the commas' place
                return dated && (Phrases.finiteVerbAfter(tokens, s, i) || governingVerbBefore(tokens, s, at - 1)) ? i
                        : -1;
            }
            if (t.isVerb() || t.pos().equals("MD") || Phrases.isClauseWord(t)) {
                return -1;
            }
            dated |= covered[i];
        }
        return -1;
    }

    /**
     * Whether the noun phrase before the comma at {@code comma} follows a finite verb of the sentence's own clause,
     * with no comma between ("The ministry [cited] Sweden's aviation law,"): a verb of no aside ("The procedure,
     * likened to threading a needle,") and of no relative clause ("whose members produce ... supplies,").
     */
    private static boolean governingVerbBefore(List<Token> tokens, Sentence s, int comma) {
        int v = comma - 1;
        while (v >= s.firstToken() && !tokens.get(v).text().equals(",") && !Phrases.isFiniteOrModal(tokens.get(v))) {
            v--;
        }
        if (v < s.firstToken() || tokens.get(v).text().equals(",")
                || v - 1 >= s.firstToken() && tokens.get(v - 1).text().equals(",")) {
            return false;
        }
        for (int i = v - 1; i >= s.firstToken() && !tokens.get(i).text().equals(","); i--) {
            if (Phrases.RELATIVE_PRONOUNS.contains(Phrases.low(tokens.get(i)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Past a date and its preposition at {@code at} ("on Wednesday", "last week"): the token after it; else
     * {@code at}.
     */
    private static int skipDate(List<Token> tokens, Sentence s, int at, boolean[] covered) {
        int i = at;
        // "on Friday", "late on Friday": a preposition before the date, at most two
        while (i + 1 < s.endToken() && i - at < 2 && !covered[i]
                && ClauseSubjects.DATE_PREPOSITIONS.contains(Phrases.low(tokens.get(i)))
                && (covered[i + 1] || ClauseSubjects.DATE_PREPOSITIONS.contains(Phrases.low(tokens.get(i + 1))))) {
            i++;
        }
        if (i >= s.endToken() || !covered[i]) {
            return at;
        }
        while (i < s.endToken() && covered[i]) {
            i++;
        }
        return i;
    }

    /** Determiners that may open a subject with a capital and name no one. */
    private static final Set<String> OPENING_DETERMINERS = Set.of("The", "A", "An", "This", "That", "These", "Those",
            "Its", "His", "Her", "Their", "Our", "Some", "Two", "Three", "Both", "Each", "Every", "Another");

    /**
     * Whether the subject {@code subject} holds a name: a capitalized word after its first, or a first word that is
     * no determiner ("Millon's five-day visit", "The EU summit"; not "A two-day meeting").
     */
    /** Whether verb {@code e} of lemma {@code lemma} says that something took place: "took place", "occurred". */
    private static boolean takesPlace(List<Token> tokens, Sentence s, EventMention e, String lemma) {
        String low = lemma.toLowerCase(Locale.ROOT);
        int next = e.token().index() + 1;
        return low.equals("occur") || low.equals("happen") || low.equals("take") && next < s.endToken()
                && Phrases.low(tokens.get(next)).equals("place");
    }

    /** Whether {@code subject} is the name of a person of {@code entities}, an article before it or none. */
    private static boolean isAPerson(String subject, Names entities) {
        String name = subject.replaceFirst("^(?:The|the|A|a|An|an) ", "");
        return entities.persons().stream().anyMatch(p -> p.name().equals(name));
    }

    private static boolean namesSomeone(String subject) {
        String[] words = subject.split(" ");
        for (int i = 0; i < words.length; i++) {
            boolean capital = !words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0));
            if (capital && (i > 0 || !OPENING_DETERMINERS.contains(words[i]))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the aside closes that the dash or bracket at {@code opener} opens, when no finite verb stands between the
     * participle at {@code participle} and the closing mark ("-- a title awarded to him in the Thirties --"); -1
     * otherwise.
     */
    private static int asideClose(List<Token> tokens, Sentence s, int opener, int participle) {
        String closer = tokens.get(opener).text().equals("(") ? ")" : tokens.get(opener).text();
        for (int i = participle + 1; i < s.endToken() && i - participle <= MAX_ASIDE_PHRASE * 3; i++) {
            if (tokens.get(i).text().equals(closer)) {
                return i;
            }
            if (Phrases.isFiniteOrModal(tokens.get(i))) {
                return -1;
            }
        }
        return -1;
    }

    /** The dash or bracket right before the noun phrase that ends at {@code g}, or -1. */
    private static int asideOpener(List<Token> tokens, Sentence s, int g) {
        int k = g - 1;
        while (k - 1 >= s.firstToken() && g - k < MAX_ASIDE_PHRASE && Phrases.isNounPhrasePart(tokens.get(k - 1))) {
            k--;
        }
        return k - 1 >= s.firstToken() && ASIDE_OPENERS.contains(tokens.get(k - 1).text()) ? k - 1 : -1;
    }

    /** Marks that open an aside: dashes and a bracket. */
    private static final Set<String> ASIDE_OPENERS = Set.of("--", "\u2014", "\u2013", "(");
    /** The most words of the noun phrase an aside's participle describes. */
    private static final int MAX_ASIDE_PHRASE = 6;

    /**
     * Whether the participle at {@code g} follows a short noun phrase after "and" that a passive ("were killed")
     * comes before: the auxiliary of the first clause is left out of the second ("and nine others injured").
     */
    private static boolean gappedPassive(List<Token> tokens, Sentence s, int g, boolean[] covered) {
        int k = g - 1;
        while (k >= s.firstToken() && g - k <= 4 && Phrases.isNounPhrasePart(tokens.get(k))) {
            k--;
        }
        if (k == g - 1 || k - 2 < s.firstToken() || !Phrases.low(tokens.get(k)).equals("and")) {
            return false;
        }
        int p = k - 1;
        if (covered[p]) {
            // "The spill was halted [in July] and the well permanently capped": the first passive's date between
            while (p > s.firstToken() && covered[p]) {
                p--;
            }
            if (ClauseSubjects.DATE_PREPOSITIONS.contains(Phrases.low(tokens.get(p))) && p > s.firstToken()) {
                p--;
            }
        }
        if (p - 1 < s.firstToken()) {
            return false;
        }
        Token participle = tokens.get(p);
        Token be = tokens.get(p - 1);
        return (participle.pos().equals("VBN") || participle.pos().equals("VBD")) && be.isVerb()
                && be.lemma().equals("be");
    }

    /**
     * Where the object starts when a bare date stands between the verb and it ("Erdogan defended Saturday the
     * author's right", "The bank raised on Thursday its main rate"): past the date; else {@code at}. A passive takes
     * no object: after its date only a preposition goes on with it ("although the deal was signed three years ago the
     * timing is not ideal": "the timing" opens the next clause).
     */
    /**
     * Whether the noun phrase at {@code at} is the subject of a finite verb right after it: a clause of its own ("when
     * he died in 2009 [Michael Jackson died] in June 2009", a caption run into the text), not an object.
     */
    private static boolean opensClause(List<Token> tokens, Sentence s, int at) {
        int k = at;
        while (k < s.endToken() && Phrases.isNounPhrasePart(tokens.get(k))) {
            k++;
        }
        return k > at && k < s.endToken() && Phrases.isFiniteOrModal(tokens.get(k));
    }

    private static int pastDate(List<Token> tokens, Sentence s, int at, boolean[] covered, boolean passive) {
        int adverbs = at;
        while (adverbs < s.endToken() && !covered[adverbs] && tokens.get(adverbs).pos().equals("RB")
                && !Measures.DIRECTIONS.contains(Phrases.low(tokens.get(adverbs)))) { // "ended higher/RB Tuesday"
            adverbs++; // "met officially Wednesday with Al Gore": an adverb before the date goes with it
        }
        int i = skipDate(tokens, s, adverbs, covered);
        if (i == adverbs && !passive && adverbs + 1 < s.endToken() && covered[adverbs + 1]
                && Phrases.low(tokens.get(adverbs)).equals("from")) {
            // "would start from Dec. 6 a five-day European tour": the day it starts, then the object
            i = adverbs + 1;
            while (i < s.endToken() && covered[i]) {
                i++;
            }
            return i < s.endToken() && Phrases.isNounPhraseStart(tokens.get(i)) && !opensClause(tokens, s, i)
                    && !Phrases.low(tokens.get(i)).equals("and") ? i : at;
        }
        if (i == adverbs) {
            return at;
        }
        boolean goesOn = i < s.endToken() && (!passive && Phrases.isNounPhraseStart(tokens.get(i))
                && !opensClause(tokens, s, i)
                || Phrases.PLACE_PREPOSITIONS.contains(Phrases.low(tokens.get(i)))
                || COMPLEMENT_PREPOSITIONS.contains(Phrases.low(tokens.get(i)))
                || passive && Phrases.low(tokens.get(i)).equals("by")); // "imposed last year by Ken Salazar"
        return goesOn && !Phrases.low(tokens.get(i)).equals("and") ? i : at; // "arrived Monday in Paris" too
    }

    /**
     * Whether the past at {@code word}, its verb group opening at {@code g}, is the participle of an appositive before a
     * preposition of its own, a date's maybe: ", a militia loosely affiliated with the party,", ", a currency
     * introduced in 1993" (not ", a spokesman announced Sunday", nor ", a minister announced on Tuesday": a report's
     * verb, or speech before a date's preposition).
     */
    private static boolean appositiveParticiple(List<Token> tokens, Sentence s, int g, int word, boolean[] covered) {
        return word + 2 < s.endToken() && tokens.get(word + 1).pos().equals("IN")
                && !(covered[word + 2] && isSpeech(tokens.get(word)))
                && !ClauseSubjects.isReportingVerb(tokens.get(word)) && Phrases.appositive(tokens, s, g);
    }

    /** The most words a gerund's quoted object may have to stay in a title. */
    private static final int QUOTED_OBJECT = 8;

    /**
     * Where a title that would end on a gerund ends when a quotation is the gerund's object: after the closing mark
     * of a short one ("arrested Tom Berg for publishing "state secrets""), else before the preposition that opens the
     * gerund's phrase, which says nothing without it; {@code end} otherwise.
     */
    private static int quotedObjectEnd(List<Token> tokens, Sentence s, int end) {
        if (end - 1 < s.firstToken() || end >= s.endToken() || !isGerund(tokens.get(end - 1))
                || !Phrases.isQuote(tokens.get(end).text())) {
            return end;
        }
        for (int k = end + 2; k < s.endToken() && k <= end + QUOTED_OBJECT + 1; k++) {
            if (Phrases.isQuote(tokens.get(k).text()) && !tokens.get(k - 1).text().equals(",")) {
                return k + 1; // a comma inside the closing mark would end the title on it
            }
        }
        int preposition = end - 2;
        return preposition > s.firstToken() && tokens.get(preposition).pos().equals("IN") ? preposition : end;
    }

    /** Whether {@code t} is a word in "-ing" that the tagger read as a gerund, a participle or an adjective. */
    private static boolean isGerund(Token t) {
        return (t.pos().equals("VBG") || t.pos().equals("JJ") || t.pos().equals("NN"))
                && Phrases.low(t).endsWith("ing") && t.text().length() > 5;
    }

    /** Prepositions that may open a date between an event noun and its "of": "the death on Friday of a minister". */
    private static final Set<String> DATE_PREPOSITIONS = Set.of("on", "in", "at");

    /**
     * Where the "of" stands that follows a date right after an event noun, the date perhaps opened by a preposition:
     * "the failure [this weekend] of", "the death [on Friday] of"; -1 if none.
     */
    private static int ofAfterItsDate(List<Token> tokens, Sentence s, int from, boolean[] covered) {
        int i = pastADate(tokens, s, from, covered, DATE_PREPOSITIONS);
        return i >= 0 && i < s.endToken() && Phrases.low(tokens.get(i)).equals("of") ? i : -1;
    }

    /**
     * Where the date that starts at token {@code from} ends, a preposition of {@code prepositions} perhaps opening it
     * ("[on 16 June] to put", "[this weekend] of"): the index after its last word; -1 if no date starts there.
     */
    private static int pastADate(List<Token> tokens, Sentence s, int from, boolean[] covered,
            Set<String> prepositions) {
        int i = from + 1 < s.endToken() && !covered[from] && covered[from + 1]
                && prepositions.contains(Phrases.low(tokens.get(from))) ? from + 1 : from;
        if (i >= s.endToken() || !covered[i]) {
            return -1;
        }
        while (i < s.endToken() && covered[i]) {
            i++;
        }
        return i;
    }

    private static Optional<Title> nounTitle(AnalyzedText text, EventMention e, boolean[] covered, Names entities) {
        List<Token> tokens = text.tokens();
        Sentence s = text.sentenceOf(e.token());
        int at = e.token().index();
        if (e.token().pos().equals("VBG") && at > s.firstToken() && tokens.get(at - 1).isNoun()) {
            return Optional.empty(); // "a resolution slapping sanctions": a participle, not a gerund
        }
        if (at + 1 < s.endToken() && tokens.get(at + 1).isNoun() && !covered[at + 1]) {
            return Optional.empty(); // "an election committee": the noun modifies another
        }
        int start = e.token().index();
        while (start - 1 >= s.firstToken() && e.token().index() - start < 4 && !covered[start - 1]
                && (isModifier(tokens.get(start - 1)) || andInsideAName(tokens, s, start - 1))) {
            start--; // "the Oil and Money conference": "and" between two words of a name is the name's
        }
        while (start < e.token().index() && isDroppedModifier(tokens.get(start))) {
            start++;
        }
        if (start < at && isGerund(tokens.get(start)) && start - 1 >= s.firstToken()
                && tokens.get(start - 1).pos().equals("IN")) {
            // "supporters of easing/JJ US sanctions": the object of a preposition's gerund, which tells no happening
            return Optional.empty();
        }
        int end = e.token().index() + 1;
        // "the failure this weekend of BP's top kill attempt": the date between, the phrase after it says whose
        int of = ofAfterItsDate(tokens, s, end, covered);
        end = of < 0 ? end : of;
        if (end + 1 < s.endToken() && !covered[end] && !covered[end + 1]
                && (Phrases.low(tokens.get(end)).equals("of")
                || Phrases.PLACE_PREPOSITIONS.contains(Phrases.low(tokens.get(end))))
                && Phrases.isNounPhraseStart(tokens.get(end + 1))) {
            int to = Phrases.objectEnd(tokens, s, end + 1, covered);
            int past = end + 2;
            while (past < s.endToken() && covered[past]) {
                past++; // "hosting of the [2015] All-Africa Games": a year inside the object's phrase
            }
            if (past > end + 2 && past < s.endToken() && tokens.get(end + 1).pos().equals("DT")
                    && Phrases.isNounPhraseStart(tokens.get(past))) {
                to = Phrases.objectEnd(tokens, s, past, covered);
            }
            if (to > end + 1 && Phrases.hasNoun(tokens, end + 1, to)) {
                end = to;
            }
        }
        if (end == of) {
            end = at + 1; // no phrase after the date: the noun's title ends before it
            of = -1;
        }
        end = nameGoesOn(tokens, s, placeAfter(tokens, s, at + 1, end, covered), covered);
        if (!(e.token().isNoun() || e.token().pos().equals("VBG")) || end - start < 2) {
            return Optional.empty();
        }
        int infinitive = HappeningFilters.isDecision(e.verbLemma()) ? infinitiveAfterItsDate(tokens, s, end, covered)
                : -1;
        // "BP's agreement on 16 June to put $20bn into a fund": the date between, the infinitive says what was decided
        String words = of < 0 ? Phrases.words(text, start, end)
                : Phrases.words(text, start, at + 1) + " " + Phrases.words(text, of, end);
        String phrase = infinitive < 0 ? words : words + " "
                + Phrases.words(text, infinitive, Math.max(infinitive + 2,
                        Phrases.predicateEnd(tokens, s, infinitive + 2, covered, false)));
        boolean agent = NounAgents.needsAgent(e.token());
        Optional<String> np = Optional.of(phrase);
        if (agent ? !NounAgents.namesTheAgent(tokens, start, at, end)
                : !Phrases.namesSomeone(tokens, start, end) && !(placeTells(e, tokens, s)
                && namesAPlace(tokens, at + 1, end))) {
            // "Gingrich told Jiang during a visit to China": Gingrich's visit; "a large-scale military parade" after
            // "China's military parade": that one; "during a trip to North Carolina", "Next policy meeting": whose?
            Optional<String> who = agent ? NounAgents.clauseAgent(text, s, start, covered, entities)
                    .map(name -> name + "'s " + phrase) : Optional.empty();
            int from = tokens.get(start).start();
            np = who.or(() -> Titles.namedBefore(text.text(), phrase, e.token().text(), from));
        }
        int first = start;
        int last = end - 1;
        return np.map(title -> new Title(Phrases.capitalize(MeetingClauses.of(title)), tokens.get(first).start(),
                tokens.get(last).end(), false,
                e.verbLemma()));
    }

    /**
     * The index of the "to" of an infinitive that follows the noun phrase ending at {@code end} past its date ("the
     * cabinet's decision [on Monday] to close the plant"), its verb in the base form; -1 if none.
     */
    private static int infinitiveAfterItsDate(List<Token> tokens, Sentence s, int end, boolean[] covered) {
        int k = end < s.endToken() ? pastADate(tokens, s, end, covered, ClauseSubjects.DATE_PREPOSITIONS) : -1;
        return k >= 0 && k + 1 < s.endToken() && Phrases.low(tokens.get(k)).equals("to")
                && tokens.get(k + 1).pos().equals("VB") ? k : -1;
    }

    /** Prepositions that set a place after a noun's phrase: "the bombing of a railway station [in Pyatigorsk]". */
    private static final Set<String> PLACE_OPENERS = Set.of("in", "near");

    /**
     * Whether a place may tell the happening that the noun {@code e} names, when no name says who: an occurrence
     * ("bombings in Casablanca"), not the start or end of another, nor a verb after "to" read as a noun ("talks due
     * to start/NN in South Africa"), nor a gerund with no object of its own ("scoring in Chelsea": whose?).
     */
    private static boolean placeTells(EventMention e, List<Token> tokens, Sentence s) {
        int at = e.token().index();
        return e.eventClass() == EventClass.OCCURRENCE && (at == s.firstToken()
                || !Phrases.low(tokens.get(at - 1)).equals("to")) && !(isGerund(e.token()) && (at + 1 >= s.endToken()
                || !Phrases.low(tokens.get(at + 1)).equals("of")));
    }

    /**
     * Where the phrase of a noun ends when a place's name follows its "of" phrase, that ends at {@code end} after the
     * noun ({@code end} greater than {@code afterNoun}): "the bombing of a railway station [in Pyatigorsk]", up to the
     * end of the name's capitalized words; {@code end} if none follows.
     */
    private static int placeAfter(List<Token> tokens, Sentence s, int afterNoun, int end, boolean[] covered) {
        if (end <= afterNoun || end + 1 >= s.endToken() || covered[end] || covered[end + 1]
                || !PLACE_OPENERS.contains(Phrases.low(tokens.get(end))) || !isName(tokens.get(end + 1))) {
            return end;
        }
        int next = end + 1;
        while (next < s.endToken() && !covered[next] && isName(tokens.get(next))) {
            next++;
        }
        return next;
    }

    /**
     * Whether tokens {@code [from, to)} after an event noun hold a place's name, a capitalized proper noun after "in",
     * "at" or "near" ("a refinery explosion in Texas"): a happening that needs nobody to do it is told by where.
     */
    private static boolean namesAPlace(List<Token> tokens, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            if (PLACE_OPENERS.contains(Phrases.low(tokens.get(i))) && isName(tokens.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code t} is a capitalized proper noun: a word of a name. */
    private static boolean isName(Token t) {
        return t.pos().startsWith("NNP") && Character.isUpperCase(t.text().charAt(0));
    }

    /**
     * Where a name that ends at {@code end} ends when "of", "on" or "for" and more capitalized words go on from it:
     * "the Beijing Summit of Forum [on Sino-Africa Cooperation]"; {@code end} if the name stops there.
     */
    private static int nameGoesOn(List<Token> tokens, Sentence s, int end, boolean[] covered) {
        while (end + 1 < s.endToken() && end - 1 >= s.firstToken() && !covered[end] && !covered[end + 1]
                && isName(tokens.get(end - 1)) && NAME_PREPOSITIONS.contains(Phrases.low(tokens.get(end)))
                && tokens.get(end + 1).pos().startsWith("NNP")) {
            int next = end + 1;
            while (next < s.endToken() && !covered[next] && tokens.get(next).pos().startsWith("NNP")) {
                next++;
            }
            end = next;
        }
        return end;
    }

    /** Whether token {@code at} is "and" or "&" between two capitalized words of its sentence ("Oil and Money"). */
    private static boolean andInsideAName(List<Token> tokens, Sentence s, int at) {
        String low = Phrases.low(tokens.get(at));
        return (low.equals("and") || low.equals("&")) && at - 1 >= s.firstToken() && at + 1 < s.endToken()
                && tokens.get(at - 1).pos().startsWith("NNP") && tokens.get(at + 1).pos().startsWith("NNP")
                && Character.isUpperCase(tokens.get(at - 1).text().charAt(0))
                && Character.isUpperCase(tokens.get(at + 1).text().charAt(0));
    }

    private static boolean isModifier(Token t) {
        String pos = t.pos();
        return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("POS") || pos.equals("CD")
                || pos.equals("DT") || pos.equals("PRP$");
    }

    private static boolean isDroppedModifier(Token t) {
        return t.pos().equals("DT") || t.pos().equals("PRP$") || t.pos().equals("POS")
                || ORDER_ADJECTIVES.contains(Phrases.low(t));
    }

    /**
     * Adjectives that place a happening among others of its kind as the sentence sees it ("the last Malian
     * elections five years ago"): a title dated on its own leaves them out.
     */
    private static final Set<String> ORDER_ADJECTIVES = Set.of("last", "previous", "next", "latest");

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

    /** The head noun of {@code subject}, in lower case: its last word before a preposition, else its last word. */
    private static String head(String subject) {
        List<String> words = List.of(subject.toLowerCase(Locale.ROOT).split(" "));
        for (int i = 1; i < words.size(); i++) {
            if (HEAD_ENDS.contains(words.get(i))) {
                return words.get(i - 1); // "The call for talks": the call
            }
        }
        return words.get(words.size() - 1);
    }

    /** The last word of {@code subject}, in lower case: "year" in "The end of the current Iranian year". */
    private static String lastWord(String subject) {
        return subject.substring(subject.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    }

    /** Prepositions after the head noun of a subject: "The hurricane season in the region", "The call for talks". */
    private static final Set<String> HEAD_ENDS = Set.of("of", "for", "in", "at", "on", "with", "from", "to", "by",
            "between", "over", "against");

    /** The present tense of a verb lemma, third person: "raise" -> "raises", "be" -> "is"; plural: the lemma. */
    static String present(String lemma, boolean plural) {
        switch (lemma) {
            case "be":
                return plural ? "are" : "is";
            case "have":
                return plural ? "have" : "has";
            default:
                break;
        }
        if (plural) {
            return lemma;
        }
        if (lemma.endsWith("s") || lemma.endsWith("x") || lemma.endsWith("z") || lemma.endsWith("ch")
                || lemma.endsWith("sh") || lemma.endsWith("o")) {
            return lemma + "es";
        }
        if (lemma.length() > 1 && lemma.endsWith("y") && "aeiou".indexOf(lemma.charAt(lemma.length() - 2)) < 0) {
            return lemma.substring(0, lemma.length() - 1) + "ies";
        }
        return lemma + "s";
    }
}
