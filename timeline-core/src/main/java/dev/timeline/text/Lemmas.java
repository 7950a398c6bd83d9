package dev.timeline.text;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lemmas and Penn Treebank tags from a word and its Universal Dependencies part of speech: irregular verbs from
 * {@code irregular-verbs.tsv}, regular ones and plurals by their suffixes. Thread-safe.
 */
final class Lemmas {
    private static final List<String[]> ROWS = rows();
    private static final Map<String, String> IRREGULAR = load();
    /** Nouns in "s" that are no plural ({@code singular-nouns-in-s.txt}): "news", "series", "bias". */
    private static final Set<String> SINGULAR_IN_S = words("singular-nouns-in-s.txt");
    private static final Map<String, String> IRREGULAR_PASTS = pasts();
    private static final Set<String> SIMPLE_PASTS = simplePasts();
    /** The irregular verbs whose simple past is their base ({@link #pastIsBase}). */
    private static final Set<String> PASTS_AS_BASES = ROWS.stream().filter(c -> c.length > 1 && c[1].equals(c[0]))
            .map(c -> c[0]).collect(com.google.common.collect.ImmutableSet.toImmutableSet());
    /** The persons a present in the base form tells of more often than a past in news: "I cut", "we set". */
    private static final Set<String> SPEAKERS = Set.of("i", "we", "you");
    /** The forms of "help", which may take an infinitive without "to": "helped shape the deal". */
    private static final Set<String> HELP = Set.of("help", "helps", "helped", "helping");
    private static final Set<String> PARTICIPLES = participles();
    private static final Set<String> PAST_PARTICIPLES = pastParticiples();

    private Lemmas() {
    }

    /**
     * The lemma of {@code word} tagged {@code upos}: lower case, but a proper noun keeps its spelling. {@code low} is
     * the word in lower case ({@code Locale.ROOT}) with its curly apostrophes made straight.
     */
    static String lemma(String word, String low, String upos) {
        if (low.startsWith("'") && IRREGULAR.containsKey(low)) {
            return IRREGULAR.get(low); // 've, 're, 'm, 'll, 'd, whatever part of speech the tagger gave them
        }
        switch (upos) {
            case "PROPN":
                return word;
            case "VERB", "AUX":
                if (low.equals("'s")) {
                    return "be";
                }
                if (low.equals("n't")) {
                    return "not";
                }
                String irregular = IRREGULAR.get(low);
                return irregular != null ? irregular : verb(low);
            case "NOUN":
                return noun(low);
            default:
                return low.equals("n't") ? "not" : low;
        }
    }

    /**
     * A Penn Treebank tag for {@code word} tagged {@code upos}, told apart by its suffix and lemma: VBD or VBN for
     * "-ed" forms (VBN after a form of "be" or "have" within two tokens), VBG, VBZ, NNS, NNPS, JJR, JJS. {@code low}
     * is the word as {@link #lemma} takes it.
     */
    static String penn(String word, String low, String upos, String lemma, String previous,
            String beforePrevious) {
        if (low.equals("n't")) {
            return "RB";
        }
        if (low.equals("'s") && !upos.equals("AUX") && !upos.equals("VERB")) {
            return "POS";
        }
        switch (low) {
            case "'ve", "'re", "'m":
                return "VBP";
            case "'ll", "'d":
                return "MD";
            default:
                break;
        }
        return switch (upos) {
            case "VERB", "AUX" -> verbTag(low, lemma, previous, beforePrevious, upos.equals("AUX"));
            case "NOUN" -> !lemma.equals(low) ? "NNS" : "NN";
            case "PROPN" -> low.endsWith("s") && low.length() > 3 && Character.isUpperCase(word.charAt(0))
                    && word.length() > 1 && Character.isUpperCase(word.charAt(1)) ? "NNPS" : "NNP";
            case "ADJ" -> low.endsWith("est") ? "JJS" : low.endsWith("er") && low.length() > 4 ? "JJR" : "JJ";
            case "ADV" -> "RB";
            case "ADP", "SCONJ" -> low.equals("to") ? "TO" : "IN";
            case "DET" -> "DT";
            case "PRON" -> low.endsWith("self") || low.endsWith("selves") || !isPossessive(low) ? "PRP" : "PRP$";
            case "NUM" -> "CD";
            case "PART" -> low.equals("to") ? "TO" : low.equals("'s") || low.equals("\u2019s") ? "POS" : "RB";
            case "CCONJ" -> "CC";
            case "INTJ" -> "UH";
            case "SYM" -> "SYM";
            case "PUNCT" -> low.length() <= 2 ? low : low.substring(0, 1);
            default -> "FW";
        };
    }

