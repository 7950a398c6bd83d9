package dev.timeline.happening;

import dev.timeline.event.EventClass;
import dev.timeline.event.EventMention;
import dev.timeline.event.Tense;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.LanguageLayer;
import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The title of a verb's clause, as {@link ClauseTitles} asks for it: its verb group read leftwards past auxiliaries,
 * plans and dates ("BP plans to open a plant", "was on Monday arrested"), whether it is passive or a participle that
 * modifies a noun ({@link ModifyingParticiples}), its subject ({@link ClauseSubjects}, {@link TitleSubjects}), the
 * verb in the present tense ("raises", "is arrested", "almost collapses") with its particle ("was sworn in"), and the
 * rest of its predicate ({@link TitlePredicates}), a plan or a ruling it reports ({@link SpeechVerbs}) and what "and"
 * goes on with ({@link Conjuncts}): "The central bank raises its main rate", "Four Iraqis are killed and seven others
 * wounded in two attacks". Gives none for a clause whose object is a clause or a pronoun ("discuss how", "used it
 * anyway") or whose verb alone says nothing ("BP agrees").
 */
final class VerbTitles {
    private static final Set<String> AUXILIARIES = Set.of("will", "would", "shall", "should", "may", "might", "can",
            "could", "must", "'ll", "'d", "to", "not", "n't", "never", "also", "already", "still", "just", "then",
            "reportedly", "finally", "later", "recently", "now", "soon", "again", "yet");
    /** Adverbs of how far a happening went, which a title keeps before its verb: "Acme Bank almost collapses". */
    private static final Set<String> DEGREES = Set.of("almost", "nearly", "partially", "partly", "narrowly",
            "barely", "virtually", "largely");
    /** Pronouns that, in a reported clause, stand for the one who reports: "BP said it had capped the well". */
    private static final Set<String> REFERRING = Set.of("it", "they", "he", "she");
    /** Words that open a clause standing as a verb's object: "discuss how", "decide whether". */
    private static final Set<String> QUESTION_WORDS = Set.of("how", "what", "whether", "why", "where", "who",
            "which", "if");
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

    /** Words that stand alone as a second verb's object: "killed one soldier and wounded another". */
    private static final Set<String> PRONOUN_OBJECTS = Set.of("another", "others", "two", "three", "several",
            "dozens", "scores", "hundreds");

    private VerbTitles() {
    }

    /**
     * Whether the verb group from token {@code g} to {@code word}, the event's own, agrees with a subject in the
     * singular ({@link RelativeAntecedents#number}): a singular auxiliary in it ("who was confirmed") or a verb in "-s"
     * ("Gates resigns").
     */
    private static boolean singularGroup(List<Token> tokens, int g, Token word) {
        if (word.pos().equals("VBZ")) {
            return true;
        }
        for (int i = g; i < word.index(); i++) {
            if (tokens.get(i).isVerb() && RelativeAntecedents.number(tokens.get(i)) == 1) {
                return true;
            }
        }
        return false;
    }

