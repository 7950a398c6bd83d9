package dev.timeline.happening;

import dev.timeline.event.Aspect;
import dev.timeline.event.EventClass;
import dev.timeline.event.EventMention;
import dev.timeline.event.Tense;
import dev.timeline.event.TimeAnchor;
import dev.timeline.tag.Mention;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The happening a dated report tells of: "BP said on Sunday that it had capped the well", "The company said
 * Wednesday it had agreed to buy its rival". News dates the report, not what it reports; a newsroom's chronology
 * puts the reported happening on the report's day when the report is the first word of it. Taken only when
 * <ul>
 *   <li>a verb of saying ({@code reporting-verbs.txt}), asserted and not an infinitive, carries the date right after
 *       it ("said on Sunday", "announced Tuesday"), after its one-word hearer ("told reporters late Friday") or the talk
 *       it was made in ("said in a statement on Monday"), or the date opens the sentence before a comma and the
 *       report's subject ("On Friday, police said two men were arrested");
 *   <li>the event is the verb of the clause that follows, in the past, the present perfect or the present
 *       progressive ("said Friday she is dispatching attorneys"), asserted, with no verb
 *       between them ("said Monday the suspect had fled", not "said Monday the suspect, who fled, ...");
 *   <li>the date names a day and is the sentence's only date, and the clause is not quoted.
 * </ul>
 * Stateless.
 */
final class ReportedHappenings {
    /** Subject pronouns that may stand for the sayer of the saying right before them: "Toyota said it". */
    private static final Set<String> PRONOUNS = Set.of("it", "they");
    /** Words that may stand between a verb of saying and its date: "said on Sunday". */
    private static final Set<String> DATE_LINKS = Set.of("on", "late", "early");
    private static final Set<String> QUOTES = Set.of("\"", "\u201C", "\u201D", "``", "''");
    /**
     * The value of a day, a part of a day or a week, the dates of a report that may date what it tells ("reported
     * this week", "said last night").
     */
    private static final java.util.regex.Pattern DAY_OR_WEEK = java.util.regex.Pattern.compile(
            "\\d{4}-(\\d{2}-\\d{2}(T(MO|AF|EV|NI))?|W\\d{2})");
    /** Lemmas of auxiliaries: between a report and its event ("that it had capped"), before a verb ("has run"). */
    static final Set<String> AUXILIARIES = Set.of("have", "be", "do");

    /** Verbs of saying that take their hearer before the date: "told reporters late Friday". */
    private static final Set<String> TELLING = Set.of("tell", "inform", "brief");

    private ReportedHappenings() {
    }

    /** Whether the phrase at {@code at} names the talk a saying was made in: "in a statement", "in an interview". */
    static boolean inATalk(List<Token> tokens, int at) {
        return Phrases.low(tokens.get(at)).equals("in")
                && (tokens.get(at + 1).pos().equals("DT") || tokens.get(at + 1).pos().equals("PRP$"))
                && Responses.isTalkNoun(tokens.get(at + 2));
    }

    /** Whether {@code t} may be a one-word hearer of a telling: "reporters", "AFP", "him". */
    private static boolean isHearer(Token t) {
        return t.isNoun() || t.pos().equals("PRP");
    }

    /**
     * The anchor {@code a} of a present perfect that a dated report of its sentence tells ({@link #reportOf}: "Velo and
     * Korvo said Wednesday they have agreed to pool $1 billion"), or of the main verb before a report that closes the
     * sentence ({@link #mainVerbOfATrailingReport}), as sure as a happening's anchor needs to be ({@link
     * HappeningFilters#MIN_ANCHOR}): the learned anchorer, which TimeBank taught to leave a present perfect at the
     * article's time, is unsure of them, but the report's day bounds what it tells. Any other anchor as it is.
     */
    static TimeAnchor reportedAnchor(AnalyzedText text, List<EventMention> eventsOfSentence,
            List<Mention> datesOfSentence, TimeAnchor a) {
        EventMention e = a.event();
        boolean perfect = e.tense() == Tense.PRESENT && e.aspect() == Aspect.PERFECTIVE;
        return a.confidence() < HappeningFilters.MIN_ANCHOR && (perfect
                && reportOf(text, eventsOfSentence, datesOfSentence, a).isPresent()
                || mainVerbOfATrailingReport(text, e, a.timex()))
                ? new TimeAnchor(e, a.timex(), a.relation(), HappeningFilters.MIN_ANCHOR) : a;
    }

