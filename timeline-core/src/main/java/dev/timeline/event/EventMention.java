package dev.timeline.event;

import dev.timeline.text.Token;
import java.util.Objects;
import java.util.Optional;

/**
 * One event mention found in a text: the word that names it (TimeML marks single words: the verb, the event noun or
 * the predicative adjective), its class, and its tense, aspect, polarity and modality as its verb group tells them.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param token the word that names the event
 * @param eventClass its TimeML class
 * @param tense the tense of its verb group; {@link Tense#NONE} for nouns and adjectives
 * @param aspect the aspect of its verb group
 * @param polarity negated or not
 * @param modality the modal that qualifies it ("may", "could", "would"), if any
 * @param confidence the recognizer's probability that it is an event, in 0..1
 */
public record EventMention(Token token, EventClass eventClass, Tense tense, Aspect aspect, Polarity polarity,
        Optional<Modality> modality, double confidence) {
    /** Checks for nulls and the range of the confidence. */
    public EventMention {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(eventClass, "eventClass");
        Objects.requireNonNull(tense, "tense");
        Objects.requireNonNull(aspect, "aspect");
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(modality, "modality");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence " + confidence + " is outside 0..1");
        }
    }

    /** Index of the first character of the mention. */
    public int start() {
        return token.start();
    }

    /** Index just past the last character of the mention. */
    public int end() {
        return token.end();
    }

    /** The mention's lemma: "explode" for "exploded". */
    public String lemma() {
        return token.lemma();
    }

    /**
     * The verb the mention names: its lemma for a verb or for a past taken for an adjective ("bounced/JJ" -> "bounce"),
     * the verb of a nominalization found among the verbs of news for a noun ("explosion" -> "explode", "agreement" ->
     * "agree", "shooting" -> "shoot"), else the noun's lemma.
     * Reports of one happening as a verb and as a noun share it.
     */
    public String verbLemma() {
        String lemma = token.lemma().toLowerCase(java.util.Locale.ROOT);
        if (token.isVerb()) {
            return lemma;
        }
        if (token.pos().equals("JJ")) {
            // a past the tagger took for an adjective ("Shares bounced/JJ back"): the verb's lemma
            java.util.Optional<String> past = dev.timeline.text.LanguageLayer.english().pastLemma(token.text());
            if (past.isPresent()) {
                return past.get();
            }
        }
        return Nominalizations.verbOf(lemma, VerbLemmas.english());
    }

    /**
     * Whether the mention is asserted as having happened or as certain to happen: positive polarity and no modal
     * ("will" and "shall" make the future tense, not a modality).
     */
    public boolean isAsserted() {
        return polarity == Polarity.POS && modality.isEmpty();
    }

    @Override
    public String toString() {
        return token.text() + "/" + eventClass + "/" + tense + (aspect == Aspect.NONE ? "" : "/" + aspect)
                + (polarity == Polarity.NEG ? "/NEG" : "") + modality.map(m -> "/" + m.word()).orElse("");
    }
}