    /** Whether {@code word} is a possessive pronoun before a noun ("its", "their"). */
    static boolean isPossessivePronoun(String word) {
        return isPossessive(word.toLowerCase(Locale.ROOT));
    }

    private static boolean isPossessive(String low) {
        return switch (low) {
            case "my", "your", "his", "her", "its", "our", "their" -> true;
            default -> false;
        };
    }

    private static String verbTag(String low, String lemma, String previous, String beforePrevious, boolean aux) {
        if (aux && (low.equals("will") || low.equals("would") || low.equals("can") || low.equals("cannot")
                || low.equals("could")
                || low.equals("may") || low.equals("might") || low.equals("must") || low.equals("shall")
                || low.equals("should") || low.equals("'ll") || low.equals("'d"))) {
            return "MD";
        }
        if (low.endsWith("ing") && lemma.length() < low.length()) {
            return "VBG";
        }
        if (low.equals(lemma)) {
            if (SIMPLE_PASTS.contains(low) && (isPerfectAux(previous) || isPassiveAux(previous))) {
                return "VBN"; // "has set", "was hit": a verb whose participle is its base form, after its auxiliary
            }
            if (isModalOrTo(previous) || isModalOrTo(beforePrevious) && previous.equals("not")
                    || isHelp(previous)) {
                return "VB"; // "helped shape the deal": "help" takes a bare infinitive
            }
            // "The hosts beat Rovers on Saturday", "Troops hit the town": news tells what happened, and a singular
            // subject would have taken "-s"; a speaker's "I" or "we" may tell a habit
            return SIMPLE_PASTS.contains(low) && !SPEAKERS.contains(previous) ? "VBD" : "VBP";
        }
        if (low.endsWith("s") && (lemma + "s").equals(low) || (lemma + "es").equals(low)
                || low.endsWith("ies") && lemma.endsWith("y") || low.equals("is")
                || low.equals("has") || low.equals("does") || low.equals("'s")) {
            return "VBZ";
        }
        if (PARTICIPLES.contains(low) || low.equals("been")) {
            return "VBN"; // "the painting stolen in 2019": a form that is only ever a participle
        }
        if (low.equals("are") || low.equals("am")) {
            return "VBP"; // the present of "be" in the plural and the first person, no past
        }
        if (low.equals("was") || low.equals("were") || low.equals("did")
                || low.equals("had") && !isPerfectAux(previous)) {
            return "VBD";
        }
        return isPerfectAux(previous) || isPerfectAux(beforePrevious) || isPassiveAux(previous)
                || isPassiveAux(beforePrevious) ? "VBN" : "VBD";
    }

    private static boolean isModalOrTo(String low) {
        return switch (low) {
            case "to", "will", "would", "can", "cannot", "could", "may", "might", "must", "shall", "should", "'ll", "'d",
                    "do", "does", "did" -> true;
            default -> false;
        };
    }

    private static boolean isPerfectAux(String low) {
        return switch (low) {
            case "have", "has", "had", "'ve", "having" -> true;
            default -> false;
        };
    }

    private static boolean isPassiveAux(String low) {
        return switch (low) {
            case "be", "is", "are", "was", "were", "been", "being", "'s", "'re", "get", "got", "gets" -> true;
            default -> false;
        };
    }

    private static String verb(String low) {
        int n = low.length();
        String seen = seenBase(low);
        if (seen != null) {
            return seen;
        }
        if (n > 4 && low.endsWith("ied")) {
            return low.substring(0, n - 3) + "y";
        }
        if (n > 4 && low.endsWith("ies")) {
            return low.substring(0, n - 3) + "y";
        }
        if (n > 3 && low.endsWith("eed")) {
            // "agreed" -> "agree", but "proceed", "succeed" and "need" are base forms already
            return BaseVerbs.contains(low) ? low : low.substring(0, n - 1);
        }
        if (n > 3 && low.endsWith("ed")) {
            return restoreE(low.substring(0, n - 2));
        }
        if (n > 4 && low.endsWith("ing")) {
            return restoreE(low.substring(0, n - 3));
        }
        if (n > 4 && low.endsWith("zes") && "aeiouy".indexOf(low.charAt(n - 4)) >= 0) {
            return low.substring(0, n - 1); // "nationalizes", "analyzes", "blazes": a silent "e" before the "s"
        }
        if (n > 3 && (low.endsWith("ches") || low.endsWith("shes") || low.endsWith("sses") || low.endsWith("xes")
                || low.endsWith("zes") || low.endsWith("oes"))) {
            return low.substring(0, n - 2); // "buzzes", "waltzes"
        }
        if (n > 2 && low.endsWith("s") && !low.endsWith("ss") && !low.endsWith("us")) {
            return low.substring(0, n - 1);
        }
        return low;
    }

