package dev.timeline.happening;

import dev.timeline.event.CommonNouns;
import dev.timeline.event.EventClass;
import dev.timeline.event.EventMention;
import dev.timeline.event.Tense;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A toll told with its cause: "Five people were killed and 19 wounded Monday when a car bomb exploded in a marketplace"
 * is the car bomb's explosion, "A car bomb explodes in a marketplace, killing five people and wounding 19"; the bare
 * toll, "Five people are killed and 19 wounded", would say nothing of what happened. The participles and their "-ing"
 * forms are those of {@code toll-verbs.txt}; "died" is told as "killing" ("Fourteen pilgrims died when a bus fell off
 * a cliff": "A bus falls off a cliff, killing fourteen pilgrims").
 */
final class Tolls {
    private static final Map<String, String> TOLL_VERBS = Lexicons.secondColumn("toll-verbs.txt");
    private static final String PARTICIPLE = "(" + String.join("|", TOLL_VERBS.keySet()) + ")";
    /** "Two people are killed", "Two people are killed and two others injured", "One person is killed or injured". */
    private static final Pattern TOLL = Pattern.compile("(.+?) (?:is|are) " + PARTICIPLE
            + "(?: (and|or) (?:(.+?) )?" + PARTICIPLE + ")?");
    /** The toll verb that is no participle: "Fourteen pilgrims died when a bus fell off a cliff". */
    private static final String DIED = "died";
    /** The end of a toll's title in "die": "Fourteen pilgrims die", "One man dies". */
    private static final Pattern DIES = Pattern.compile(" dies?$");
    /** The clause words that stop the search for "when": the toll's own clause ends there. */
    private static final java.util.Set<String> CLAUSE_STOPS = java.util.Set.of("that", "which", "who", "because",
            "before", "while", "said", "says", "say");
    /** The words that open a toll's cause: "when a bus fell", "as rockets hit the town", "after a bus plunged". */
    private static final java.util.Set<String> CAUSE_OPENERS = java.util.Set.of("when", "as", "after");
    /** Words after "as" that make no clause of it: "as well as", "as many as", "as a result". */
    private static final java.util.Set<String> NO_CLAUSE_AFTER_AS = java.util.Set.of("well", "many", "much", "part",
            "a", "an", "usual", "expected", "planned", "far", "long", "soon", "of", "such");

    /** Words that count victims, which the tagger may take for names at the head of a sentence ("Nine/NNP"). */
    private static final Pattern COUNTS = Pattern.compile("one|two|three|four|five|six|seven|eight|nine|ten|eleven"
            + "|twelve|\\w+teen|\\w+ty(-\\w+)?|dozens|scores|hundreds|thousands|several|some|many|most|all");

    /** What may stand before the count of a toll: "At least 40 people", "More than 230 people". */
    private static final String BOUND = "(?:(?i:at least|about|some|more than|nearly|over|up to|around|almost|only) )?";
    /** The toll verb that ends a title, and a second one after "and": "are killed and 10 wounded". */
    private static final Pattern TOLL_END = Pattern.compile(" (?:dies?|loses? (?:their|his|her) li(?:fe|ves)"
            + "|(?:(?:is|are) )?" + PARTICIPLE + ")(?: and"
            + " (?:[\\w'’-]+ ){0,3}?" + PARTICIPLE + ")?$");
    /** A counted subject of up to three words after its count: "22 people", "At least five Israelis". */
    private static final Pattern COUNTED = Pattern.compile(BOUND + "(?i:\\d[\\w,.-]*|" + COUNTS.pattern() + ")"
            + "(?: [\\w'’-]+){0,3}");
    /** How many words the common noun phrase of a bare toll may have: "A suspected militant". */
    private static final int BARE_WORDS = 4;

    /** A capitalized word's possessive inside a subject: "Orvo Danek's mother". */
    private static final Pattern POSSESSED = Pattern.compile("\\p{Lu}[\\p{L}.\\-]*['\u2019]s ");

    private Tolls() {
    }

    /**
     * Whether {@code title} is a toll and nothing else: "38 fowls die", "15 people lose their lives", "One US soldier
     * killed", "A suspected militant dies". It says neither where nor of what; a place or a cause after the verb makes
     * a title.
     */
    static boolean isBare(String title) {
        Matcher end = TOLL_END.matcher(title);
        if (!end.find()) {
            return false;
        }
        String subject = title.substring(0, end.start());
        if (COUNTED.matcher(subject).matches()) {
            return true; // "22 people killed", "Five Israelis are killed"
        }
        String[] words = subject.split(" ");
        String head = words[words.length - 1];
        if (POSSESSED.matcher(subject).find()) {
            return false; // "Orvo Danek's mother dies": a named person's kin is no bare toll
        }
        // "A suspected militant dies", "Star dies" (a common noun the title capitalized); not "Kim Il-sung dies"
        return words.length <= BARE_WORDS && !head.isEmpty() && (Character.isLowerCase(head.charAt(0))
                || words.length == 1 && CommonNouns.contains(head.toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * The title of the cause of toll {@code toll}, the passive {@code e} of a toll verb, when a "when" clause of the
     * same sentence tells it: the cause's clause, then the toll in "-ing" forms. Empty if {@code toll} is no bare toll,
     * no "when" clause follows, or its clause gives no title with a subject of its own.
     */
    static Optional<ClauseTitles.Title> withItsCause(AnalyzedText text, EventMention e, ClauseTitles.Title toll,
            List<EventMention> eventsOfSentence, boolean[] covered, ClauseTitles.Names names) {
        if (!isTollVerb(e.token()) || e.token().lowerText().equals(DIED) && !isBare(toll.text())) {
            // the cheap test first: most titles are of no toll verb; "Puskas died after a long battle": a death, no toll
            return Optional.empty();
        }
        Matcher m = TOLL.matcher(passive(toll.text()));
        if (!m.matches()) {
            return Optional.empty();
        }
        Sentence s = text.sentenceOf(e.token());
        List<Token> tokens = text.tokens();
        int when = e.token().index() + 1;
        while (when < s.endToken() && !opensACause(tokens, s, when)) {
            when++;
        }
        if (when >= s.endToken() || !whenEndsItsClause(tokens, e.token().index(), when)) {
            return Optional.empty();
        }
        int at = when;
        Optional<EventMention> cause = eventsOfSentence.stream()
                .filter(v -> v.token().index() > at && isCause(v, e.tense() == Tense.PAST))
                .findFirst();
        if (cause.isEmpty() || !firstVerbAfter(tokens, when, cause.get().token().index())) {
            return Optional.empty();
        }
        return ClauseTitles.of(text, cause.get(), covered, names)
                .filter(t -> causeTitle(t, tokens.get(at)))
                .map(t -> told(text, t, m, toll, names));
    }

    /**
     * The title of {@code cause}, a verb of a "when" clause, told with the toll of the clause before "when": "At least
     * 40 people were killed when floods hit southern Somalia on Monday" is "Floods hit southern Somalia, killing at
     * least 40 people", where the day belongs to the cause's clause and the toll alone has no date. {@code title} is
     * the cause's own title; empty if no bare toll of {@code eventsOfSentence} ends its clause at that "when".
     */
    static Optional<ClauseTitles.Title> withItsToll(AnalyzedText text, EventMention cause, ClauseTitles.Title title,
            List<EventMention> eventsOfSentence, boolean[] covered, ClauseTitles.Names names) {
        if (!isCause(cause, true)) {
            return Optional.empty();
        }
        List<Token> tokens = text.tokens();
        Sentence s = text.sentenceOf(cause.token());
        int when = cause.token().index() - 1;
        while (when >= s.firstToken() && !opensACause(tokens, s, when)) {
            when--;
        }
        if (when < s.firstToken() || !firstVerbAfter(tokens, when, cause.token().index())
                || !causeTitle(title, tokens.get(when))) {
            return Optional.empty();
        }
        int at = when;
        for (EventMention toll : eventsOfSentence) {
            if (toll.token().index() < at && isTollVerb(toll.token())
                    && toll.tense() == Tense.PAST && whenEndsItsClause(tokens, toll.token().index(), at)) {
                Optional<ClauseTitles.Title> bare = ClauseTitles.of(text, toll, covered, names)
                        .filter(b -> !toll.token().lowerText().equals(DIED) || isBare(b.text()));
                Matcher m = bare.map(b -> TOLL.matcher(passive(b.text()))).filter(Matcher::matches).orElse(null);
                if (m != null) {
                    return Optional.of(told(text, title, m, bare.get(), names));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether token {@code at} opens the clause of a toll's cause: "when", "as" or "after" before a clause. */
    private static boolean opensACause(List<Token> tokens, Sentence s, int at) {
        String w = tokens.get(at).lowerText();
        return CAUSE_OPENERS.contains(w) && !(w.equals("as") && at + 1 < s.endToken()
                && NO_CLAUSE_AFTER_AS.contains(tokens.get(at + 1).lowerText()));
    }

    /** Whether {@code t} tells a toll: a participle of {@code toll-verbs.txt}, or "died". */
    private static boolean isTollVerb(Token t) {
        return TOLL_VERBS.containsKey(t.lowerText()) || t.lowerText().equals(DIED);
    }

    /**
     * A toll's title told in the passive, as the toll verbs tell it: "Fourteen pilgrims die" is "Fourteen pilgrims are
     * killed", which the cause's title then tells as "killing fourteen pilgrims".
     */
    private static String passive(String toll) {
        return DIES.matcher(toll).replaceFirst(" are killed");
    }

    /**
     * Whether {@code v} may be a toll's cause: a verb in the past tense that tells an occurrence ("exploded"), or, after
     * a toll in the past ({@code afterPast}), a past tense that looks like the present ("were killed when floods hit",
     * "when a river burst its banks").
     */
    private static boolean isCause(EventMention v, boolean afterPast) {
        return v.token().isVerb() && v.eventClass() == EventClass.OCCURRENCE && (v.tense() == Tense.PAST
                || afterPast && v.tense() == Tense.PRESENT && v.token().lowerText().equals(v.lemma()));
    }

    /** Whether the title of a toll's cause has a subject of its own, after "when" at {@code when}, pointing nowhere. */
    private static boolean causeTitle(ClauseTitles.Title t, Token when) {
        return t.hasSubject() && !t.isModifier() && t.start() > when.start() && !NounPhrases.pointsBack(t.text());
    }

    /**
     * Whether the toll verb at {@code toll} and "when" at {@code when} stand in one clause: no clause word of {@link
     * #CLAUSE_STOPS} and no verb but toll verbs and participles between them.
     */
    private static boolean whenEndsItsClause(List<Token> tokens, int toll, int when) {
        for (int i = toll + 1; i < when; i++) {
            String w = tokens.get(i).lowerText();
            if (CLAUSE_STOPS.contains(w) || CAUSE_OPENERS.contains(w)
                    || tokens.get(i).isVerb() && !TOLL_VERBS.containsKey(w) && !tokens.get(i).pos().equals("VBN")) {
                return false; // "were killed Monday, police said, when ...": another clause first
            }
        }
        return true;
    }

    /** The cause's title {@code cause}, then the toll {@code m} of title {@code toll} in "-ing" forms. */
    private static ClauseTitles.Title told(AnalyzedText text, ClauseTitles.Title cause, Matcher m,
            ClauseTitles.Title toll, ClauseTitles.Names names) {
        StringBuilder out = new StringBuilder(cause.text()).append(", ").append(TOLL_VERBS.get(m.group(2)))
                .append(' ').append(victims(text, toll, m.group(1), names));
        if (m.group(3) != null) {
            out.append(' ').append(m.group(3)).append(' ').append(TOLL_VERBS.get(m.group(5)));
            if (m.group(4) != null) {
                out.append(' ').append(m.group(4));
            }
        }
        return new ClauseTitles.Title(out.toString(), cause.start(), cause.end(), true, cause.verb());
    }

    /**
     * Whether no verb stands between "when" at {@code when} and the cause's verb at {@code verb} but a participle
     * that modifies the cause's subject ("when a minibus carrying 31 people fell off a cliff").
     */
    private static boolean firstVerbAfter(List<Token> tokens, int when, int verb) {
        for (int i = when + 1; i < verb; i++) {
            String pos = tokens.get(i).pos();
            if (tokens.get(i).isVerb() && !tokens.get(i).lemma().equals("be") && !pos.equals("VBG")
                    && !pos.equals("VBN")) {
                return false;
            }
        }
        return true;
    }

    /** The toll's subject as an object: its first word in small letters unless a name opens it ("two people"). */
    private static String victims(AnalyzedText text, ClauseTitles.Title toll, String subject,
            ClauseTitles.Names names) {
        Token first = text.tokenAtOrAfter(toll.start()).orElseThrow();
        boolean named = names.byStart().stream().anyMatch(x -> x.start() == toll.start())
                || first.pos().startsWith("NNP") && !COUNTS.matcher(first.lowerText()).matches();
        return named ? subject : Character.toLowerCase(subject.charAt(0)) + subject.substring(1);
    }
}
