package dev.timeline.happening;

import dev.timeline.event.EventMention;
import dev.timeline.event.Tense;
import dev.timeline.event.TimeAnchor;
import dev.timeline.tag.Mention;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a date and an event stand in different clauses, so that the date is not the event's: another finite verb
 * between them ("the military said on Wednesday two soldiers were killed"), a relative or subordinate clause on one
 * side ("The Chechens, who declared independence in 1991, drove out Russian troops"), a trailing attribution ("...,
 * a UN agency spokeswoman said Tuesday"), a clause of its own after "and" ("in the 1990s -- and Paulson gave in").
 * Split out of {@link HappeningFilters}; {@link AnchorDates}, {@link Plans} and {@link ArticleProse} ask it. Stateless.
 */
final class ClauseBoundaries {
    /** The pronouns that open a relative clause with its verb: "smugglers who ferried cigarettes". */
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that");
    /** How many words the noun phrase after "whose" may have ("whose elder brother", "whose two sons"). */
    private static final int OWNED_NOUN = 4;
    /** Words that open a relative or complement clause: a report after them is that clause's, no attribution. */
    private static final Set<String> RELATIVE_WORDS = Set.of("that", "which", "who", "whom", "whose", "where", "when");
    /** How far after a date in a subordinate clause that clause's verb may stand ("on April 20 killed"). */
    private static final int SUBORDINATE_VERB_REACH = 4;

    private ClauseBoundaries() {
    }

    /**
     * Whether another clause's verb stands between the event and its date ("the military said on Wednesday two
     * soldiers were killed": Wednesday is the saying's), the event's own auxiliaries aside.
     */
    static boolean anotherClause(AnalyzedText text, EventMention e, Mention timex) {
        List<Token> covered = text.tokensIn(timex.start(), timex.end());
        int first = covered.get(0).index();
        int last = covered.get(covered.size() - 1).index();
        int at = e.token().index();
        int group = at;
        int schedule = at > last && e.tense() == Tense.INFINITIVE ? Plans.scheduled(text, e) : -1;
        if (schedule > last && !text.tokens().get(schedule).lowerText().equals("expected")) {
            // "On Monday, Reyes is scheduled to travel": the schedule's "is" is the plan's own (an expectation's
            // day may be another's: "In his Saturday speech, Abbas is expected to lay out his plans")
            group = schedule;
        }
        while (group - 1 > last && isAuxiliary(text.tokens().get(group - 1))) {
            group--;
        }
        int from = at < first ? at + 1 : last + 1;
        int to = at < first ? first : group;
        int attribution = to; // where a trailing attribution starts ("..., a UN agency spokeswoman said Tuesday")
        for (int i = from; i < to && at < first; i++) {
            if (ClauseSubjects.isReportingVerb(text.tokens().get(i)) && trailingAttribution(text, at, i)) {
                attribution = i;
                while (!text.tokens().get(attribution).text().equals(",")) {
                    attribution--;
                }
                break;
            }
        }
        if (inWhenClauseAfterItsDate(text, at, last)) {
            return false; // "The oil began leaking on 20 April when the rig, leased to BP, exploded": that day too
        }
        if (attribution < to && inRelativeClause(text, at)) {
            return true; // "... held by traffickers who ferried drugs to the US, a magistrate said Wednesday"
        }
        if (attribution < to && willHappen(text, at)) {
            return true; // "BP will be evicted from the index, index compiler FTSE said on Friday": the saying's day
        }
        if (at < first && inRelativeClause(text, at) && commaClosesRelative(text, at, first, last)) {
            return true; // "The judge, who blocked the moratorium, on Tuesday sold": Tuesday is the selling's
        }
        if (at > last && inRelativeClause(text, at) && verbBetween(text, last, group)) {
            return true; // "Iraqis were called to the polls Thursday to elect the MPs who will sit in parliament"
        }
        if (at > last && insideRelativeClause(text, first, group)) {
            return true; // "The Chechens, who declared independence in 1991, drove out Russian troops"
        }
        if (at > last && inRestrictiveRelative(text, first, last, group)) {
            return true; // "The admiral who Obama put in charge last week issued BP with an ultimatum"
        }
        if (at > last && coordinatedAfterDate(text, first, last, group)) {
            return true; // "Bolten had worked there in the 1990s -- and Paulson eventually gave in"
        }
        if (outsideAWhereClause(text, at, first)) {
            return true; // "flying there from Chicago, where he will be spending the weekend, and returning that night"
        }
        if (at < first && inSubordinateClause(text, at, first, last)) {
            return true; // "Obama imposed the ban after an explosion aboard an oil rig on April 20 killed 11 workers"
        }
        for (int i = from; i + 1 < Math.min(to, attribution) && at < first; i++) {
            if (text.tokens().get(i).text().equals(",")
                    && CONTRASTING.contains(text.tokens().get(i + 1).lowerText())) {
                // "The government imposed the ban ..., but a federal judge last month blocked the move": the date is
                // the contrasting clause's
                return true;
            }
        }
        for (int i = from; i < Math.min(to, attribution); i++) {
            Token t = text.tokens().get(i);
            if (Phrases.isFiniteOrModal(t) && !nounTakenForVerb(text, i) && !sharesTheDate(text, at, i)
                    && !inAParticipleAside(text, i, group) && !inARelativeAside(text.tokens(), i, group)) {
                return true;
            }
            if (t.pos().equals("VBN") && reducedRelative(text, t)) {
                return true; // "replaced a cap damaged in May": the date is the participle's, not the replacing
            }
        }
        return false;
    }

    /**
     * Whether the event at {@code at} is the first verb of a "when" clause that opens right after the date that ends at
     * {@code last}, or after its comma ("on 20 April when the Deepwater Horizon drilling rig, leased to BP, exploded";
     * "The strike collapsed on Monday, when the union refused to sign"): the clause tells what else happened on that
     * day.
     */
    static boolean inWhenClauseAfterItsDate(AnalyzedText text, int at, int last) {
        List<Token> tokens = text.tokens();
        int when = last + 1 < at && tokens.get(last + 1).text().equals(",") ? last + 2 : last + 1;
        if (at <= when || !tokens.get(when).lowerText().equals("when")) {
            return false;
        }
        for (int i = when + 1; i < at; i++) {
            if (tokens.get(i).text().equals(",")) {
                int close = i + 1;
                while (close < at && !tokens.get(close).text().equals(",")) {
                    close++;
                }
                if (close < at) {
                    i = close; // an aside between commas: ", leased/VBD to BP,"
                    continue;
                }
            }
            if ((Phrases.isFiniteOrModal(tokens.get(i)) && !participleAfterItsNoun(tokens, i))
                    || RELATIVE_WORDS.contains(tokens.get(i).lowerText())) {
                return false;
            }
        }
        return !participleAfterItsNoun(tokens, at);
    }

    /**
     * Whether the past at {@code i} is a participle after its noun, before its agent or the one it is granted to ("a
     * drilling rig licensed/VBD to BP exploded", "a tanker hired/VBD by the firm sank"): no verb of the clause
     * ("Myanmar opened/VBD to such investment" is one).
     */
    static boolean participleAfterItsNoun(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String next = i + 1 < tokens.size() ? tokens.get(i + 1).lowerText() : "";
        // the tagger may take the noun for an adjective: "a drilling rig/JJ licensed/VBD", "the chief executive/JJ
        // backed/VBD by BP"
        return t.pos().equals("VBD") && t.mayBePastParticiple() && i > 0
                && (tokens.get(i - 1).isNoun() || tokens.get(i - 1).pos().startsWith("JJ"))
                && (next.equals("by") || next.equals("to") && HappeningFilters.GRANTED_TO.contains(t.lowerLemma()));
    }

    /**
     * Whether the event at {@code at} stands in a clause that ", where" opens and a comma closes, and the date at
     * {@code first} lies in a predicate that ", and" joins after it, or before it with a verb between: the clause
     * tells of the place, at a time of its own. A date right before it may be the place's ("the 2005 blast at a
     * refinery, where 15 workers died").
     */
    private static boolean outsideAWhereClause(AnalyzedText text, int at, int first) {
        List<Token> tokens = text.tokens();
        Sentence s = text.sentenceOf(tokens.get(at));
        int open = -1;
        for (int i = at - 1; i > s.firstToken(); i--) {
            if (tokens.get(i).text().equals(",")) {
                break;
            }
            if (tokens.get(i).lowerText().equals("where") && tokens.get(i - 1).text().equals(",")) {
                open = i;
                break;
            }
        }
        if (open < 0) {
            return false;
        }
        int close = at + 1;
        while (close < s.endToken() && !tokens.get(close).text().equals(",")) {
            close++;
        }
        boolean verbBefore = false; // "on Friday, flying there from Chicago, where": the date is the flying's
        for (int i = first + 1; i < open && first < open; i++) {
            verbBefore |= tokens.get(i).isVerb();
        }
        return verbBefore
                || first > close && close + 1 < s.endToken() && tokens.get(close + 1).lowerText().equals("and");
    }

    /** Conjunctions after a comma that open a clause of its own, with its own time: ", but", ", while". */
    private static final Set<String> CONTRASTING = Set.of("but", "while", "whereas", "although", "though", "yet");

    /** How far after the event a verb coordinated with it may share the date after it, in words. */
    private static final int SHARED_REACH = 12;

    /**
     * Whether the finite verb at {@code i} is coordinated with the event's verb at {@code at} by "and", in the same
     * tense, with no comma between: the two share the date after the second ("A suicide bombing killed nine Afghans
     * and injured over 20 others Sunday"); a date of the first's own, before "and", would have been nearer.
     */
    private static boolean sharesTheDate(AnalyzedText text, int at, int i) {
        List<Token> tokens = text.tokens();
        if (gappedPassive(text, at, i)) {
            return true; // "Four Iraqis were killed and seven others wounded in two attacks on Monday"
        }
        if (inAWhenClauseAfter(tokens, at, i)) {
            return true; // "The assembly voted to endorse the plan when it convened on Thursday": at that time
        }
        if (i - at > SHARED_REACH || !Phrases.low(tokens.get(i - 1)).equals("and")
                || !tokens.get(i).pos().equals(tokens.get(at).pos())) {
            return false;
        }
        for (int k = at + 1; k < i; k++) {
            String w = tokens.get(k).text();
            if (w.equals(",") || w.equals(";") || w.equals("--")
                    || Phrases.isFiniteOrModal(tokens.get(k)) && k < i - 1) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the past form at {@code i} opens a participle's phrase set off by commas before the subject of the verb
     * group at {@code group}: "On Tuesday, [fed up with crime,] students marched on the town hall" is one clause.
     */
    static boolean inAParticipleAside(AnalyzedText text, int i, int group) {
        List<Token> tokens = text.tokens();
        Token t = tokens.get(i);
        if (i < 1 || !tokens.get(i - 1).text().equals(",") || !(t.pos().equals("VBN") || t.pos().equals("VBD")
                && t.mayBePastParticiple())) {
            return false;
        }
        for (int k = i + 1; k < group; k++) {
            Token w = tokens.get(k);
            if (w.text().equals(",")) {
                return k + 1 < group && NounPhrases.isNounPhraseStart(tokens.get(k + 1));
            }
            if (Phrases.isFiniteOrModal(w)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the verb at {@code i} stands in a relative clause set off by commas that closes right before the verb
     * group at {@code group} (adverbs between): "Last week, the rate committee, [of which Olsen is a voting member,]
     * raised the main rate" is one clause. The relative word follows the opening comma, or a preposition after it.
     */
    static boolean inARelativeAside(List<Token> tokens, int i, int group) {
        int open = i - 1;
        // read back at most as far as an aside reaches: a text without commas is not read back to its start for
        // every verb (that was quadratic)
        while (open > 0 && i - open < ClauseSubjects.MAX_ASIDE && !tokens.get(open).text().equals(",")
                && !RELATIVES.contains(tokens.get(open).lowerText())) {
            open--;
        }
        if (open < 2 || !RELATIVES.contains(tokens.get(open).lowerText())) {
            return false;
        }
        boolean opened = tokens.get(open - 1).text().equals(",")
                || tokens.get(open - 1).pos().equals("IN") && tokens.get(open - 2).text().equals(",");
        int close = i + 1;
        while (close < group && !tokens.get(close).text().equals(",")) {
            close++;
        }
        int next = close + 1;
        while (next < group && tokens.get(next).pos().equals("RB")) {
            next++; // ", of which Olsen is a member, quickly raised"
        }
        return opened && close < group && next == group;
    }

    /** How many words the subject of a "when" clause that shares its date may have: "when it", "when rebel troops". */
    private static final int WHEN_SUBJECT = 5;
    /** How far after a verb the verb of a "when" clause that lends it its date may stand, in tokens. */
    private static final int WHEN_REACH = 30;

    /**
     * Whether the verb at {@code i} is the past verb of a "when" clause that follows the past verb at {@code at} in
     * its own clause, with no comma or other verb between: "when" says the two happened at one time, so the date
     * of the "when" clause is the first's too ("Rebels seized the town when government troops withdrew on Monday").
     */
    static boolean inAWhenClauseAfter(List<Token> tokens, int at, int i) {
        if (!tokens.get(i).pos().equals("VBD") || !(tokens.get(at).pos().equals("VBD")
                || tokens.get(at).pos().equals("VBN"))) {
            return false;
        }
        int when = i - 1;
        while (when > at && i - when <= WHEN_SUBJECT + 1 && !tokens.get(when).lowerText().equals("when")) {
            if (tokens.get(when).isVerb() || !Character.isLetterOrDigit(tokens.get(when).text().charAt(0))) {
                return false; // the subject of the "when" clause holds no verb and no punctuation
            }
            when--;
        }
        if (when <= at + 1 || !tokens.get(when).lowerText().equals("when")) {
            return false;
        }
        for (int k = at + 1; k < when; k++) {
            Token t = tokens.get(k);
            if (t.text().equals(",") || t.text().equals(";") || t.text().equals("--") || Phrases.isFiniteOrModal(t)) {
                return false; // "said Monday, when ...": the "when" clause belongs to another clause
            }
        }
        return true;
    }

    /**
     * {@code anchors} with each anchor of a past verb whose date a "when" clause after it lends ({@link
     * #inAWhenClauseAfter}, the date after the clause's verb) replaced by a new one, whose confidence is raised to
     * that of the clause's verb, or of the participle after it, anchored to the same date: the anchorer, which reads
     * pairs, is sure of "convened on Thursday" and not of "voted ... when it convened on Thursday". The other anchors
     * are those given.
     */
    static List<TimeAnchor> lentByWhenClauses(AnalyzedText text, List<TimeAnchor> anchors) {
        Map<Mention, Map<Integer, Double>> byDate = new HashMap<>(); // a date's anchored verbs and their confidence
        for (TimeAnchor a : anchors) {
            byDate.computeIfAbsent(a.timex(), m -> new HashMap<>())
                    .merge(a.event().token().index(), a.confidence(), Math::max);
        }
        List<TimeAnchor> out = new ArrayList<>(anchors.size());
        for (TimeAnchor a : anchors) {
            int at = a.event().token().index();
            Map<Integer, Double> sameDate = byDate.get(a.timex());
            Double lent = null;
            for (int i = at + 2; i <= at + WHEN_REACH && i < text.tokens().size() && lent == null; i++) {
                if (a.timex().start() > text.tokens().get(i).end() && inAWhenClauseAfter(text.tokens(), at, i)) {
                    lent = a.confidence();
                    for (int k = i; k <= i + 2; k++) { // "when he was admitted": the verb after its auxiliary
                        lent = Math.max(lent, sameDate.getOrDefault(k, 0.0));
                    }
                }
            }
            out.add(lent == null ? a : new TimeAnchor(a.event(), a.timex(), a.relation(), lent));
        }
        return out;
    }

    /**
     * Whether the participle at {@code i} is a passive conjunct whose "be" is gapped, or whose subject is "others",
     * right after the passive at {@code at}: "were killed and seven others [were] wounded", the two share the date
     * after the second.
     */
    private static boolean gappedPassive(AnalyzedText text, int at, int i) {
        List<Token> tokens = text.tokens();
        boolean passive = at > 0 && tokens.get(at - 1).lemma().equals("be") && tokens.get(at - 1).isVerb()
                && (tokens.get(at).pos().equals("VBN") || tokens.get(at).pos().equals("VBD"));
        Sentence s = text.sentenceOf(tokens.get(at));
        int others = Conjuncts.othersConjunct(tokens, s, at + 1); // "and four others were wounded": "were" or its
        return passive && (Conjuncts.gappedConjunct(tokens, s, at + 1) == i // participle
                || others > 0 && (others == i || others - 1 == i));
    }

    /**
     * Whether the date at tokens {@code first} to {@code last} stands in a subordinate clause that opens after the
     * event at {@code at}: a conjunction of {@link SubjectStarts#SUBORDINATORS} before a noun phrase between them,
     * and that clause's finite verb within a few words after the date, with no comma between ("Obama imposed the ban
     * after an explosion aboard an oil rig in the Gulf of Mexico on April 20 killed 11 workers": April 20 is the
     * explosion's). Not a preposition ("imposed the ban after the explosion on April 20").
     */
    private static boolean inSubordinateClause(AnalyzedText text, int at, int first, int last) {
        List<Token> tokens = text.tokens();
        Sentence s = text.sentenceOf(tokens.get(first));
        boolean opened = false;
        for (int i = at + 1; i + 1 < first && !opened; i++) {
            opened = SubjectStarts.SUBORDINATORS.contains(tokens.get(i).lowerText())
                    && NounPhrases.isNounPhraseStart(tokens.get(i + 1));
        }
        if (!opened) {
            return false;
        }
        for (int k = last + 1; k < s.endToken() && k <= last + SUBORDINATE_VERB_REACH; k++) {
            Token t = tokens.get(k);
            String w = t.lowerText();
            if (!Character.isLetterOrDigit(t.text().charAt(0)) || SubjectStarts.SUBORDINATORS.contains(w)
                    || Phrases.RELATIVE_PRONOUNS.contains(w) || w.equals("aged")) {
                return false; // "after jumping from the roof Tuesday when troops stormed", "on November 17 aged 79"
            }
            if (Phrases.isFiniteOrModal(t) && !nounTakenForVerb(text, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a clause of its own, "and" or "but" after a comma, dash or semicolon and a subject, begins between a date
     * (tokens {@code first} to {@code last}) and the verb group at {@code group} after it, while a finite verb before
     * the date, in its sentence, makes the date that clause's: "Bolten had worked in Europe in the 1990s -- and
     * Paulson eventually gave in" (not "In 2004, and again in 2006, the party won").
     */
    private static boolean coordinatedAfterDate(AnalyzedText text, int first, int last, int group) {
        List<Token> tokens = text.tokens();
        Sentence s = text.sentenceOf(tokens.get(first));
        boolean coordinated = false;
        for (int i = last + 2; i + 1 < group && !coordinated; i++) {
            String w = tokens.get(i).lowerText();
            String before = tokens.get(i - 1).lowerText();
            coordinated = (w.equals("and") || w.equals("but"))
                    && (before.equals(",") || before.equals("--") || before.equals(";") || before.equals("-"))
                    && NounPhrases.isNounPhraseStart(tokens.get(i + 1));
        }
        if (!coordinated) {
            return false;
        }
        for (int i = first - 1; i >= s.firstToken(); i--) {
            Token t = tokens.get(i);
            if (Phrases.isFiniteOrModal(t)) {
                return true;
            }
            if (t.lowerText().equals(",") || t.lowerText().equals("--") || t.lowerText().equals(";")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a present-tense "verb" at token {@code i} is a noun the part-of-speech model misread: after an article,
     * an adjective, a number, or a singular noun it cannot agree with ("suffered a pipeline leak/VBP in 2006"), or
     * after singular names that an article, adjective or number opens as its modifiers ("by an overwhelming US
     * Senate vote/VBP on December 7").
     */
    private static boolean nounTakenForVerb(AnalyzedText text, int i) {
        Token t = text.tokens().get(i);
        if (!t.pos().equals("VBP") || i == 0) {
            return false;
        }
        int k = i - 1;
        while (k > 0 && text.tokens().get(k).pos().equals("NNP")) {
            k--;
        }
        String before = text.tokens().get(k).pos();
        return before.equals("DT") || before.startsWith("JJ") || before.equals("PRP$") || before.equals("CD")
                || k == i - 1 && before.equals("NN"); // "a deadly 2005 refinery/VBP explosion"
    }

    /** Whether the verb at {@code at} has "will" or "shall" in its group: "will be evicted", "will soon close". */
    private static boolean willHappen(AnalyzedText text, int at) {
        for (int i = at - 1; i >= 0 && isAuxiliary(text.tokens().get(i)); i--) {
            String low = text.tokens().get(i).lowerText();
            if (low.equals("will") || low.equals("shall") || low.equals("'ll")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAuxiliary(Token t) {
        String l = t.lemma().toLowerCase(java.util.Locale.ROOT);
        return t.pos().equals("MD") || t.pos().startsWith("RB") || (l.equals("be") || l.equals("have")
                || l.equals("do")) && t.isVerb() || t.text().equalsIgnoreCase("to");
    }

    /** Whether participle {@code t} follows the noun it modifies in an object or appositive ("a cap damaged"). */
    private static boolean reducedRelative(AnalyzedText text, Token t) {
        Sentence s = text.sentenceOf(t);
        int i = t.index();
        return i - 1 >= s.firstToken() && text.tokens().get(i - 1).isNoun()
                && GovernedPhrases.governedNounPhrase(text.tokens(), s, i);
    }

    /**
     * Whether a comma closes the relative clause of the verb at {@code at} before the date at tokens {@code first} to
     * {@code last}, and the main clause's finite verb follows the date: "The judge, who blocked the moratorium on
     * drilling, on Tuesday sold his holdings".
     */
    private static boolean commaClosesRelative(AnalyzedText text, int at, int first, int last) {
        List<Token> tokens = text.tokens();
        Sentence s = text.sentenceOf(tokens.get(at));
        boolean comma = false;
        for (int i = at + 1; i < first; i++) {
            comma |= tokens.get(i).text().equals(",");
        }
        int next = last + 1;
        if (next < s.endToken() && tokens.get(next).text().equals(",")) {
            next++;
        }
        while (next < s.endToken() && tokens.get(next).pos().equals("RB")) {
            next++;
        }
        return comma && next < s.endToken() && Phrases.isFiniteOrModal(tokens.get(next));
    }

    /**
     * Whether the date that starts at token {@code first} lies in a relative clause set off by commas, ", who" or ",
     * which", or in an appositive after the name that opens the sentence, that closes before the verb group at {@code
     * group}: an even number of commas (none, or a parenthetical's pair) between the relative word or the opening
     * comma and the date, and one more between the date and the verb. "Alexander Litvinenko, who according to his wife
     * became a British citizen on October 13, died on November 23".
     */
    private static boolean insideRelativeClause(AnalyzedText text, int first, int group) {
        List<Token> tokens = text.tokens();
        Sentence s = text.sentenceOf(tokens.get(first));
        boolean closed = false;
        for (int i = first + 1; i < group; i++) {
            closed |= tokens.get(i).text().equals(",");
        }
        if (!closed) {
            return false;
        }
        int commas = 0;
        boolean restrictive = false; // a "who" with no comma before it: the apposition's own relative clause
        for (int i = first - 1; i > s.firstToken(); i--) {
            String w = tokens.get(i).text().toLowerCase(java.util.Locale.ROOT);
            if ((w.equals("who") || w.equals("which") || w.equals("whose")) && tokens.get(i - 1).text().equals(",")) {
                return commas % 2 == 0;
            }
            restrictive |= commas == 0 && w.equals("who");
            if (w.equals(",") && commas % 2 == 0 && NounPhrases.isName(tokens, s.firstToken(), i)) {
                return true; // "Fabien Barthez, last seen keeping goal in July, has been offered a contract"
            }
            if (w.equals(",") && commas == 0 && restrictive && tokens.get(i - 1).pos().startsWith("NNP")) {
                // "On Monday, Alan Garcia, the Peruvian president who was talking about a crisis as recently as last
                // month, announced a bailout": the apposition's relative clause holds the date
                return true;
            }
            if (w.equals(",")) {
                commas++;
            } else if (w.equals(";") || w.equals("--") || w.equals(":")) {
                return false;
            }
        }
        return false;
    }

    /** How far back from a date a restrictive relative clause's "who", "that" or "which" is looked for. */
    private static final int RESTRICTIVE_REACH = 12;

    /**
     * Whether the date at tokens {@code first} to {@code last} ends a restrictive relative clause, no comma around it,
     * that has a verb of its own before the date, right before the verb group at {@code group}: "The admiral who
     * Obama put in charge last week issued BP with an ultimatum" (last week is the putting's).
     */
    private static boolean inRestrictiveRelative(AnalyzedText text, int first, int last, int group) {
        List<Token> tokens = text.tokens();
        Sentence s = text.sentenceOf(tokens.get(first));
        for (int i = last + 1; i < group; i++) {
            if (!tokens.get(i).pos().startsWith("RB")) {
                return false; // the event's verb group right after the date, adverbs aside
            }
        }
        boolean verb = false;
        for (int i = first - 1; i > s.firstToken() && first - i <= RESTRICTIVE_REACH; i--) {
            Token t = tokens.get(i);
            if (RELATIVE_WORDS.contains(t.lowerText()) && !t.lowerText().equals("when")
                    && !t.lowerText().equals("where")) {
                return verb && tokens.get(i - 1).isNoun();
            }
            if (t.text().equals(",") || t.text().equals(";") || t.text().equals("--")) {
                return false;
            }
            verb |= t.isVerb();
        }
        return false;
    }

    /** Relative pronouns that open an aside after a comma: "A top kill procedure, which was BP's best hope, failed". */
    private static final Set<String> RELATIVES = Set.of("which", "who", "whom", "whose");

    /**
     * Whether the word at {@code cue} stands in a relative clause that a comma and a relative pronoun open and a comma
     * closes before the event at {@code at}: "A top kill procedure, which was BP's best hope, failed on Saturday" (the
     * hope is the procedure's, and the failure is told).
     */
    static boolean inARelativeAsideBefore(List<Token> tokens, Sentence s, int cue, int at) {
        boolean closed = false;
        for (int k = cue + 1; k < at && !closed; k++) {
            closed = tokens.get(k).text().equals(",");
        }
        for (int k = cue - 1; closed && k > s.firstToken(); k--) {
            String w = tokens.get(k).lowerText();
            if (w.equals(",")) {
                return false;
            }
            if (RELATIVES.contains(w)) {
                return tokens.get(k - 1).text().equals(",");
            }
        }
        return false;
    }

    /**
     * Whether the verb at {@code at} opens a relative clause: its verb group follows "who", "which" or "that", or
     * "whose" and the noun it owns ("Miyazato, whose brother shared the lead, slumped to a 78").
     */
    static boolean inRelativeClause(AnalyzedText text, int at) {
        int group = at;
        Sentence s = text.sentenceOf(text.tokens().get(at));
        while (group - 1 > s.firstToken() && isAuxiliary(text.tokens().get(group - 1))) {
            group--;
        }
        if (group - 1 >= s.firstToken()
                && RELATIVE_PRONOUNS.contains(text.tokens().get(group - 1).text().toLowerCase(java.util.Locale.ROOT))) {
            return true;
        }
        // "BP, which leased the rig and [took] the lead in the cleanup, said Friday": back over a few conjuncts
        int first = SharedSubjects.firstConjunct(text.tokens(), s, group);
        for (int n = 0; first >= 0 && n < MAX_CONJUNCTS; n++) {
            int before = first;
            while (before - 1 > s.firstToken() && isAuxiliary(text.tokens().get(before - 1))) {
                before--;
            }
            if (before - 1 >= s.firstToken() && RELATIVE_PRONOUNS.contains(
                    text.tokens().get(before - 1).text().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
            first = SharedSubjects.firstConjunct(text.tokens(), s, before);
        }
        int k = group - 1;
        while (k > s.firstToken() && group - k <= OWNED_NOUN && (text.tokens().get(k).isNoun()
                || text.tokens().get(k).pos().startsWith("JJ") || text.tokens().get(k).pos().equals("CD"))) {
            k--;
        }
        return k < group - 1 && text.tokens().get(k).lowerText().equals("whose");
    }

    /** How many predicates "and" may chain before a relative clause's verb is no longer looked for. */
    private static final int MAX_CONJUNCTS = 4;
    /**
     * Whether a verb stands between tokens {@code after} and {@code before} (both excluded): a relative clause after it
     * tells of its object, not of what the date before it places ("The April 20 explosion, which killed" has none).
     */
    static boolean verbBetween(AnalyzedText text, int after, int before) {
        for (int i = after + 1; i < before; i++) {
            if (text.tokens().get(i).isVerb()) {
                return true;
            }
        }
        return false;
    }

    static boolean trailingAttribution(AnalyzedText text, int event, int report) {
        // the words, not their tags: the part-of-speech model tags "which" as a pronoun
        List<Token> tokens = text.tokens();
        for (int i = report - 1; i > event; i--) {
            Token t = tokens.get(i);
            if (t.text().equals(",")) {
                return true; // ", police said" and ", said the police"
            }
            if (t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("MD")
                    || RELATIVE_WORDS.contains(t.text().toLowerCase(java.util.Locale.ROOT))) {
                return false; // "..., which officials said", "the man who said": not an attribution
            }
        }
        return false;
    }
}