    /** The base form of an inflected verb that news was seen to use ({@link BaseVerbs}), if one fits. */
    private static String seenBase(String low) {
        int n = low.length();
        String stem;
        if (n > 4 && low.endsWith("ing")) {
            stem = low.substring(0, n - 3);
        } else if (n > 3 && low.endsWith("ed")) {
            stem = low.substring(0, n - 2);
        } else if (n > 3 && low.endsWith("es") && BaseVerbs.contains(low.substring(0, n - 2))) {
            return low.substring(0, n - 2);
        } else if (n > 2 && low.endsWith("s") && BaseVerbs.contains(low.substring(0, n - 1))) {
            return low.substring(0, n - 1);
        } else {
            return null;
        }
        if (BaseVerbs.contains(stem + "e") && !BaseVerbs.contains(stem)) {
            return stem + "e";
        }
        if (BaseVerbs.contains(stem)) {
            return stem;
        }
        int m = stem.length();
        if (m > 2 && stem.charAt(m - 1) == stem.charAt(m - 2) && BaseVerbs.contains(stem.substring(0, m - 1))) {
            return stem.substring(0, m - 1);
        }
        if (low.endsWith("ied") && BaseVerbs.contains(low.substring(0, n - 3) + "y")) {
            return low.substring(0, n - 3) + "y";
        }
        return null;
    }

    /** Undoes a doubled final consonant ("stopp" -> "stop") or restores a dropped "e" ("announc" -> "announce"). */
    /**
     * Endings of a stem in one vowel and one consonant after a consonant whose verb ends in a silent "e" ("collided",
     * "compared", "required", "scheduled", "contributed", "declined", "promoted", "assumed", "provoked", "escaped"),
     * where "-er", "-it", "-el", "-on" keep none ("offered", "visited", "travelled", "abandoned").
     */
    private static final Set<String> SILENT_E_ENDINGS = Set.of("id", "ud", "od", "ad", "ar", "ir", "ul", "ut", "in",
            "ot", "um", "ok", "ap");

    /** Verbs whose base form ends in a double l after a vowel: "recalled" is "recall", not "recal". */
    private static final Set<String> DOUBLE_L_VERBS = Set.of("recall", "install", "forestall", "enthrall",
            "befall", "appall", "instill", "distill", "fulfill", "enroll", "extoll", "outsell", "retell", "foretell",
            "misspell", "resell", "dispell", "compell");

