package dev.timeline.happening;

import dev.timeline.event.EventMention;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The release of a document that a sentence cites as its source ("official statistics released Friday showed", "a
 * report published on Monday said"): the participle of releasing right after a noun of {@code report-nouns.txt}, with
 * no object ("a poll released Wednesday"), or between such a noun and a verb of saying or showing
 * ({@code reporting-verbs.txt}, {@code speech-verbs.txt}) attributes a finding and is no happening of a chronology.
 * A release told as a clause of its own ("The commission released its report on Friday") is one. Stateless.
 */
final class ReportSources {
    private static final Set<String> NOUNS = Lexicons.firstColumn("report-nouns.txt");
    /** Verbs of making a document public. */
    private static final Set<String> RELEASES = Set.of("release", "publish", "issue", "post", "unveil", "present");
    /** How far after the participle the verb of saying may stand ("released by the ministry on Tuesday showed"). */
    private static final int REACH = 8;

    private ReportSources() {
    }

    /**
     * Whether {@code next}, the word after the participle, may open its object ("the report released new figures"), so
     * that the noun before may be the subject of an active verb: an article, a possessive, an adjective, a common noun
     * or a number; not a weekday, a preposition or a comma.
     */
    private static boolean takesAnObject(Token next) {
        String pos = next.pos();
        return pos.equals("DT") || pos.equals("PRP$") || pos.equals("PRP") || pos.startsWith("JJ") || pos.equals("NN")
                || pos.equals("NNS") || pos.equals("CD");
    }

    /**
     * Whether {@code e} is the release of a source that the sentence cites: right after its noun and with no object
     * ("an opinion poll published Wednesday electrified the campaign"), or with the verb after it quoting it.
     */
    static boolean isRelease(AnalyzedText text, EventMention e) {
        Token t = e.token();
        if (!t.pos().equals("VBN") && !t.pos().equals("VBD") || !RELEASES.contains(e.verbLemma())) {
            return false;
        }
        List<Token> tokens = text.tokens();
        Sentence s = text.sentenceOf(t);
        int before = t.index() - 1;
        while (before >= s.firstToken() && tokens.get(before).text().equals(",")) {
            before--;
        }
        if (before < s.firstToken() || !tokens.get(before).isNoun()
                || !NOUNS.contains(tokens.get(before).lemma().toLowerCase(Locale.ROOT))
                && !NOUNS.contains(tokens.get(before).lowerText())) { // "statistics", whose lemma may be "statistic"
            return false;
        }
        if (t.index() + 1 >= s.endToken() || !takesAnObject(tokens.get(t.index() + 1))) {
            return true; // "a poll released Wednesday", "a preliminary estimate published late last month": cited
        }
        for (int i = t.index() + 1; i < s.endToken() && i <= t.index() + REACH; i++) {
            Token w = tokens.get(i);
            if (w.isVerb() && !w.pos().equals("VBN") && !w.pos().equals("VBG")) {
                return HappeningFilters.SAYING.contains(w.lemma().toLowerCase(Locale.ROOT));
            }
            if (w.text().equals(";") || w.text().equals(":")) {
                return false;
            }
        }
        return false;
    }
}
