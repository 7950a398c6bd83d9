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
 * report published on Monday said"): the participle of releasing between a noun of {@code report-nouns.txt} and a
 * verb of saying or showing ({@code reporting-verbs.txt}, {@code speech-verbs.txt}) attributes a finding and is no
 * happening of a chronology. A release told as a clause of its own ("The commission released its report on
 * Friday") is one. Stateless.
 */
final class ReportSources {
    private static final Set<String> NOUNS = Lexicons.firstColumn("report-nouns.txt");
    /** Verbs of making a document public. */
    private static final Set<String> RELEASES = Set.of("release", "publish", "issue", "post", "unveil", "present");
    /** How far after the participle the verb of saying may stand ("released by the ministry on Tuesday showed"). */
    private static final int REACH = 8;

    private ReportSources() {
    }

    /** Whether {@code e} is the release of a source that the verb after it quotes. */
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