    private static String restoreE(String stem) {
        int n = stem.length();
        if (n < 2) {
            return stem;
        }
        char last = stem.charAt(n - 1);
        char before = stem.charAt(n - 2);
        if (last == before && "bdgmnprt".indexOf(last) >= 0) {
            return stem.substring(0, n - 1);
        }
        if (last == 'l' && before == 'l' && n > 5 && "aeiou".indexOf(stem.charAt(n - 3)) >= 0
                && !DOUBLE_L_VERBS.contains(stem)) {
            return stem.substring(0, n - 1); // British "signalled", "labelled", "travelled", "fuelled"
        }
        boolean vowelBefore = "aeiou".indexOf(before) >= 0;
        // "repeat", "defeat", "float" keep their stem after a vowel pair; "create" is the one "-eat" verb with an e
        boolean vowelPairT = stem.endsWith("at") && n > 2 && "aeo".indexOf(stem.charAt(n - 3)) >= 0
                && !stem.endsWith("creat");
        if (stem.endsWith("at") && !vowelPairT || stem.endsWith("iz") || stem.endsWith("ur")
                || last == 'l' && before != 'l' && !vowelBefore) {
            return stem + "e"; // "relat" -> "relate", "organiz" -> "organize", "huddl" -> "huddle"
        }
        if (n > 3 && (stem.endsWith("uk") || stem.endsWith("am")) && "aeiou".indexOf(stem.charAt(n - 3)) < 0) {
            return stem + "e"; // "rebuk" -> "rebuke", "renam" -> "rename"; "claim" and "slammed" are not these
        }
        if (stem.endsWith("scor") || stem.endsWith("stor") || stem.endsWith("plor") || stem.endsWith("gnor")) {
            return stem + "e"; // "underscor" -> "underscore", "restor", "deplor", "ignor"; not "honor", "monitor"
        }
        // "qu" sounds as one consonant: "quot" -> "quote"
        boolean consonantBefore = "aeiou".indexOf(stem.charAt(n - 3 < 0 ? 0 : n - 3)) < 0
                || n > 3 && stem.charAt(n - 3) == 'u' && stem.charAt(n - 4) == 'q';
        if (n > 4 && SILENT_E_ENDINGS.contains(stem.substring(n - 2)) && consonantBefore) {
            return stem + "e"; // "collid" -> "collide", "compar" -> "compare", "schedul" -> "schedule"
        }
        // "clos" -> "close"; after two vowels too ("pois" -> "poise", "paus" -> "pause", "apprais" -> "appraise"),
        // but not "bias"; after "n", "r" or "p" too ("license", "reverse", "collapse")
        if ("cgvz".indexOf(last) >= 0 && (last != 'g' || before != 'n')
                || last == 'u' || (last == 's' && vowelBefore && n > 2 && !stem.endsWith("ias"))
                || stem.endsWith("ns") || stem.endsWith("rs") || stem.endsWith("ps") // "licens", "revers", "laps"
                || (vowelBefore && "aeiou".indexOf(last) < 0 && last != 'w' && last != 'x' && last != 'y'
                && n > 2 && consonantBefore && n <= 4)) {
            return stem + "e";
        }
        return stem;
    }

    private static String noun(String low) {
        if (SINGULAR_IN_S.contains(low)) {
            return low; // "news", "series": no plural, whatever their ending
        }
        int n = low.length();
        if (n > 3 && low.endsWith("ies")) {
            return low.substring(0, n - 3) + "y";
        }
        if (n > 3 && (low.endsWith("ches") || low.endsWith("shes") || low.endsWith("sses") || low.endsWith("xes"))) {
            return low.substring(0, n - 2);
        }
        if (n > 3 && low.endsWith("s") && !low.endsWith("ss") && !low.endsWith("us") && !low.endsWith("is")) {
            return low.substring(0, n - 1);
        }
        return low;
    }

    /**
     * Whether {@code low} (lower case) is the simple past of an irregular verb and never a past participle: "fell",
     * "rose", "went", not "held" or "bound".
     */
    static boolean isOnlySimplePast(String low) {
        return IRREGULAR_PASTS.containsKey(low) && !PAST_PARTICIPLES.contains(low);
    }

    /** Whether {@code low} (lower case) is a past participle that is never a simple past: "born", "taken", "done". */
    static boolean isOnlyParticiple(String low) {
        return PARTICIPLES.contains(low);
    }

    /** Whether {@code low} (lower case) is an irregular verb whose simple past is its base: "cut", "set", "hit". */
    static boolean pastIsBase(String low) {
        return PASTS_AS_BASES.contains(low);
    }

    /** The lemma of {@code low} (lower case) if it is the simple past of an irregular verb: "rose" is "rise". */
    static Optional<String> irregularPast(String low) {
        return Optional.ofNullable(IRREGULAR_PASTS.get(low));
    }

    /**
     * The lemma of {@code low} as the past of a verb that news was seen to use ({@link BaseVerbs}): an irregular past,
     * or a form in "-ed" of such a verb ("closed" -> "close"); empty for any other word.
     */
    static Optional<String> seenPast(String low) {
        Optional<String> irregular = irregularPast(low);
        if (irregular.isPresent() || low.length() <= 3 || !low.endsWith("ed")) {
            return irregular;
        }
        return Optional.ofNullable(seenBase(low));
    }

    /**
     * The lemma of {@code low} as the past of any verb: {@link #seenPast}, or for another form in "-ed" the lemma the
     * spelling rules give ("wounded" -> "wound", "injured" -> "injure").
     */
    static Optional<String> past(String low) {
        Optional<String> seen = seenPast(low);
        return seen.isPresent() || low.length() <= 3 || !low.endsWith("ed") ? seen : Optional.of(verb(low));
    }

    /** Whether {@code low} is the simple past of a verb: "-ed", or an irregular past, the lemma's own ("hit") too. */
    static boolean isSimplePast(String low) {
        return low.length() > 3 && low.endsWith("ed") || SIMPLE_PASTS.contains(low);
    }

