package dev.timeline.tag.timeml;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How MEANTIME's attribute values become TimeML 1.2.1 values; the table is in {@link CatXml}'s description. Empty or
 * missing MEANTIME values become the TimeML default ({@code NONE}, {@code POS}, {@code OTHER}).
 */
final class CatAttributes {
    /** The relTypes of TimeML 1.2.1 TLINKs. */
    static final Set<String> TIMEML_REL_TYPES = Set.of("BEFORE", "AFTER", "INCLUDES", "IS_INCLUDED", "DURING",
            "DURING_INV", "SIMULTANEOUS", "IAFTER", "IBEFORE", "IDENTITY", "BEGINS", "ENDS", "BEGUN_BY", "ENDED_BY");
    /** The relTypes that place an event at a time, as {@code shared/tools/anchor_score.py} lists them. */
    static final Set<String> ANCHORING = Set.of("IS_INCLUDED", "DURING", "SIMULTANEOUS", "IDENTITY", "BEGINS", "ENDS",
            "BEGUN_BY", "ENDED_BY", "INCLUDES", "DURING_INV");

    private static final Map<String, String> INVERSE = Map.ofEntries(Map.entry("BEFORE", "AFTER"),
            Map.entry("AFTER", "BEFORE"), Map.entry("IBEFORE", "IAFTER"), Map.entry("IAFTER", "IBEFORE"),
            Map.entry("INCLUDES", "IS_INCLUDED"), Map.entry("IS_INCLUDED", "INCLUDES"),
            Map.entry("DURING", "DURING_INV"), Map.entry("DURING_INV", "DURING"), Map.entry("BEGINS", "BEGUN_BY"),
            Map.entry("BEGUN_BY", "BEGINS"), Map.entry("ENDS", "ENDED_BY"), Map.entry("ENDED_BY", "ENDS"),
            Map.entry("SIMULTANEOUS", "SIMULTANEOUS"), Map.entry("IDENTITY", "IDENTITY"));
    private static final Set<String> TENSES = Set.of("FUTURE", "INFINITIVE", "PAST", "PASTPART", "PRESENT",
            "PRESPART", "NONE");
    private static final Set<String> ASPECTS = Set.of("PROGRESSIVE", "PERFECTIVE", "PERFECTIVE_PROGRESSIVE", "NONE");
    private static final Set<String> PARTS_OF_SPEECH = Set.of("ADJECTIVE", "NOUN", "VERB", "PREPOSITION", "OTHER");
    private static final Pattern MODAL = Pattern.compile("[A-Za-z]+");

    private CatAttributes() {
    }

    /**
     * The TimeML relType of an event-to-timex link whose MEANTIME reltype is {@code relType}, read with the event
     * as source: TimeML names as they are, {@code MEASURE} as {@code DURING}; empty for anything else.
     *
     * @param eventIsSource false when MEANTIME links the timex to the event, so that the type is inverted
     */
    static Optional<String> eventToTime(String relType, boolean eventIsSource) {
        String r = relType.strip().toUpperCase(Locale.ROOT);
        if (r.equals("MEASURE")) {
            return Optional.of("DURING");
        }
        if (!TIMEML_REL_TYPES.contains(r)) {
            return Optional.empty();
        }
        return Optional.of(eventIsSource ? r : INVERSE.get(r));
    }

    /** The MAKEINSTANCE tense: MEANTIME uses TimeML's names; anything else is {@code NONE}. */
    static String tense(String meantime) {
        return oneOf(meantime, TENSES, "NONE");
    }

    /** The MAKEINSTANCE aspect: MEANTIME uses TimeML's names; anything else is {@code NONE}. */
    static String aspect(String meantime) {
        return oneOf(meantime, ASPECTS, "NONE");
    }

    /** The MAKEINSTANCE polarity: {@code NEG} stays; {@code POS}, {@code UNDERSPECIFIED} and empty are {@code POS}. */
    static String polarity(String meantime) {
        return meantime.strip().equalsIgnoreCase("NEG") ? "NEG" : "POS";
    }

    /** The MAKEINSTANCE pos: {@code VERB}, {@code NOUN} and the other TimeML names stay; anything else is OTHER. */
    static String partOfSpeech(String meantime) {
        return oneOf(meantime, PARTS_OF_SPEECH, "OTHER");
    }

    /** The MAKEINSTANCE modality: MEANTIME's modal word ({@code can}, {@code would}) when it is one word. */
    static Optional<String> modality(String meantime) {
        String m = meantime.strip();
        return MODAL.matcher(m).matches() ? Optional.of(m.toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /**
     * The EVENT class from the class of the MEANTIME event instance the mention refers to: {@code SPEECH_COGNITIVE}
     * is {@code REPORTING}; {@code GRAMMATICAL}, {@code OTHER}, {@code MIX} and no instance are {@code OCCURRENCE}.
     */
    static String eventClass(String instanceClass) {
        return instanceClass.strip().equalsIgnoreCase("SPEECH_COGNITIVE") ? "REPORTING" : "OCCURRENCE";
    }

    private static String oneOf(String value, Set<String> allowed, String otherwise) {
        String v = value.strip().toUpperCase(Locale.ROOT);
        return allowed.contains(v) ? v : otherwise;
    }
}