    /**
     * Whether {@code e} is the first finite verb of its sentence, before any comma, asserted in the simple past or the
     * present perfect, no relative clause's, and {@code timex} the day of a report that closes the sentence ("The Velo
     * council adopted a Tarnian proposal to aid small firms, the Tarnian minister said on Monday", {@link
     * LeadHappenings#reportsDay}): the report tells the main clause, of which the learned anchorer may be unsure so far
     * from the day, though a clause nearer the day stands between ("arrested 19 people overnight as they prepared for
     * a crackdown").
     */
    static boolean mainVerbOfATrailingReport(AnalyzedText text, EventMention e, Mention timex) {
        if (!e.token().isVerb() || !e.isAsserted() || !(e.tense() == Tense.PAST && e.aspect() == Aspect.NONE
                && e.token().pos().equals("VBD") || e.tense() == Tense.PRESENT && e.aspect() == Aspect.PERFECTIVE)
                || timex.start() < e.token().end() || !LeadHappenings.reportsDay(text.text(), timex)
                || ClauseBoundaries.inRelativeClause(text, e.token().index())) {
            return false; // "A climber who fell while abseiling has died, police said Thursday": the fall is earlier
        }
        Sentence s = text.sentenceOf(e.token());
        // "has been postponed": the event's own auxiliaries and adverbs are no verb before it
        int group = e.token().index();
        while (group - 1 > s.firstToken() && (text.tokens().get(group - 1).pos().startsWith("RB")
                || text.tokens().get(group - 1).isVerb()
                && AUXILIARIES.contains(text.tokens().get(group - 1).lemma().toLowerCase(Locale.ROOT)))) {
            group--;
        }
        for (int i = s.firstToken(); i < group; i++) {
            // "the shroud, a strip of cloth traditionally held/VBD to have wrapped a saint, is": no verb of an aside
            if (Phrases.isFiniteOrModal(text.tokens().get(i)) || text.tokens().get(i).text().equals(",")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The report whose day dates the anchored event {@code a}, if the event is what a dated report of its sentence
     * tells; {@code eventsOfSentence} and {@code datesOfSentence} are the events and dates of its sentence.
     */
    static Optional<EventMention> reportOf(AnalyzedText text, List<EventMention> eventsOfSentence,
            List<Mention> datesOfSentence, TimeAnchor a) {
        EventMention e = a.event();
        // a week dates only a perfect, on or before it: "reported this week that two dolphins had died"
        boolean week = a.timex().value().contains("W");
        if (datesOfSentence.size() != 1 || !DAY_OR_WEEK.matcher(a.timex().value()).matches() || !e.token().isVerb()
                || week && e.aspect() != Aspect.PERFECTIVE
                || !e.isAsserted() || !(e.tense() == Tense.PAST
                || e.tense() == Tense.PRESENT && e.aspect() == Aspect.PERFECTIVE
                || e.tense() == Tense.PRESENT && e.aspect() == Aspect.PROGRESSIVE && !week)) {
            return Optional.empty();
        }
        List<Token> tokens = text.tokens();
        int next = e.token().index() + 1;
        while (next < tokens.size() && tokens.get(next).pos().equals("RB")) {
            next++;
        }
        if (AUXILIARIES.contains(e.token().lemma()) && next < tokens.size() && tokens.get(next).isVerb()) {
            return Optional.empty(); // "had [successfully] capped": the auxiliary is not the happening
        }
        List<Token> timex = text.tokensIn(a.timex().start(), a.timex().end());
        int first = timex.get(0).index();
        int last = timex.get(timex.size() - 1).index();
        if (last >= e.token().index()) {
            return Optional.empty();
        }
        boolean fronted = frontedDate(text, first, last);
        for (EventMention r : eventsOfSentence) {
            int at = r.token().index();
            boolean saying = r.eventClass() == EventClass.REPORTING && ClauseSubjects.isReportingVerb(r.token())
                    && r.isAsserted() && r.tense() != Tense.INFINITIVE;
            // "said Monday", "said on Monday", "told reporters late Friday", "told AFP on Monday", "said in a statement
            // on Monday"
            int hearer = at + 1 < first && isHearer(tokens.get(at + 1)) && TELLING.contains(r.token().lemma()) ? 1
                    : at + 3 < first && inATalk(tokens, at + 1) ? 3 : 0;
            boolean dated = at < first && (first == at + 1 + hearer || first == at + 2 + hearer
                    && DATE_LINKS.contains(tokens.get(at + 1 + hearer).text().toLowerCase(Locale.ROOT)));
            if (saying && dated && plainClauseBetween(tokens, last + 1, e.token().index())) {
                return Optional.of(r);
            }
            // "On Friday, police said two men were arrested": the date that opens the sentence is the report's
            if (saying && fronted && at > last && at < e.token().index() && plainClauseBetween(tokens, last + 2, at)
                    && plainClauseBetween(tokens, at + 1, e.token().index())) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether date {@code m} dates a verb of saying right before it, before the verb at {@code event}, in the sentence
     * of both: "Smith said [Monday] that rebels seized the airport on Sunday", "told reporters on Tuesday". The
     * saying's day is not the day of what it tells when that has a date of its own.
     */
    static boolean datesASayingBefore(AnalyzedText text, Mention m, int event) {
        List<Token> covered = text.tokensIn(m.start(), m.end());
        if (covered.isEmpty() || covered.get(covered.size() - 1).index() >= event) {
            return false;
        }
        List<Token> tokens = text.tokens();
        int first = covered.get(0).index();
        int start = text.sentenceOf(tokens.get(event)).firstToken();
        int verb = first - 1;
        if (verb > start && DATE_LINKS.contains(Phrases.low(tokens.get(verb)))) {
            verb--;
            // the one-word hearer of a telling: "told reporters on Tuesday", "told AFP on Monday"
            if (verb > start && isHearer(tokens.get(verb))
                    && ClauseSubjects.isReportingVerb(tokens.get(verb - 1))) {
                verb--;
            }
        }
        return verb >= start && ClauseSubjects.isReportingVerb(tokens.get(verb));
    }

    /**
     * Whether the date at tokens {@code [first, last]} opens its sentence, "on" perhaps before it, and a comma follows
     * it ("On Friday, police said ...").
     */
    private static boolean frontedDate(AnalyzedText text, int first, int last) {
        List<Token> tokens = text.tokens();
        int start = text.sentenceOf(tokens.get(first)).firstToken();
        boolean opens = first == start || first == start + 1 && Phrases.low(tokens.get(start)).equals("on");
        return opens && last + 1 < tokens.size() && tokens.get(last + 1).text().equals(",");
    }

    /**
     * Whether tokens {@code [from, to)} hold no verb but auxiliaries, participles before a noun ("masked men") and
     * "-ing" forms after one ("a ferry carrying 90 passengers"), no aside, no quotation mark and no relative pronoun
     * but the "that" that opens them.
     */
    private static boolean plainClauseBetween(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            boolean modifier = (t.pos().equals("VBN") || t.pos().equals("VBD") || t.pos().equals("VBG"))
                    && i + 1 < to && tokens.get(i + 1).isNoun() // "that masked/VBD men robbed a shop"
                    || t.pos().equals("VBG") && i > from && tokens.get(i - 1).isNoun(); // "a ferry carrying 90"
            if ((t.isVerb() || t.pos().equals("MD")) && !AUXILIARIES.contains(t.lemma()) && !modifier) {
                return false;
            }
            if (t.text().equals(",") || t.text().equals(";")) {
                return false; // "said Monday, as the storm hit, that": an aside
            }
            if (i > from && Phrases.RELATIVE_PRONOUNS.contains(Phrases.low(t))) {
                return false; // "said that the crisis that has seized markets could": the event is a relative's
            }
            if (QUOTES.contains(t.text())) {
                return false; // 'said Saturday that "the fire destroyed everything"': the speaker's words, of any day
            }
        }
        return true;
    }

    /**
     * The saying whose subject the pronoun subject of active verb {@code e} stands for, right before it: "Toyota said
     * [it] recalled 400,000 cars in 2009", "Police said [they] arrested three men on Monday", "that" between them or
     * not, the saying's date too ("Acme said on Sunday that it sold the plant on Friday"). A passive's "it" may stand
     * for anything ("Officials said it was destroyed in 2005"): none.
     */
    static Optional<EventMention> sayerOfItsPronoun(AnalyzedText text, EventMention e,
            List<EventMention> eventsOfSentence, List<Mention> datesOfSentence) {
        List<Token> tokens = text.tokens();
        Sentence s = text.sentenceOf(e.token());
        int g = e.token().index();
        while (g - 1 >= s.firstToken() && (tokens.get(g - 1).isVerb() || tokens.get(g - 1).pos().equals("MD")
                || tokens.get(g - 1).pos().startsWith("RB"))) {
            if (tokens.get(g - 1).lemma().equals("be")) {
                return Optional.empty(); // "it was destroyed": what "it" is, the saying does not tell
            }
            g--;
        }
        if (!e.token().isVerb() || g - 2 < s.firstToken() || !PRONOUNS.contains(Phrases.low(tokens.get(g - 1)))) {
            return Optional.empty();
        }
        int say = Phrases.low(tokens.get(g - 2)).equals("that") ? g - 3 : g - 2;
        say = beforeItsDate(text, say, datesOfSentence);
        int sayer = say;
        return eventsOfSentence.stream().filter(r -> r.token().index() == sayer && r.token().isVerb()
                && r.eventClass() == EventClass.REPORTING && HappeningFilters.SAYING.contains(r.verbLemma()))
                .findFirst();
    }

    /**
     * The index of the word before the saying's date that ends at token {@code at}, "on", "late" or "early" before
     * it too ("said [on Sunday] that it"), or {@code at} itself when no date of {@code datesOfSentence} ends there.
     */
    private static int beforeItsDate(AnalyzedText text, int at, List<Mention> datesOfSentence) {
        if (at < 0) {
            return at;
        }
        Token end = text.tokens().get(at);
        for (Mention m : datesOfSentence) {
            List<Token> date = text.tokensIn(m.start(), m.end());
            if (!date.isEmpty() && date.get(date.size() - 1).index() == at) {
                int before = date.get(0).index() - 1;
                Sentence s = text.sentenceOf(end);
                return before > s.firstToken() && DATE_LINKS.contains(Phrases.low(text.tokens().get(before)))
                        ? before - 1 : before;
            }
        }
        return at;
    }
}
