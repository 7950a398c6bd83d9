package dev.timeline.event;

import dev.timeline.text.AnalyzedText;
import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import java.util.Optional;
import java.util.Set;

/**
 * Tense, aspect, polarity and modality of an event word, read from the auxiliaries, negations and modals just before
 * it in its sentence: "will visit" (future), "has visited" (present perfective), "did not attend" (past, negated),
 * "may attend" ({@link Modality#MAY}), "to attend" (infinitive).
 */
record VerbGroup(Tense tense, Aspect aspect, Polarity polarity, Optional<Modality> modality) {
    private static final Set<String> NEGATIONS = Set.of("not", "never", "n't", "no");
    private static final Set<String> MODALS = Set.of("may", "might", "could", "would", "should", "must", "can",
            "'d", "ought");
    private static final Set<String> FUTURE = Set.of("will", "'ll", "shall", "wo");
    private static final Set<String> PAST_AUX = Set.of("was", "were", "had", "did");
    private static final Set<String> PRESENT_AUX = Set.of("is", "are", "am", "has", "have", "does", "do", "'s", "'re",
            "'m", "'ve");
    private static final int REACH = 6;

    /** Reads the verb group of {@code word} in {@code text}. */
    static VerbGroup of(AnalyzedText text, Token word) {
        Sentence sentence = text.sentenceOf(word);
        boolean negated = false;
        String modal = null;
        boolean future = false;
        boolean to = false;
        boolean perfect = false;
        boolean progressiveBe = false;
        String finite = null;
        int steps = 0;
        for (int i = word.index() - 1; i >= sentence.firstToken() && steps < REACH; i--, steps++) {
            Token t = text.tokens().get(i);
            String low = t.text().toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
            // "Norlandia in May signed", "Will Smith has": a capital inside the sentence names a month or a person
            boolean name = i > sentence.firstToken() && Character.isUpperCase(t.text().charAt(0));
            if (NEGATIONS.contains(low) && (!low.equals("no") || i == word.index() - 1)) {
                negated = true;
            } else if (low.equals("cannot")) {
                negated = true; // "can" and "not" in one word
                modal = modal == null ? "can" : modal;
                finite = finite == null ? "can" : finite;
            } else if (FUTURE.contains(low) && !name) {
                future = true;
                finite = finite == null ? low : finite;
            } else if (MODALS.contains(low) && !name) {
                modal = modal == null ? (low.equals("'d") ? "would" : low) : modal;
                finite = finite == null ? low : finite;
            } else if (low.equals("to") && t.pos().equals("TO")) {
                to = true;
                break;
            } else if (t.lemma().equals("have") && t.isVerb()) {
                perfect = true;
                finite = low;
            } else if (t.lemma().equals("be") && t.isVerb()) {
                progressiveBe |= word.pos().equals("VBG") || low.equals("being"); // "is being built"
                finite = low;
            } else if (t.lemma().equals("do") && t.isVerb()) {
                finite = low;
            } else if (!t.pos().startsWith("RB")) {
                break;
            }
        }
        Polarity polarity = negated ? Polarity.NEG : Polarity.POS;
        Optional<Modality> modality = modal == null ? Optional.empty() : Modality.of(modal);
        if (!word.isVerb() && !(word.pos().startsWith("JJ") && finite != null)) {
            return new VerbGroup(Tense.NONE, Aspect.NONE, polarity, modality);
        }
        Aspect aspect = perfect && word.pos().equals("VBG") ? Aspect.PERFECTIVE_PROGRESSIVE
                : perfect && (word.pos().equals("VBN") || word.pos().equals("VBD")) ? Aspect.PERFECTIVE
                : progressiveBe ? Aspect.PROGRESSIVE : Aspect.NONE;
        Tense tense;
        if (to && finite == null) {
            tense = Tense.INFINITIVE;
        } else if (future) {
            tense = Tense.FUTURE;
        } else if (modal != null) {
            tense = Tense.NONE;
        } else if (finite != null) {
            tense = PAST_AUX.contains(finite) ? Tense.PAST : PRESENT_AUX.contains(finite) ? Tense.PRESENT
                    : Tense.NONE;
        } else {
            tense = switch (word.pos()) {
                case "VBD" -> Tense.PAST;
                case "VBZ", "VBP" -> Tense.PRESENT;
                case "VBG" -> Tense.PRESPART;
                case "VBN" -> Tense.PASTPART;
                default -> Tense.NONE;
            };
        }
        return new VerbGroup(tense, aspect, polarity, modality);
    }
}
