package dev.timeline.happening;

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
 * forms are those of {@code toll-verbs.txt}.
 */
final class Tolls {
    private static final Map<String, String> TOLL_VERBS = Lexicons.secondColumn("toll-verbs.txt");
    private static final String PARTICIPLE = "(" + String.join("|", TOLL_VERBS.keySet()) + ")";
    /** "Two people are killed", "Two people are killed and two others injured", "One person is killed or injured". */
    private static final Pattern TOLL = Pattern.compile("(.+?) (?:is|are) " + PARTICIPLE
            + "(?: (and|or) (?:(.+?) )?" + PARTICIPLE + ")?");
    /** The clause words that stop the search for "when": the toll's own clause ends there. */
    private static final java.util.Set<String> CLAUSE_STOPS = java.util.Set.of("that", "which", "who", "because",
            "after", "before", "as", "while", "said", "says", "say");

    /** Words that count victims, which the tagger may take for names at the head of a sentence ("Nine/NNP"). */
    private static final Pattern COUNTS = Pattern.compile("one|two|three|four|five|six|seven|eight|nine|ten|eleven"
            + "|twelve|\\w+teen|\\w+ty(-\\w+)?|dozens|scores|hundreds|thousands|several|some|many|most|all");

    private Tolls() {
    }

    /**
     * The title of the cause of toll {@code toll}, the passive {@code e} of a toll verb, when a "when" clause of the
     * same sentence tells it: the cause's clause, then the toll in "-ing" forms. Empty if {@code toll} is no bare toll,
     * no "when" clause follows, or its clause gives no title with a subject of its own.
     */
    static Optional<ClauseTitles.Title> withItsCause(AnalyzedText text, EventMention e, ClauseTitles.Title toll,
            List<EventMention> eventsOfSentence, boolean[] covered, ClauseTitles.Names names) {
        if (!TOLL_VERBS.containsKey(e.token().lowerText())) {
            return Optional.empty(); // the cheap test first: most titles are of no toll verb
        }
        Matcher m = TOLL.matcher(toll.text());
        if (!m.matches()) {
            return Optional.empty();
        }
        Sentence s = text.sentenceOf(e.token());
        List<Token> tokens = text.tokens();
        int when = -1;
        for (int i = e.token().index() + 1; i < s.endToken() && when < 0; i++) {
            String w = tokens.get(i).lowerText();
            if (w.equals("when")) {
                when = i;
            } else if (CLAUSE_STOPS.contains(w) || tokens.get(i).isVerb() && !TOLL_VERBS.containsKey(w)
                    && !tokens.get(i).pos().equals("VBN")) {
                return Optional.empty(); // "were killed Monday, police said, when ...": another clause first
            }
        }
        if (when < 0) {
            return Optional.empty();
        }
        int at = when;
        Optional<EventMention> cause = eventsOfSentence.stream()
                .filter(v -> v.token().index() > at && v.token().isVerb() && v.tense() == Tense.PAST
                        && v.eventClass() == EventClass.OCCURRENCE)
                .findFirst();
        if (cause.isEmpty() || !firstVerbAfter(tokens, when, cause.get().token().index())) {
            return Optional.empty();
        }
        Optional<ClauseTitles.Title> told = ClauseTitles.of(text, cause.get(), covered, names)
                .filter(t -> t.hasSubject() && !t.isModifier() && t.start() > tokens.get(at).start()
                        && !Phrases.pointsBack(t.text()));
        if (told.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder(told.get().text()).append(", ").append(TOLL_VERBS.get(m.group(2)))
                .append(' ').append(victims(text, toll, m.group(1), names));
        if (m.group(3) != null) {
            out.append(' ').append(m.group(3)).append(' ').append(TOLL_VERBS.get(m.group(5)));
            if (m.group(4) != null) {
                out.append(' ').append(m.group(4));
            }
        }
        ClauseTitles.Title t = told.get();
        return Optional.of(new ClauseTitles.Title(out.toString(), t.start(), t.end(), true, t.verb()));
    }

    /** Whether no verb stands between "when" at {@code when} and the cause's verb at {@code verb}. */
    private static boolean firstVerbAfter(List<Token> tokens, int when, int verb) {
        for (int i = when + 1; i < verb; i++) {
            if (tokens.get(i).isVerb() && !tokens.get(i).lemma().equals("be")) {
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
