package dev.timeline.happening;

import dev.timeline.event.EventMention;
import dev.timeline.event.Modality;
import dev.timeline.event.Tense;
import dev.timeline.tag.Mention;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether an event is planned, expected or hypothetical rather than told as done: a cue shortly before it ("could",
 * "expected", "estimates that up to 9,000 jobs will be lost") or a condition it stands in ("If the virus returns in
 * the autumn, ..."); the "would" of reported speech for a day to come ("Republicans would elect their Senate
 * leadership Wednesday"); a schedule ("is due to publish", "is set to", "plans to open"); a plan that was ("Ozawa was
 * to meet Hashimoto on Thursday", "was to have begun"), that is ("Northway Air is to build a new cargo hub"), that
 * changed ("had been scheduled for November") or that comes "later" on the article's own day; and an infinitive that
 * another verb governs ("gave them a deadline to submit a report"); and a claim's that-clause ("denied the charge that
 * troops shelled the town"). The cues are data: {@code hypothetical-cues.txt}, {@code claim-nouns.txt}.
 */
final class Plans {
    /** Words that open a condition: "If the virus returns in the autumn, ...". */
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "should");
    private static final Set<String> HYPOTHETICAL = Lexicons.firstColumn("hypothetical-cues.txt");
    /** Nouns of a claim no one has shown, whose that-clause tells no happening ({@code claim-nouns.txt}). */
    private static final Set<String> CLAIMS = Lexicons.firstColumn("claim-nouns.txt");
    /** Verbs of such a claim: "The suit claims that the company violated the agreement". */
    private static final Set<String> CLAIMING = Set.of("claim", "allege");
    private static final int CUE_REACH = 6;
    /** Words after "be" that schedule the infinitive after them: "is due to", "is set to". */
    static final Set<String> SCHEDULED = Set.of("due", "scheduled", "set", "slated");
    /** A TIMEX3 value of a day: "2006-11-15", "2006-11-15T10:00". */
    private static final Pattern DAY_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Verbs of wishing, whose "would" plans nothing: "hoped they would return", "wanted", "expected". */
    private static final Set<String> WISHES = Set.of("hope", "wish", "want", "expect", "believe", "think", "fear",
            "predict", "doubt", "urge", "ask");
    /** Words of a condition or a question, under which a "would" plans nothing: "would attend if invited". */
    static final Set<String> WOULD_CONDITIONS = Set.of("if", "unless", "otherwise", "whether", "provided",
            "when");
    private Plans() {
    }

    /**
     * Whether a word that makes the event hypothetical or expected stands shortly before it in its sentence, or it was
     * to have been and was not ("was to have begun").
     */
    static boolean hypothetical(AnalyzedText text, EventMention e) {
        return hypothetical(text, e, false);
    }

    /** The same, the "would" of a plan ({@link #futureWould}) no cue when {@code would} holds. */
    static boolean hypothetical(AnalyzedText text, EventMention e, boolean would) {
        Sentence s = text.sentenceOf(e.token());
        for (int i = e.token().index() - 1; i >= s.firstToken(); i--) {
            String w = text.tokens().get(i).text().toLowerCase(java.util.Locale.ROOT);
            if (i >= e.token().index() - CUE_REACH && HYPOTHETICAL.contains(w) && !(would && w.equals("would"))
                    && !(w.equals("expected") && expectedAct(text, e, i))
                    && !subjectOfAnotherClause(text, i, e.token().index())
                    && !ClauseBoundaries.inARelativeAsideBefore(text.tokens(), s, i, e.token().index())) {
                return true;
            }
            // farther back, a cue that governs the event's that-clause: "estimates that up to 9,000 jobs in fishing
            // and tourism will be lost"
            if (w.equals("that") && i - 1 >= s.firstToken()
                    && (HYPOTHETICAL.contains(text.tokens().get(i - 1).text().toLowerCase(java.util.Locale.ROOT))
                    || claimed(text, i, e))) {
                return true;
            }
        }
        return insideOpeningCondition(text, s, e.token().index()) || wasToBe(text, e, true);
    }

    /**
     * Whether {@code e} is the verb of the that-clause that "that" at {@code that} opens after a noun of a claim
     * ({@code claim-nouns.txt}) or "claim" or "allege": "rejected the charge that Velo troops once [shelled] the town",
     * "the suit claims that the company [violated] the agreement"; not a verb of a relative clause or a noun inside it
     * ("denied allegations that pilgrims who [died] in the disaster could have been saved": they died).
     */
    private static boolean claimed(AnalyzedText text, int that, EventMention e) {
        List<Token> tokens = text.tokens();
        Token claim = tokens.get(that - 1);
        boolean noun = claim.isNoun() && CLAIMS.contains(claim.lowerText());
        boolean verb = claim.isVerb() && CLAIMING.contains(claim.lemma());
        if (!(noun || verb) || !e.token().isVerb()) {
            return false;
        }
        for (int i = that + 1; i < e.token().index(); i++) {
            Token t = tokens.get(i);
            if (t.isVerb() && !ReportedHappenings.AUXILIARIES.contains(t.lemma())
                    || Phrases.CLAUSE_WORDS.contains(Phrases.low(t)) || t.text().equals(",") || t.text().equals(":")) {
                return false;
            }
        }
        return true;
    }

    /** Words that open a clause of time or cause after a main clause: "Hopes were raised when ...". */
    private static final Set<String> SUBORDINATORS = Set.of("when", "after", "as", "because", "since", "once");

    /**
     * Whether the cue at {@code cue} is a noun, the subject of the finite verb right after it, and a subordinator
     * stands between that verb and the event at {@code event}: the cue's clause is another ("Hopes were raised when
     * Ostrel shut off the leak last week": the shutting off happened).
     */
    private static boolean subjectOfAnotherClause(AnalyzedText text, int cue, int event) {
        List<Token> tokens = text.tokens();
        if (!tokens.get(cue).isNoun() || cue + 1 >= event || !Phrases.isFiniteOrModal(tokens.get(cue + 1))
                || tokens.get(cue + 1).pos().equals("MD")) {
            return false;
        }
        for (int i = cue + 2; i < event; i++) {
            if (SUBORDINATORS.contains(tokens.get(i).lowerText())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether event {@code e} is a plan that reported speech tells with "would", as the news's future: a day after the
     * creation date ("Republicans would elect their Senate leadership Wednesday", written on Monday), no "would have",
     * no condition in the sentence ("if", "unless", "otherwise") and no wish or guess before it ("hoped",
     * "expected"). A "would" of the past ("would later become") names no day to come.
     */
    static boolean futureWould(AnalyzedText text, EventMention e, Mention timex, Optional<LocalDate> dct) {
        if (dct.isEmpty() || e.modality().filter(m -> m == Modality.WOULD).isEmpty() || !e.token().isVerb()
                || !DAY_VALUE.matcher(timex.value()).lookingAt() || timex.mod().isPresent()) {
            return false;
        }
        try {
            if (!LocalDate.parse(timex.value().substring(0, 10)).isAfter(dct.get())) {
                return false;
            }
        } catch (java.time.format.DateTimeParseException impossibleDay) {
            return false; // "February 30": no day to come
        }
        Sentence s = text.sentenceOf(e.token());
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            Token t = text.tokens().get(i);
            String w = t.lowerText();
            if (WOULD_CONDITIONS.contains(w) || w.equals("would") && i + 1 < s.endToken()
                    && text.tokens().get(i + 1).lowerText().equals("have")
                    || i < e.token().index() && !w.equals("would") && (HYPOTHETICAL.contains(w)
                    || WISHES.contains(t.lemma().toLowerCase(java.util.Locale.ROOT)))) {
                return false; // "hoped all the countries would return to back the motion next Tuesday": a wish
            }
        }
        return true;
    }

    /**
     * Whether "expected" at {@code at} governs {@code e} as a plan of its subject ("Rolf Ekeus was expected to arrive
     * in Baghdad Thursday", "Chirac is expected to announce the dissolution of parliament Monday"): "be expected to"
     * right before it, an act and not a change of a quantity ("stocks were expected to rise": a forecast), and not
     * "had been expected to" ("Denmark had been expected to present its resolution on Wednesday, but ...": a plan
     * that changed).
     */
    private static boolean expectedAct(AnalyzedText text, EventMention e, int at) {
        List<Token> tokens = text.tokens();
        return scheduled(text, e) == at && !Measures.changes(text, e)
                && !(at >= 2 && tokens.get(at - 1).lowerText().equals("been")
                && tokens.get(at - 2).lemma().equals("have"))
                && !toldAfterThat(text, at);
    }

    /**
     * Whether the clause of the word at {@code at} is what a saying before it tells, "that" between ("economists said
     * that the central bank was expected to hold its rates", "adding that stocks were expected to stabilise"):
     * someone's expectation, a forecast, not a plan.
     */
    private static boolean toldAfterThat(AnalyzedText text, int at) {
        List<Token> tokens = text.tokens();
        int first = text.sentenceOf(tokens.get(at)).firstToken();
        for (int i = at - 1; i > first; i--) {
            if (tokens.get(i).lowerText().equals("that")) {
                return HappeningFilters.SAYING.contains(tokens.get(i - 1).lemma().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return false;
    }

    /**
     * Where the schedule stands that an infinitive's plan follows: "BP is [due] to publish its results on July 27",
     * "is scheduled/set/slated/expected to", "BP [plans] to open a plant"; -1 if none. The infinitive tells the planned
     * happening, as "will" does.
     */
    static int scheduled(AnalyzedText text, EventMention e) {
        List<Token> tokens = text.tokens();
        Sentence s = text.sentenceOf(e.token());
        int k = e.token().index() - 1;
        if (k - 2 < s.firstToken() || !tokens.get(k).lowerText().equals("to")) {
            return -1;
        }
        Token governor = tokens.get(k - 1);
        boolean plans = governor.lemma().equals("plan") && (governor.isVerb() && !governor.pos().equals("VBG")
                || pluralNounTakenForPlans(tokens, s, k - 1));
        if (isScheduleAfterBe(tokens, k - 1) || plans) {
            return k - 1;
        }
        // "was due Sunday to attend", "is expected next week to approve": the day between the schedule and its verb
        int day = k - 1;
        while (day > s.firstToken() && k - day <= MAX_DAY_WORDS && DAY_WORDS.contains(tokens.get(day).lowerText())) {
            day--;
        }
        return day < k - 1 && day - 1 >= s.firstToken() && isScheduleAfterBe(tokens, day) ? day : -1;
    }

    /** Words of a day that may stand between a schedule and the infinitive it plans: "was due Sunday to". */
    private static final Set<String> DAY_WORDS = com.google.common.collect.Sets.union(HappeningFilters.WEEKDAYS,
            Set.of("today", "tomorrow", "tonight", "next", "this", "week", "month", "later")).immutableCopy();
    /** How many such words a schedule's day may have. */
    private static final int MAX_DAY_WORDS = 2;

    /**
     * Whether "plans" at {@code at}, tagged a plural noun, is the verb of the name or pronoun before it ("MedImmune
     * plans/NNS to ship the vaccine in August"); not "the company's plans to", "its plans to", "expansion plans to".
     */
    private static boolean pluralNounTakenForPlans(List<Token> tokens, Sentence s, int at) {
        Token before = at - 1 >= s.firstToken() ? tokens.get(at - 1) : null;
        return tokens.get(at).lowerText().equals("plans") && before != null
                && (before.pos().startsWith("NNP") || before.pos().equals("PRP"))
                && at + 2 < s.endToken() && tokens.get(at + 2).pos().equals("VB");
    }

    /**
     * Whether the word at {@code at} (not the sentence's first) is a schedule after a form of "be": "is [due]", "are
     * [scheduled]", "was [expected]"; "is expected to" plans too, not "leaders expected to join", a noun phrase's
     * participle.
     */
    static boolean isScheduleAfterBe(List<Token> tokens, int at) {
        String low = tokens.get(at).lowerText();
        Token before = tokens.get(at - 1);
        return (SCHEDULED.contains(low) || low.equals("expected")) && before.isVerb() && before.lemma().equals("be");
    }

    /** Verbs of a schedule whose past perfect passive tells a plan that was changed: "had been scheduled for". */
    private static final Set<String> SCHEDULE_VERBS = Set.of("schedule", "plan", "set", "slate", "expect");

    /**
     * Whether {@code e} is a schedule in the past perfect passive ("Fresh talks had been scheduled for November, but
     * were put off"): the plan as it stood before it changed, no happening at its date.
     */
    static boolean supersededPlan(AnalyzedText text, EventMention e) {
        int k = e.token().index();
        List<Token> tokens = text.tokens();
        int first = text.sentenceOf(e.token()).firstToken();
        return k - 2 >= first && SCHEDULE_VERBS.contains(e.token().lowerLemma())
                && tokens.get(k - 1).lowerText().equals("been") && tokens.get(k - 2).lowerText().equals("had");
    }

    /**
     * Whether {@code e}, not in the past tense, is dated "later" on the day the article was written ("The OPEC meeting,
     * which opens later Sunday", "is to be broadcast later on Sunday", written on Sunday): a plan of that day, still
     * to come when it was told.
     */
    static boolean laterThatDay(AnalyzedText text, EventMention e, Mention timex, String value, LocalDate dct) {
        List<Token> own = text.tokensIn(timex.start(), timex.end());
        if (dct == null || e.tense() == Tense.PAST || own.isEmpty() || own.get(0).index() == 0
                || !value.equals(dct.toString())) {
            return false;
        }
        int before = own.get(0).index() - 1;
        if (before > 0 && DATE_PREPOSITIONS_AFTER_LATER.contains(text.tokens().get(before).lowerText())) {
            before--; // "is to be broadcast later on Tuesday"
        }
        return text.tokens().get(before).lowerText().equals("later");
    }

    /** Prepositions between "later" and the day it is later on: "later on Tuesday", "later in the day". */
    private static final Set<String> DATE_PREPOSITIONS_AFTER_LATER = Set.of("on", "in");

    /**
     * Whether {@code e} was to be: "was to" or "were to" before it ("Ozawa was to meet Hashimoto on Thursday", "Verdi
     * was to be questioned later Sunday", a plan), or with {@code perfect} "was to have" ("The service was to have
     * begun on Thursday": it did not).
     */
    static boolean wasToBe(AnalyzedText text, EventMention e, boolean perfect) {
        return PAST_BE.contains(beBeforeTo(text, e, perfect));
    }

    /**
     * The word before the "to" of {@code e}'s infinitive in lower case, past "be" of a passive ("was to be
     * questioned") or, with {@code perfect}, only past "have" ("was to have begun"); "" when no "to" stands there.
     */
    private static String beBeforeTo(AnalyzedText text, EventMention e, boolean perfect) {
        List<Token> tokens = text.tokens();
        Sentence s = text.sentenceOf(e.token());
        int k = e.token().index() - 1;
        if (!perfect && k - 1 > s.firstToken() && tokens.get(k).lowerText().equals("be")
                && tokens.get(k - 1).lowerText().equals("to")) {
            k--; // a passive: "was to be questioned"
        }
        if (perfect) {
            if (k <= s.firstToken() || !tokens.get(k).lowerText().equals("have")) {
                return "";
            }
            k--;
        }
        return k - 1 >= s.firstToken() && tokens.get(k).lowerText().equals("to") ? tokens.get(k - 1).lowerText() : "";
    }

    /** The past of "be" before a plan's "to": "was to meet". */
    private static final Set<String> PAST_BE = Set.of("was", "were");

    /**
     * Whether {@code e} is to be: "is to", "are to" or "am to" before it ("Northway Air is to build a new cargo hub,
     * Dalen announced on Friday", "The plan is to be discussed on Monday"): a plan, told on the day it was made known.
     */
    static boolean isToBe(AnalyzedText text, EventMention e) {
        return e.token().pos().startsWith("VB") && PRESENT_BE.contains(beBeforeTo(text, e, false));
    }

    /** The present of "be" before a plan's "to": "is to build". */
    private static final Set<String> PRESENT_BE = Set.of("is", "are", "am", "'s", "'re");

    /**
     * Whether a comma before token {@code next} parts two adjectives of one noun: an adjective follows, maybe after an
     * adverb ("a reinvigorated, more virulent form").
     */
    private static boolean beforeAdjective(List<Token> tokens, int next) {
        Token t = tokens.get(next);
        boolean adverb = t.pos().startsWith("RB") && next + 1 < tokens.size();
        Token adjective = adverb ? tokens.get(next + 1) : t;
        return adjective.pos().startsWith("JJ") && Character.isLowerCase(t.text().charAt(0));
    }

    /**
     * Whether token {@code at} lies in a condition that opens its sentence, before the comma that closes it: "If a
     * reinvigorated, more virulent form appears late in the year, workers could prepare", however far the verb is
     * from "If".
     */
    private static boolean insideOpeningCondition(AnalyzedText text, Sentence s, int at) {
        int first = ArticleProse.articleStart(text, s);
        if (first >= at || !CONDITIONS.contains(text.tokens().get(first).lowerText())) {
            return false;
        }
        for (int i = first + 1; i < at; i++) {
            if (text.tokens().get(i).text().equals(",") && !beforeAdjective(text.tokens(), i + 1)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the event is an infinitive that another verb governs ("gave them a deadline to submit a report", "plans
     * to tell the committee"): that verb's clause tells the happening, if any. "Is to" is the news's future ("He is
     * to leave Monday for Lebanon"), not governed.
     */
    static boolean governedInfinitive(AnalyzedText text, EventMention e) {
        if (e.tense() != Tense.INFINITIVE || !e.token().isVerb() || scheduled(text, e) >= 0) {
            return false;
        }
        int i = e.token().index() - 1;
        Sentence s = text.sentenceOf(e.token());
        while (i > s.firstToken() && text.tokens().get(i).pos().equals("RB")) {
            i--;
        }
        if (i <= s.firstToken() || !Phrases.low(text.tokens().get(i)).equals("to")) {
            return true;
        }
        Token before = text.tokens().get(i - 1);
        // "BP had to move the device on Saturday": what one had to do, one did
        boolean hadTo = Phrases.low(before).equals("had") && before.isVerb();
        return !(before.lemma().equals("be") && before.isVerb()) && !hadTo && !managed(before);
    }

    /**
     * Whether an infinitive stands between verb {@code e} and its date, in one clause: "have agreed to meet in
     * Gyeongju on Nov. 17" (the date is the meeting's, still to come, not the agreement's); "managed to" aside.
     */
    static boolean infinitiveBefore(AnalyzedText text, EventMention e, Mention timex) {
        List<Token> own = text.tokensIn(timex.start(), timex.end());
        if (!e.token().isVerb() || own.isEmpty() || own.get(0).index() <= e.token().index()) {
            return false;
        }
        for (int k = e.token().index() + 1; k + 1 < own.get(0).index(); k++) {
            Token t = text.tokens().get(k);
            if (Phrases.endsClause(t) || Phrases.isFiniteOrModal(t)) {
                return false;
            }
            if (Phrases.low(t).equals("to") && text.tokens().get(k + 1).pos().equals("VB")
                    && !managed(text.tokens().get(k - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code t} is "managed" before an infinitive: "BP managed to cap the well in July" capped it. */
    static boolean managed(Token t) {
        return Phrases.low(t).equals("managed") && t.isVerb();
    }
}