    /**
     * The third column of the irregular verbs where it is a past participle that is no simple past ("stolen",
     * "taken", "done"; not "says", a third person).
     */
    private static Set<String> participles() {
        ImmutableSet.Builder<String> out = ImmutableSet.builder();
        for (String[] cells : ROWS) {
            if (cells.length > 2 && !cells[0].equals("be") && !cells[2].endsWith("s") && !cells[2].equals(cells[1])
                    && !cells[2].equals(cells[0])) {
                out.add(cells[2]);
            }
            secondParticiple(cells).ifPresent(out::add);
        }
        return out.build();
    }

    /** A fourth column that is no third person: the second past participle of "bear borne born". */
    private static Optional<String> secondParticiple(String[] cells) {
        return cells.length == 4 && !cells[3].endsWith("s") ? Optional.of(cells[3]) : Optional.empty();
    }

    /**
     * Whether {@code low} (lower case) can be a past participle: a regular "-ed" form, or the participle of an
     * irregular verb, also where it is the simple past too ("held", "built", "hit").
     */
    static boolean isPastParticiple(String low) {
        return low.length() > 3 && low.endsWith("ed") || PAST_PARTICIPLES.contains(low);
    }

    /** The past participles of the irregular verbs: the third column, or the second where the past is the same. */
    private static Set<String> pastParticiples() {
        ImmutableSet.Builder<String> out = ImmutableSet.builder();
        for (String[] cells : ROWS) {
            if (cells.length < 2 || cells[0].equals("be") || cells[0].equals("will") || cells[0].equals("would")) {
                continue;
            }
            // a third column in "s" is the third person ("say said says"): the past is the participle too
            out.add(cells.length > 2 && !cells[2].endsWith("s") ? cells[2] : cells[1]);
            secondParticiple(cells).ifPresent(out::add);
        }
        return out.build();
    }

    /** The second column of the irregular verbs: every simple past, "hit" and "put" included. */
    private static Set<String> simplePasts() {
        ImmutableSet.Builder<String> out = ImmutableSet.builder();
        for (String[] cells : ROWS) {
            if (cells.length > 1) {
                out.add(cells[1]);
            }
        }
        return out.build();
    }

    /** The second column of the irregular verbs, their simple pasts where they differ from the lemma, to the lemma. */
    private static Map<String, String> pasts() {
        Map<String, String> out = new HashMap<>();
        for (String[] cells : ROWS) {
            if (cells.length > 1 && !cells[1].equals(cells[0]) && !cells[0].equals("be")) {
                out.putIfAbsent(cells[1], cells[0]);
            }
        }
        return ImmutableMap.copyOf(out);
    }

    /** Every form of the irregular verbs to its lemma. */
    private static Map<String, String> load() {
        Map<String, String> forms = new HashMap<>();
        for (String[] cells : ROWS) {
            for (int i = 1; i < cells.length; i++) {
                forms.putIfAbsent(cells[i], cells[0]);
            }
            forms.putIfAbsent(cells[0], cells[0]);
        }
        return ImmutableMap.copyOf(forms);
    }

    /** The rows of {@code irregular-verbs.tsv}, blank lines and comments left out, each split at its tabs. */
    private static List<String[]> rows() {
        return rows("irregular-verbs.tsv");
    }

    /**
     * Whether {@code word} has the shape of a plural in "-s": more than three letters, ending in "s" but not "ss"
     * ("talks", "shares"; not "press", "gas").
     */
    static boolean endsLikeAPlural(String word) {
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss");
    }

    /** Whether {@code low}, in lower case, is a form of "help", which may take an infinitive without "to". */
    static boolean isHelp(String low) {
        return HELP.contains(low);
    }

    /** Whether {@code low}, in lower case, is a noun in "s" that is no plural ("news", "series"). */
    static boolean isSingularInS(String low) {
        return SINGULAR_IN_S.contains(low);
    }

    /** The first column of a word list of this package ({@code prepositions.txt}), in lower case. */
    static java.util.Set<String> words(String resource) {
        java.util.Set<String> out = new java.util.HashSet<>();
        rows(resource).forEach(row -> out.add(row[0].strip().toLowerCase(java.util.Locale.ROOT)));
        return java.util.Set.copyOf(out);
    }

    /** The rows of a resource of this package, blank lines and comments left out, each split at its tabs. */
    private static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Lemmas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource dev/timeline/text/" + resource + " is missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(rows);
    }
}
