package dev.timeline.happening;

import dev.timeline.event.EventMention;
import dev.timeline.tag.Mention;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds what was called off: an event that is the object of a verb of {@code calling-off-verbs.txt}, or that a relative
 * clause on that object tells ("postponed a visit to Jordan that had been scheduled for Sunday", "cancelled the
 * marathon, which was due to take place on Sunday"). Its date is the day it was to happen, not one it happened on.
 */
final class CalledOff {
    private static final Set<String> VERBS = Lexicons.firstColumn("calling-off-verbs.txt");
    private static final Set<String> RELATIVES = Set.of("which", "that", "who");
    /** Prepositions inside the called-off noun phrase: "a visit to Jordan that", "a merger with Acme that". */
    private static final Set<String> POST_MODIFIERS = Set.of("of", "to", "with", "for", "between", "by");
    /** How far a relative clause's verb may lie from its pronoun, and a noun phrase's head from its verb. */
    private static final int REACH = 8;

    /**
     * A form of a calling-off verb and up to three words of its object before a trigger noun, at the end of the text
     * before it ("postponed a planned", "called off the"): the verbs of the lexicon, each lemma's stem and any ending.
     */
    private static final Pattern BEFORE_A_NOUN = Pattern.compile("(?i)\\b(?:" + VERBS.stream().sorted()
            .map(CalledOff::formsOf).collect(Collectors.joining("|")) + ")(?:\\s+[\\p{L}\\p{N}’'-]+){0,3}\\s+$");
    /** How much text before a trigger noun {@link #BEFORE_A_NOUN} reads. */
    private static final int BEFORE_REACH = 80;

    private CalledOff() {
    }

    /**
     * Whether the noun that starts at {@code noun} in {@code sentence} is the object of a calling-off verb, read from
     * the words alone: "Abbas has postponed a visit to Jordan", for the trigger lexicon's nouns.
     */
    static boolean calledOffBefore(String sentence, int noun) {
        return BEFORE_A_NOUN.matcher(sentence).region(Math.max(0, noun - BEFORE_REACH), noun).find();
    }

    /**
     * "But" and, within a few words, a form of a calling-off verb with no object but "it" before the clause's end or
     * its reason ("planned to visit the region in March, but had to cancel to push his bill", "but later postponed
     * it"): what came before did not happen.
     */
    private static final Pattern BUT_CALLED_OFF = Pattern.compile("(?i)\\bbut\\s+(?:[\\p{L}’'-]+\\s+){0,3}?(?:"
            + VERBS.stream().sorted().map(CalledOff::formsOf).collect(Collectors.joining("|"))
            + ")(?:\\s+(?:it|them))?(?:\\s*(?:[.;,]|$)|\\s+(?:to|because|as|after|when|due)\\b)");
    /** How much text after a trigger {@link #BUT_CALLED_OFF} reads. */
    private static final int AFTER_REACH = 120;

    /**
     * Whether a clause that "but" opens after {@code end} in {@code sentence} calls off what came before it:
     * "Obama first planned to visit the region in March, but had to cancel".
     */
    static boolean calledOffAfter(String sentence, int end) {
        return BUT_CALLED_OFF.matcher(sentence).region(Math.min(end, sentence.length()),
                Math.min(sentence.length(), end + AFTER_REACH)).find();
    }

    /** How many words may stand between a calling-off verb and the date that owns its object: "called [off] the". */
    private static final int OBJECT_REACH = 3;

    /**
     * Whether the date is the possessive of what calling-off verb {@code e} called off ("have postponed [Sunday's]
     * shows", "called off this weekend's match"): the day the object was to happen, not the day it was called off,
     * which the sentence does not give.
     */
    static boolean datesItsObject(AnalyzedText text, EventMention e, Mention timex) {
        List<Token> tokens = text.tokens();
        List<Token> date = text.tokensIn(timex.start(), timex.end());
        int verb = e.token().index();
        boolean particle = verb + 1 < tokens.size() && tokens.get(verb + 1).lowerText().equals("off");
        boolean callsOff = VERBS.contains(e.verbLemma()) || particle && VERBS.contains(e.verbLemma() + " off");
        if (!e.token().isVerb() || !callsOff || date.isEmpty() || date.get(0).index() <= verb
                || date.get(0).index() - verb > OBJECT_REACH + 1) {
            return false;
        }
        for (int k = verb + 1; k < date.get(0).index(); k++) {
            Token t = tokens.get(k);
            if (!t.pos().equals("DT") && !(k == verb + 1 && particle)) {
                return false; // "postponed the vote until Sunday's session": the date is no possessive of the object
            }
        }
        int after = date.get(date.size() - 1).index() + 1;
        return after < text.sentenceOf(e.token()).endToken() && tokens.get(after).pos().equals("POS");
    }

    /** The forms of a lemma (and its particle) as a pattern: "postpone" is "postpon\w*", "call off" "call\w*\s+off". */
    private static String formsOf(String lemma) {
        String[] words = lemma.split(" ");
        String verb = words[0].endsWith("e") ? words[0].substring(0, words[0].length() - 1) : words[0];
        return verb + "\\w*" + (words.length > 1 ? "\\s+" + words[1] : "");
    }

    /**
     * Whether {@code e} is, or is told by a relative clause on, the object of a verb that called it off, or a clause
     * "which" opens after it says it was called off ("was due to pay a dividend on Monday, which has now been
     * canceled").
     */
    static boolean isCalledOff(AnalyzedText text, EventMention e) {
        List<Token> tokens = text.tokens();
        Sentence s = text.sentenceOf(e.token());
        int at = e.token().index();
        if (calledOffAfter(tokens, s, at)) {
            return true;
        }
        if (e.token().isVerb()) {
            int relative = relativeBefore(tokens, s, at);
            if (relative < 0) {
                return false;
            }
            int head = relative - 1;
            if (head > s.firstToken() && tokens.get(head).text().equals(",")) {
                head--;
            }
            return head >= s.firstToken() && tokens.get(head).isNoun() && calledOffObject(tokens, s, head);
        }
        return e.token().isNoun() && calledOffObject(tokens, s, at);
    }

    /**
     * Whether a comma and "which" after token {@code at}, in its sentence, open a clause whose verb is a calling-off
     * verb in the passive, with only auxiliaries and adverbs between: ", which has now been canceled".
     */
    private static boolean calledOffAfter(List<Token> tokens, Sentence s, int at) {
        for (int i = at + 1; i + 1 < s.endToken(); i++) {
            if (!tokens.get(i).text().equals(",") || !tokens.get(i + 1).lowerText().equals("which")) {
                continue;
            }
            for (int k = i + 2; k < Math.min(s.endToken(), i + 2 + REACH); k++) {
                Token t = tokens.get(k);
                if (t.pos().equals("VBN") && VERBS.contains(t.lowerLemma())) {
                    return true;
                }
                if (!(t.pos().startsWith("RB") || t.pos().startsWith("VB") && (t.lemma().equals("be")
                        || t.lemma().equals("have")))) {
                    return false;
                }
            }
            return false;
        }
        return false;
    }

    /**
     * The relative pronoun that opens the clause of the verb at {@code at}, with only auxiliaries, adverbs and the
     * words of "due/set/scheduled to" between: "which was due to take place"; -1 if none.
     */
    private static int relativeBefore(List<Token> tokens, Sentence s, int at) {
        for (int i = at - 1; i >= Math.max(s.firstToken(), at - REACH); i--) {
            Token t = tokens.get(i);
            if (RELATIVES.contains(t.lowerText())) {
                return i;
            }
            boolean link = t.pos().equals("MD") || t.pos().startsWith("RB") || t.pos().equals("TO")
                    || t.pos().startsWith("VB") && (t.lemma().equals("be") || t.lemma().equals("have"))
                    || t.pos().startsWith("JJ") || t.pos().equals("VBN");
            if (!link) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether the noun at {@code head} ends the object of a calling-off verb: only the words of its noun phrase lie
     * between ("postponed a planned visit", "cancelled the city marathon", "scrapped Monday's vote", "shelved a
     * merger with Acme").
     */
    private static boolean calledOffObject(List<Token> tokens, Sentence s, int head) {
        for (int i = head - 1; i >= Math.max(s.firstToken(), head - REACH); i--) {
            Token t = tokens.get(i);
            String pos = t.pos();
            boolean modifier = (pos.equals("VBN") || pos.equals("VBG")) && i + 1 <= head
                    && isModified(tokens.get(i + 1));
            if (t.isVerb() && !modifier) {
                return VERBS.contains(t.lowerLemma());
            }
            if (t.lowerText().equals("off") && i > s.firstToken() && tokens.get(i - 1).isVerb()) {
                return VERBS.contains(tokens.get(i - 1).lowerLemma() + " off");
            }
            // "the execution of Tom Reyes, which was scheduled": the clause may tell of the noun before "of"
            boolean inPhrase = modifier || POST_MODIFIERS.contains(t.lowerText()) || pos.equals("DT")
                    || pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("CD") || pos.equals("POS")
                    || pos.equals("PRP$") || pos.equals("HYPH");
            if (!inPhrase) {
                return false;
            }
        }
        return false;
    }

    /** Whether a participle before {@code next} modifies it: a noun, an adjective or a number follows. */
    private static boolean isModified(Token next) {
        return next.pos().startsWith("NN") || next.pos().startsWith("JJ") || next.pos().equals("CD");
    }
}