    /** {@code referent}: what "it" or "they" before the verb group stands for, or null. */
    static Optional<ClauseTitles.Title> verbTitle(AnalyzedText text, EventMention e, String lemma, boolean[] covered,
            ClauseTitles.Names entities, ClauseSubjects.Subject referent) {
        List<Token> tokens = text.tokens();
        Sentence s = text.sentenceOf(e.token());
        int g = e.token().index();
        boolean passive = false;
        int schedule = e.tense() == Tense.INFINITIVE ? Plans.scheduled(text, e) : -1;
        if (schedule >= 0 && schedule < g - 2) {
            g = schedule + 1; // "was due Sunday to attend": the day between the schedule and its infinitive
        }
        while (g - 1 >= s.firstToken()) {
            // "was earlier Tuesday ordered", "was on Monday arrested": the group goes on past its date (not a plan's
            // "was on Wednesday set to adopt", whose date is the plan's)
            int beforeDate = Plans.SCHEDULED.contains(Phrases.low(e.token())) ? -1
                    : ClauseTitles.auxiliaryBeforeDate(tokens, s, g, covered);
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
        // "The Exxon Valdez disaster helped create an Earth Day revival": "help" and its bare infinitive, one verb
        boolean helped = e.token().pos().equals("VB") && g == e.token().index() && g - 1 >= s.firstToken()
                && tokens.get(g - 1).lemma().equals("help") && tokens.get(g - 1).isVerb()
                && !tokens.get(g - 1).pos().equals("VB");
        if (helped) {
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
                && NounPhrases.isNounPhraseStart(tokens.get(word.index() + 1));
        // "Police announced Wednesday they had recommended charges", "announced on Wednesday the opening of an
        // inquiry": past a date, a subject pronoun opens the verb's clause and a noun phrase is its object, so the
        // verb is no participle of a reduced relative clause
        int pastItsDate = TitlePredicates.skipDate(tokens, s, word.index() + 1, covered);
        boolean clauseOrObjectAfterDate = pastItsDate > word.index() + 1 && pastItsDate < s.endToken()
                && (NounPhrases.isNounPhraseStart(tokens.get(pastItsDate))
                || tokens.get(pastItsDate).pos().equals("PRP"));
        String form = Phrases.low(word);
        // an agent follows ("a report carried by the news agency"), or the clause's own verb comes later
        boolean byAgent = TitlePredicates.agentAfter(tokens, s, word.index(), covered);
        boolean participleForm = !INTRANSITIVE.contains(lemma.toLowerCase(Locale.ROOT)) // "10,000 people died"
                && (word.pos().equals("VBN") || form.endsWith("ed") || form.endsWith("en")
                || byAgent && word.pos().equals("VBD") // "built by the army"
                || word.pos().equals("VBD") && word.mayBePastParticiple()); // "the trade fair held in April"
        if (SubjectParts.NAMING.contains(lemma.toLowerCase(Locale.ROOT)) && !auxiliary
                && g - 1 >= s.firstToken() && tokens.get(g - 1).isNoun() && word.index() + 1 < s.endToken()
                && !covered[word.index() + 1] && Character.isUpperCase(tokens.get(word.index() + 1).text().charAt(0))
                && FiniteVerbs.finiteVerbAfter(tokens, s, word.index())) {
            return Optional.empty(); // "a blog titled Powering a Nation posted images": it names; the verb comes later
        }
        // "Nine people were killed and nine others injured": the second subject shares the first one's "were"
        passive |= participleForm && !objectFollows && !auxiliary && Conjuncts.gappedPassive(tokens, s, g, covered)
                || !auxiliary && SharedSubjects.sharedPassive(tokens, s, g, covered) >= 0; // "was attacked and robbed"
        int relativeEnd = -1;
        boolean modifier = false;
        int asideOf = -1; // the noun an aside describes ("The airline -- a company founded in 1998 --")
        int asideOpen = participleForm && !objectFollows && !auxiliary && g - 1 >= s.firstToken()
                && tokens.get(g - 1).isNoun() ? ModifyingParticiples.asideOpener(tokens, s, g) : -1;
        int asideEnd = asideOpen >= 0 ? ModifyingParticiples.asideClose(tokens, s, asideOpen, word.index()) : -1;
        // "EU ministers failed to agree": a verb its subject's infinitive follows is active (subject-control-verbs.txt)
        boolean controls = SUBJECT_CONTROL.contains(lemma.toLowerCase(Locale.ROOT)) && word.index() + 1 < s.endToken()
                && Phrases.low(tokens.get(word.index() + 1)).equals("to");
        // "taken", "written": a participle that is no simple past follows its noun as a reduced relative whatever the
        // noun's tag ("Photos/NNP taken by employees ... show")
        boolean participleOnly = participleForm && word.pos().equals("VBN") && word.mayBePastParticiple()
                && !LanguageLayer.english().maybeSimplePast(form) && !form.equals(lemma.toLowerCase(Locale.ROOT));
        if (participleForm && !objectFollows && !clauseOrObjectAfterDate && !auxiliary && !controls
                && g - 1 >= s.firstToken()
                && (tokens.get(g - 1).pos().equals("NN") || tokens.get(g - 1).pos().equals("NNS")
                || participleOnly && tokens.get(g - 1).isNoun())
                && (byAgent || FiniteVerbs.finiteVerbAfter(tokens, s, word.index())
                || ModifyingParticiples.appositiveParticiple(tokens, s, g, word.index(), covered))) {
            passive = true; // "the ordinance issued in October violates ...": a reduced relative clause, passive
            relativeEnd = FiniteVerbs.finiteVerbAfterAt(tokens, s, word.index());
            if (relativeEnd < 0 && GovernedPhrases.appositive(tokens, s, g)) {
                // "Kardun town, an area plagued/VBD by drugs, to mark ... on Dec. 1": an appositive's participle,
                // which only a date inside its phrase dates, tells of the noun the appositive describes ("the dalek,
                // a currency introduced in 1993": the dalek is introduced)
                modifier = true;
                relativeEnd = FiniteVerbs.phraseEnd(tokens, s, word.index());
                asideOf = GovernedPhrases.appositiveHead(tokens, s, g);
            }
        } else if (asideEnd > 0) {
            // "The airline -- a company founded in 1998 by two brothers -- collapsed": an aside without a verb of its
            // own tells of the noun before it
            passive = true;
            modifier = true;
            asideOf = asideOpen - 1;
            relativeEnd = asideEnd;
        } else if (!objectFollows && !auxiliary && g - 1 >= s.firstToken() && tokens.get(g - 1).isNoun()
                && (word.pos().equals("VBN") && GovernedPhrases.governedNounPhrase(tokens, s, g)
                || word.pos().equals("VBD") && word.mayBePastParticiple() && participleForm
                && !Measures.isChange(lemma) && e.eventClass() == EventClass.OCCURRENCE
                && !SpeechVerbs.isSpeech(word) && (TitlePredicates.phraseAfter(tokens, s, word.index() + 1, covered)
                && GovernedPhrases.surelyGovernedNounPhrase(tokens, s, g)
                || GovernedPhrases.prepositionsObject(tokens, s, g)))) {
            // "replaces a credit line created last fall": it modifies an object, dated in its phrase; "questioned
            // three men arrested/VBD in Vallis on Tuesday", "were among 140 members arrested/VBD on December 14": a
            // participle the tagger took for a past
            passive = true;
            modifier = true;
            relativeEnd = FiniteVerbs.phraseEnd(tokens, s, word.index());
        }
        int modified = asideOf >= s.firstToken() && tokens.get(asideOf).isNoun() ? asideOf + 1 : g;
        int close = participleForm && !objectFollows && !auxiliary && g == word.index() && g - 2 >= s.firstToken()
                && tokens.get(g - 1).text().equals(",") && tokens.get(g - 2).isNoun()
                ? ModifyingParticiples.datedParentheticalEnd(tokens, s, g, covered) : -1;
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
            found = TitleSubjects.mainSubjectOfItsPronoun(text, s, g, covered, entities);
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        // "Danai, 61, who died Monday": the age set off after a name is no part of the subject
        String subject = Subjects.withoutAge(found.get().text());
        if (TitleSubjects.SHARE.matcher(subject).lookingAt() || TitleSubjects.MEASURE.matcher(subject).lookingAt()) {
            // "59 percent of eligible Iraqis cast ballots", "The number of student visas reached a record": a figure
            return Optional.empty();
        }
        if (TitleSubjects.PERIOD_LIMITS.contains(lemma.toLowerCase(Locale.ROOT))
                && (TitleSubjects.CALENDAR_PERIODS.contains(TitleSubjects.head(subject))
                || TitleSubjects.CALENDAR_PERIODS.contains(TitleSubjects.lastWord(subject)))) {
            // "The hurricane season officially started on 1 June", "the end of the current Iranian year, which will
            // end on March 20": the calendar's date
            return Optional.empty();
        }
        if (NounAgents.needsAgent(TitleSubjects.head(subject)) && !TitleSubjects.namesSomeone(subject)) {
            return Optional.empty(); // "A two-day meeting ended Monday": whose, another sentence told
        }
        if (TitleSubjects.takesPlace(tokens, s, e, lemma)
                && TitleSubjects.isAPersonOrAnOrganization(subject, entities)) {
            return Optional.empty(); // "The trial of the former mayor, Ivo Brandt, took place": no person takes place
        }
        // "Gates, who was confirmed": a singular verb of the clause's own group overrules a name read as a plural
        boolean plural = found.get().plural() && !singularGroup(tokens, g, e.token());
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
                .toLowerCase(Locale.ROOT) : helped ? present("help", plural) + " " + lemma.toLowerCase(Locale.ROOT)
                : degree + present(lemma.toLowerCase(Locale.ROOT), plural));
        boolean inParticle = after < s.endToken() && Phrases.low(tokens.get(after)).equals("in")
                && IN_PARTICLE_VERBS.contains(lemma.toLowerCase(Locale.ROOT)); // "was sworn in"
        if (after < s.endToken() && (Phrases.PARTICLES.contains(Phrases.low(tokens.get(after))) || inParticle
                // "headed north"
                || Phrases.isDirectionOf(lemma.toLowerCase(Locale.ROOT), Phrases.low(tokens.get(after))))
                && !covered[after]
                && (after + 1 >= s.endToken() || !NounPhrases.isNounPhraseStart(tokens.get(after + 1))
                // "called off Saturday", "slowed down this week"; "failed over [the weekend]" is a phrase of time
                || covered[after + 1] && !Phrases.low(tokens.get(after + 1)).equals("the"))) {
            verb.append(' ').append(tokens.get(after).text());
            after++;
        }
        int beforeDate = after;
        after = TitlePredicates.pastDate(tokens, s, after, covered, passive);
        if (!passive && lemma.equalsIgnoreCase("spend") && after > beforeDate && after + 1 < s.endToken()
                && TitlePredicates.isGerund(tokens.get(after))) {
            // "Volunteers spent Saturday clearing/NN debris": what they did that day is the happening
            lemma = LanguageLayer.english().verbLemma(tokens.get(after).text());
            verb = new StringBuilder(present(lemma.toLowerCase(Locale.ROOT), plural));
            after++;
        }
        // "arrived here on Tuesday": the dateline's place, which the adverb before the date stands for
        // after the verb, unless it would read as its particle ("called [in Beijing] for") or the title names it
        String here = entities.dateline().isEmpty() || !TitlePredicates.hasHere(tokens, s, beforeDate, covered)
                || after < s.endToken() && Phrases.PARTICLES.contains(Phrases.low(tokens.get(after)))
                || HappeningFilters.isPhrasal(lemma, "in") || IN_PARTICLE_VERBS.contains(lemma.toLowerCase(Locale.ROOT))
                || text.text().substring(e.token().end(), s.end()).contains(entities.dateline()) ? ""
                : " in " + entities.dateline();
        boolean role = ROLE_VERBS.contains(lemma.toLowerCase(Locale.ROOT));
        int pastRoleDate = TitlePredicates.skipDate(tokens, s, after, covered);
        if (role && pastRoleDate > after && pastRoleDate < s.endToken()
                && Phrases.low(tokens.get(pastRoleDate)).equals("as") && !namesNoRole(tokens, s, pastRoleDate)) {
            after = pastRoleDate; // "was selected Wednesday as the designer of a memorial": the role follows the date
        }
        int objectEnd = PredicateEnds.predicateEnd(tokens, s, after, covered, passive);
        if (relativeEnd > after && objectEnd > relativeEnd) {
            objectEnd = relativeEnd; // "rules imposed last year by Ken Salazar [address only part]": the clause ends
        }
        objectEnd = TitlePredicates.quotedObjectEnd(tokens, s, objectEnd);
        // "is named [as coach]" right after the verb (or its date), "appoints X [as head of ...]" after the object
        int as = !role ? -1 : after < s.endToken() && Phrases.low(tokens.get(after)).equals("as") ? after
                : objectEnd < s.endToken() && Phrases.low(tokens.get(objectEnd)).equals("as") ? objectEnd : -1;
        if (as >= 0 && !namesNoRole(tokens, s, as)) {
            int roleEnd = NounPhraseEnds.shortPhraseAfter(tokens, s, as, covered);
            objectEnd = roleEnd > 0 ? roleEnd : objectEnd;
        }
        if (!passive && lemma.equalsIgnoreCase("make") && after < s.endToken()
                && SpeechVerbs.STATED.contains(Phrases.low(tokens.get(after)))) {
            return Optional.empty(); // "Obama has made clear that ...": a statement, as "said" is
        }
        boolean speech = !passive && SpeechVerbs.SPEECH.contains(lemma.toLowerCase(Locale.ROOT));
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
            return Optional.of(new ClauseTitles.Title(Phrases.capitalize(subject + " " + verb + " " + plan.get()),
                    tokens.get(Math.min(subjectStart, g)).start(), tokens.get(e.token().index()).end(), true,
                    lemma.equals(e.lemma()) ? e.verbLemma() : lemma.toLowerCase(Locale.ROOT), relativeEnd));
        }
        int ruled = objectEnd == after && !passive && SpeechVerbs.RULINGS.contains(lemma.toLowerCase(Locale.ROOT))
                ? SpeechVerbs.rulingEnd(tokens, s, next, covered) : -1;
        if (ruled > 0) {
            // "a district court in Oslo ruled on March 3 that Petric could attend party meetings": what a court or a
            // board rules is the ruling
            return Optional.of(new ClauseTitles.Title(Phrases.capitalize(subject + " " + verb + " "
                    + Asides.written(text, s, next, ruled, covered)), tokens.get(Math.min(subjectStart, g)).start(),
                    tokens.get(ruled - 1).end(), true, e.verbLemma(), relativeEnd));
        }
        if (objectEnd == after && next < s.endToken() && (QUESTION_WORDS.contains(Phrases.low(tokens.get(next)))
                || Phrases.low(tokens.get(next)).equals("that") && !passive
                // "assumed he had avoided the virus": a clause's own subject and verb
                || !passive && next == after && PredicateEnds.SUBJECT_PRONOUNS.contains(Phrases.low(tokens.get(next)))
                && next + 1 < s.endToken()
                && (tokens.get(next + 1).isVerb() || tokens.get(next + 1).pos().equals("MD"))
                || tokens.get(next).pos().equals("IN") && next + 1 < s.endToken()
                && tokens.get(next + 1).pos().equals("PRP") && !TitlePredicates.subordinateClauseAt(tokens, s, next))) {
            // "Commentators discuss how BP is responding", "ministers agreed Monday that courts ...", "voted for it",
            // "assumed he had":
            // the object is a clause or a pronoun, cut off, and the verb alone says nothing
            return Optional.empty();
        }
        String namedObject = null; // "Police arrested John Smith on Monday and charged him on Tuesday"
        if (!passive && objectEnd > after
                && TitlePredicates.PERSONAL_OBJECTS.contains(Phrases.low(tokens.get(after)))) {
            namedObject = SharedSubjects.conjunctsNamedObject(text, s, g, covered).orElse(null);
        }
        if (namedObject == null && TitlePredicates.pointsBack(tokens, after, objectEnd) || speech && (objectEnd == after
                || !NounPhrases.isNounPhraseStart(tokens.get(after)))) {
            return Optional.empty(); // "The contractor used it anyway", "Bush declares in New York"
        }
        if (speech && SpeechVerbs.reportsAClause(tokens, s, after, objectEnd)) {
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
        if (objectEnd == after && relativeObject.isEmpty() && bareVerb
                && TitleSubjects.bareCommonNoun(tokens, subjectStart, subject)
                // "Stocks fell"
                && !(TitleSubjects.MARKETS.contains(subject.toLowerCase(Locale.ROOT)) && Measures.isChange(lemma))
                && TitleSubjects.whereItHappened(text, s, subjectStart, covered).isEmpty()
                // "injured and threw out"
                && (passive || Conjuncts.secondConjunct(tokens, s, e.token(), objectEnd) < 0)) {
            return Optional.empty(); // "Tests begin", "Legislation passes": which, and where, the title cannot say
        }
        String predicate = (relativeObject.isEmpty() ? "" : " " + relativeObject)
                + (objectEnd > after ? " " + Asides.written(text, s, after, objectEnd, covered) : "");
        if (namedObject != null) {
            predicate = " " + namedObject + (objectEnd > after + 1
                    ? " " + Asides.written(text, s, after + 1, objectEnd, covered) : "");
        }
        int cause = objectEnd == after && !passive && isIntransitive(lemma)
                ? TitlePredicates.skipDate(tokens, s, after, covered) : -1;
        if (cause >= 0 && cause + 2 < s.endToken() && Phrases.low(tokens.get(cause)).equals("after")
                && tokens.get(cause + 1).pos().equals("VBG")) {
            // "seven people in Chicago died [on Monday] after taking poisoned Tylenol tablets": what they died of
            int causeEnd = PredicateEnds.predicateEnd(tokens, s, cause + 2, covered, false);
            if (causeEnd > cause + 2 && TitlePredicates.endsCleanly(tokens, s, causeEnd, covered)) {
                predicate += " " + Asides.written(text, s, cause, causeEnd, covered);
                objectEnd = causeEnd;
            }
        }
        if (here.isEmpty() && objectEnd > after && !entities.dateline().isEmpty()
                && TitlePredicates.hasHere(tokens, s, objectEnd, covered) && !predicate.contains(entities.dateline())) {
            predicate += " in " + entities.dateline(); // "closed the public beach here Friday"
        }
        int gapped = passive && objectEnd == after ? Conjuncts.gappedConjunct(tokens, s, after) : -1;
        // "Three people were killed and four others were injured in a crash": "others" tells of the first subject's
        // happening, told as if the second "be" were gapped
        int others = passive && gapped < 0 ? Conjuncts.othersConjunct(tokens, s, after) : -1;
        if (others > 0 && objectEnd != after && objectEnd != others - 1) {
            others = -1; // the object's phrase ends elsewhere: "and" joins no clause of "others" to the passive
        }
        gapped = Math.max(gapped, others);
        if (gapped > 0) {
            // "Four Iraqis were killed and seven others wounded in two attacks": the second passive shares the first's
            // "be", and its phrases tell of both
            int from = TitlePredicates.pastDate(tokens, s, gapped + 1, covered, true);
            int secondEnd = PredicateEnds.predicateEnd(tokens, s, from, covered, true);
            predicate = " and " + (others > 0 ? Asides.written(text, s, after + 1, others - 1, covered) + " "
                    + tokens.get(others).text() : Asides.written(text, s, after + 1, gapped + 1, covered))
                    + (secondEnd > from ? " " + Asides.written(text, s, from, secondEnd, covered) : "");
            objectEnd = Math.max(secondEnd, gapped + 1);
        }
        int second = !passive ? Conjuncts.secondConjunct(tokens, s, e.token(), objectEnd) : -1;
        if (second > 0 && !ClauseSubjects.isReportingVerb(tokens.get(second))
                && !Conjuncts.beforeInfinitive(tokens, s, second)
                && !Conjuncts.datedApart(tokens, s, e.token().index(), second, covered)) {
            // a second verb of saying adds nothing a title can quote: "raised the alert level [and said]: ..."; a
            // "be" or "have" before an infinitive tells what is expected or must be ("left for Hanoi [and was
            // expected to meet] ...": a forecast), not a second happening ("and was airlifted to hospital" is one)
            // "A suicide bombing killed nine Afghans and injured over 20 others Sunday": both verbs share the date
            int from = TitlePredicates.pastDate(tokens, s, second + 1, covered, false);
            int secondEnd = PredicateEnds.predicateEnd(tokens, s, from, covered, false);
            if (secondEnd == from && from < s.endToken() && PRONOUN_OBJECTS.contains(Phrases.low(tokens.get(from)))) {
                secondEnd = from + 1; // "killed one soldier and wounded [another]"
            }
            // not "and recalled the moment [when ...]"
            if (TitlePredicates.endsCleanly(tokens, s, secondEnd, covered)) {
                Token verb2 = tokens.get(second);
                String lemma2 = verb2.pos().equals("JJ") ? LanguageLayer.english().pastLemma(verb2.text())
                        .orElse(verb2.lemma()) : verb2.lemma(); // "injured/JJ 170 others": "injure"
                predicate += " and " + present(lemma2.toLowerCase(Locale.ROOT), plural)
                        + (secondEnd > from ? " " + Asides.written(text, s, from, secondEnd, covered) : "");
                objectEnd = Math.max(secondEnd, second + 1);
            }
        }
        if (plural) {
            predicate = TitleSubjects.ownerOfHis(text, s, subject, predicate, after, entities);
        }
        String title = subject + " " + verb + here + predicate
                + TitleSubjects.whereItHappened(text, s, subjectStart, covered);
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
        return Optional.of(new ClauseTitles.Title(Phrases.capitalize(title),
                tokens.get(Math.min(subjectStart, g)).start(),
                tokens.get(opening.isPresent() ? Math.max(last, subjectStart) : last).end(), true,
                lemma.equals(e.lemma()) ? e.verbLemma() : lemma.toLowerCase(Locale.ROOT), relativeEnd));
    }

    /** How far after "as" {@link #namesNoRole} looks for the verb of a clause. */
    private static final int AS_CLAUSE_REACH = 8;
    /** Words that join a second verb to the title's own, whose subject it shares: "resigned as premier and fled". */
    private static final Set<String> COORDINATORS = Set.of("and", "but", "or");

    /**
     * Whether the "as" at {@code as} names no role but opens a clause or a plural: the head of the noun phrase after it
     * is a plural ("as [fears] rise", "as the ongoing peace [talks] progress", "as 13.3 million [men] began"; a role is
     * one person's), or a verb in a tense follows the phrase before a comma, a clause's word or a conjunction before a
     * verb ("as the rig [sank]", "as 13.3 million men and women [began]"; not "resigned as premier and fled", whose
     * second verb is the title's subject's).
     */
    private static boolean namesNoRole(List<Token> tokens, Sentence s, int as) {
        int k = as + 1;
        while (k < s.endToken() && !tokens.get(k).isNoun() && (NounPhrases.isNounPhrasePart(tokens.get(k))
                || tokens.get(k).pos().equals("CD"))) {
            k++; // "a career civil", "BP's U.S.", "13.3 million"
        }
        while (k + 1 < s.endToken() && tokens.get(k + 1).isNoun() && tokens.get(k).isNoun()) {
            k++; // to the head: "peace talks"
        }
        // "men/NN": the tagger may miss a plural that the lemma shows
        if (k < s.endToken() && (tokens.get(k).pos().equals("NNS") || tokens.get(k).pos().equals("NN")
                && !tokens.get(k).lowerText().equals(tokens.get(k).lowerLemma()))) {
            return true;
        }
        for (int i = as + 1; i < s.endToken() && i - as <= AS_CLAUSE_REACH; i++) {
            Token t = tokens.get(i);
            if (Phrases.isFiniteOrModal(t)) {
                return true;
            }
            if (t.text().equals(",") || Phrases.CLAUSE_WORDS.contains(Phrases.low(t))
                    || COORDINATORS.contains(Phrases.low(t)) && i + 1 < s.endToken()
                    && (tokens.get(i + 1).isVerb() || tokens.get(i + 1).pos().equals("MD"))) {
                return false; // "as premier and fled", "but will"; "as 13.3 million men and women began" goes on
            }
        }
        return false;
    }

    /** Whether the subject of verb {@code lemma} does what its infinitive says ({@code subject-control-verbs.txt}). */
    static boolean controlsItsSubject(String lemma) {
        return SUBJECT_CONTROL.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code lemma} names a verb that takes no object ({@code intransitive-verbs.txt}): never a passive. */
    static boolean isIntransitive(String lemma) {
        return INTRANSITIVE.contains(lemma.toLowerCase(Locale.ROOT));
    }

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
