package dev.timeline.happening;

import dev.timeline.event.EventMention;
import dev.timeline.tag.Mention;
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
    private static final Set<String> RELEASES = Set.of("release", "publish", "issue", "post", "unveil", "present",
            "conduct");
    /** Sources whose clause of showing tells a finding about many, not a happening: "Statistics show that ...". */
    private static final Set<String> SURVEYS = Set.of("statistics", "statistic", "data", "figure", "figures",
            "survey", "poll", "census", "study", "inquiry", "review", "audit");
    /** Verbs by which a survey tells its finding. */
    private static final Set<String> SHOWING = Set.of("show", "find", "indicate", "reveal", "suggest");
    /** Prepositions that open a report's topic: "a survey on student health", "a poll of voters". */
    private static final Set<String> TOPIC_PREPOSITIONS = Set.of("on", "of", "about", "into", "among");
    /** The most words of a report's topic between its noun and the participle of its release. */
    private static final int TOPIC_REACH = 5;
    /** How far before the event its clause's verb of showing may stand, in tokens. */
    private static final int CLAUSE_REACH = 40;
    /** How far before its verb of showing a survey's noun may stand ("a study released on Monday showed"). */
    private static final int SOURCE_REACH = 6;
    /** How far after the participle the verb of saying may stand ("released by the ministry on Tuesday showed"). */
    private static final int REACH = 8;

    /** Words that bound a survey's data at a date: "data to the end of April", "figures through March". */
    private static final Set<String> BOUNDS = Set.of("to", "through", "until", "till");

    private ReportSources() {
    }

    /**
     * Whether date {@code timex} bounds the data a verb used, right after a survey's noun and "to", "through",
     * "until" or "up to": "assessed the epidemic using data to the end of April" dates the data, not the assessing.
     */
    static boolean boundsItsData(AnalyzedText text, Mention timex) {
        List<Token> own = text.tokensIn(timex.start(), timex.end());
        if (own.isEmpty()) {
            return false;
        }
        List<Token> tokens = text.tokens();
        int k = own.get(0).index() - 1;
        if (k < 1 || !BOUNDS.contains(tokens.get(k).lowerText())) {
            return false;
        }
        k--;
        if (k >= 1 && tokens.get(k).lowerText().equals("up") && tokens.get(k + 1).lowerText().equals("to")) {
            k--; // "data up to March"
        }
        return SURVEYS.contains(tokens.get(k).lowerText());
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

    /** Whether {@code t} is a noun of {@code report-nouns.txt}; "statistics", whose lemma may be "statistic", too. */
    private static boolean isReportNoun(Token t) {
        return NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT)) || NOUNS.contains(t.lowerText());
    }

    /**
     * Whether the noun at {@code end} ends the topic of a report noun before it: "a survey [on student health]", "a
     * poll [of 1,000 voters]".
     */
    private static boolean topicBefore(List<Token> tokens, Sentence s, int end) {
        for (int k = end - 1; k > s.firstToken() && k >= end - TOPIC_REACH; k--) {
            Token w = tokens.get(k);
            if (TOPIC_PREPOSITIONS.contains(w.lowerText())) {
                return tokens.get(k - 1).isNoun() && isReportNoun(tokens.get(k - 1));
            }
            if (!NounPhrases.isNounPhrasePart(w)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether {@code e} is told in the clause by which statistics, a survey, a poll or a study shows what it found
     * ("Statistics show that 4.13 million students graduated from colleges in 2005", "a survey found that most
     * graduates lacked skills"), or is that finding ("A 2004 inquiry found a pattern of intimidation"): a finding,
     * whatever its date, no happening of a chronology.
     */
    static boolean isFinding(AnalyzedText text, EventMention e) {
        List<Token> tokens = text.tokens();
        Sentence s = text.sentenceOf(e.token());
        if (e.token().isVerb() && SHOWING.contains(e.verbLemma()) && surveyBefore(tokens, s, e.token().index())) {
            return true; // "A 2004 inquiry found a pattern of intimidation": the finding itself
        }
        for (int v = e.token().index() - 1; v > s.firstToken() && v >= e.token().index() - CLAUSE_REACH; v--) {
            Token w = tokens.get(v);
            if (!w.isVerb() || w.pos().equals("VBN") || w.pos().equals("VBG")) {
                continue;
            }
            if (!SHOWING.contains(w.lemma().toLowerCase(Locale.ROOT))) {
                return false; // the nearest finite verb before the event is another clause's
            }
            return surveyBefore(tokens, s, v);
        }
        return false;
    }

    /** Whether a survey, poll, study or inquiry is the subject of the verb at {@code v}, a few words before it. */
    private static boolean surveyBefore(List<Token> tokens, Sentence s, int v) {
        for (int n = v - 1; n >= Math.max(s.firstToken(), v - SOURCE_REACH); n--) {
            Token noun = tokens.get(n);
            if (noun.isNoun() && (SURVEYS.contains(noun.lowerText())
                    || SURVEYS.contains(noun.lemma().toLowerCase(Locale.ROOT)))) {
                return true;
            }
            if (noun.text().equals(",") || noun.isVerb() && !noun.pos().equals("VBN")) {
                return false;
            }
        }
        return false;
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
                || !isReportNoun(tokens.get(before)) && !topicBefore(tokens, s, before)) {
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
