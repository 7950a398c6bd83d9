package dev.timeline.happening;

import dev.timeline.event.EventClass;
import dev.timeline.event.EventMention;
import dev.timeline.event.Tense;
import dev.timeline.tag.Mention;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The verb whose object an event noun is: "Saudi Arabia suffered a humiliating defeat to Germany in 2002", "Police
 * foiled an attack on the embassy Monday", "BP's board held a meeting on Monday". The noun carries the date, the
 * verb's clause says who: its title ("Saudi Arabia suffers a humiliating defeat to Germany") names the actor that the
 * noun's phrase alone ("Humiliating defeat to Germany") leaves out. Only an asserted, finite verb of occurrence (or
 * "have" with an occurrence for its object: "had an accident") governs a title (not "denied the attack", "need
 * further investigation", "threatened to invoke emergency powers to avert a strike"), nor one that sets the noun's
 * date ("scheduled the hearing for Friday": the date is the hearing's, the title would be the scheduling's); a verb in
 * the future makes the happening a planned one. Stateless.
 */
final class GovernedNouns {
    /** Tags of the words a noun phrase may hold before its head noun: "his third", "a two-day official". */
    private static final Set<String> BEFORE_THE_HEAD = Set.of("DT", "PRP$", "JJ", "JJR", "JJS", "CD", "NN", "NNS",
            "NNP", "NNPS", "POS", "-");
    /** Particles of phrasal verbs, between the verb and its object: "carried out an attack". */
    private static final Set<String> PARTICLES = Set.of("off", "out", "up", "down", "back", "over");
    /** Classes of a verb that tells what happened: not a state, a report or an intention ("needs investigation"). */
    private static final Set<EventClass> OCCURRING = Set.of(EventClass.OCCURRENCE, EventClass.ASPECTUAL);
    /** Prepositions that open the phrase completing an event noun: "a probe into", "the trial of", "a bid for". */
    private static final Set<String> COMPLEMENT_PREPOSITIONS = Set.of("of", "for", "into", "over", "about", "on",
            "against", "with");
    /** The longest run of such words between the verb and the noun. */
    private static final int MAX_BETWEEN = 5;

    private GovernedNouns() {
    }

    /**
     * The event among {@code eventsOfSentence} whose direct object the event noun {@code noun} heads, if it is a verb
     * that may tell a happening: right before the noun's phrase, a particle perhaps between ("carried out an attack").
     */
    static Optional<EventMention> governorOf(AnalyzedText text, EventMention noun, List<EventMention> eventsOfSentence) {
        if (!noun.token().isNoun()) {
            return Optional.empty();
        }
        List<Token> tokens = text.tokens();
        Sentence s = text.sentenceOf(noun.token());
        int i = beforeItsPhrase(tokens, s, noun.token().index());
        if (i > s.firstToken() && PARTICLES.contains(Phrases.low(tokens.get(i)))) {
            i--; // "carried out an attack", "broke off the talks"
        }
        if (i < s.firstToken() || !tokens.get(i).isVerb()) {
            return Optional.empty();
        }
        int verb = i;
        if (verb > s.firstToken() && tokens.get(verb - 1).pos().equals("TO")) {
            return Optional.empty(); // "threatened to invoke emergency powers to avert a strike": a purpose
        }
        return eventsOfSentence.stream()
                .filter(v -> v.token().index() == verb && v.isAsserted() && !DateOwners.schedules(v.verbLemma())
                        && v.tense() != Tense.INFINITIVE && (OCCURRING.contains(v.eventClass())
                        && HappeningFilters.isHappeningEvent(text, v) || hasAnOccurrence(v, noun)))
                .findFirst();
    }

    /**
     * The index of the word before the noun phrase that the noun at {@code noun} heads ("suffered [a humiliating]
     * defeat"): past up to {@value #MAX_BETWEEN} words a phrase may hold before its head; before the sentence's first
     * word when the phrase opens it.
     */
    static int beforeItsPhrase(List<Token> tokens, Sentence s, int noun) {
        int i = noun - 1;
        while (i >= s.firstToken() && noun - 1 - i < MAX_BETWEEN && BEFORE_THE_HEAD.contains(tokens.get(i).pos())) {
            i--;
        }
        return i;
    }

    /**
     * Whether {@code verb} is "have" with an occurrence for its object: "an oil well had a blowout", "the two leaders
     * had talks"; the recognizer reads "have" as a state, which its object's happening is not.
     */
    private static boolean hasAnOccurrence(EventMention verb, EventMention noun) {
        return verb.verbLemma().equals("have") && noun.eventClass() == EventClass.OCCURRENCE
                && noun.confidence() >= HappeningFilters.MIN_NOUN;
    }

    /**
     * Whether the date premodifies the noun of the phrase that completes the event noun: "widened its probe into the
     * 2019 election" (the date is the election's, not the probe's), "an inquiry into Thursday's blast"; not "suffered
     * a defeat to Germany in their opener of the 2002 World Cup".
     */
    static boolean datesItsComplement(AnalyzedText text, EventMention noun, Mention timex) {
        List<Token> covered = text.tokensIn(timex.start(), timex.end());
        int preposition = noun.token().index() + 1;
        if (covered.isEmpty() || preposition >= text.tokens().size()
                || !COMPLEMENT_PREPOSITIONS.contains(Phrases.low(text.tokens().get(preposition)))) {
            return false;
        }
        int i = preposition + 1;
        while (i < covered.get(0).index() && AnchorDates.MODIFIERS_OF_A_DATE.contains(text.tokens().get(i).pos())) {
            i++;
        }
        return i == covered.get(0).index();
    }
}
