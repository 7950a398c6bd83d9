package dev.timeline.happening;

import dev.timeline.event.Aspect;
import dev.timeline.event.EventAnalysis;
import dev.timeline.event.EventClass;
import dev.timeline.event.EventMention;
import dev.timeline.event.Tense;
import dev.timeline.tag.Mention;
import dev.timeline.tag.TimexType;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.LanguageLayer;
import dev.timeline.text.Sentence;
import dev.timeline.text.TextSpan;
import dev.timeline.text.Token;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The happening of an article's lead when the lead names no date: news opens on what has just happened ("BP has
 * succeeded in stemming the flow of oil", "Rebels seized the airport"), and the creation date bounds it. The lead's
 * first verb that tells a happening in the past or the present perfect, with a subject, is placed <em>on or before</em>
 * the creation date: that much the tense says, and no more. Stateless.
 */
final class LeadHappenings {
    /** The TIMEX3 mod of a happening that the creation date bounds. */
    static final String ON_OR_BEFORE = "ON_OR_BEFORE";
    /** Words that open a subordinate clause or a frame of time before the main clause ("During his rule, ..."). */
    private static final java.util.Set<String> SUBORDINATORS = java.util.Set.of("after", "before", "when", "while",
            "as", "if", "although", "though", "because", "since", "once", "despite", "unless", "until", "with",
            "during", "throughout", "under", "amid", "following", "for", "over");
    /** The shortest lead, in tokens: a shorter first sentence is a headline or a caption. */
    private static final int MIN_TOKENS = 12;
    /**
     * How many sentences after a lead dated to a day may tell its story on that day, each naming no date. On the
     * working sets of 2026-12-05, the second sentence gave 41 events, about four in five right by a first reading,
     * the third 23 (about as many right) and the fourth 7 (all right).
     */
    private static final int FOLLOWERS = 3;
    /** How far into the article its lead may start, in characters (past a headline, dateline and byline). */
    static final int REACH = 800;

    private LeadHappenings() {
    }

    /**
     * The happening of the lead of {@code analysis}, the analysis of the article's first {@value #REACH} characters
     * or more, if the lead names no date and tells a happening of its own.
     */
    static Optional<LearnedHappenings.Found> find(String documentId, EventAnalysis analysis,
            ClauseTitles.Names names, LocalDate dct) {
        AnalyzedText text = analysis.text();
        Optional<Sentence> lead = lead(text);
        if (lead.isEmpty() || namesADate(text, analysis.timexes(), lead.get())) {
            return Optional.empty();
        }
        return firstHappening(documentId, analysis, names, lead.get(), dct.toString(), ON_OR_BEFORE, false);
    }

    /**
     * The happening of a sentence right after a lead that dates its happening to a day (or of one after that, up to
     * {@value #FOLLOWERS}, none naming a date), if it tells a happening in the simple past: news tells the lead's
     * story on in the sentences that follow it ("Violence flared in Jaffna Tuesday. A soldier was killed after rebels
     * fired on a checkpoint, officials said."), so the happening took place on the lead's day. {@code analysis} is
     * the analysis of the article's head around the sentence that starts at {@code start}.
     */
    static Optional<LearnedHappenings.Found> follower(String documentId, EventAnalysis analysis,
            ClauseTitles.Names names, int start, LocalDate day) {
        AnalyzedText text = analysis.text();
        for (Sentence s : text.sentences()) {
            if (s.start() <= start && start < s.end()) {
                // "During his trip, he reached out to Muslims": a frame that opens the sentence may span more days;
                // a quotation opening it is someone's words
                Token first = text.tokens().get(ArticleProse.articleStart(text, s));
                boolean framed = SUBORDINATORS.contains(first.lowerText()) || Phrases.isQuote(first.text());
                return framed ? Optional.empty()
                        : firstHappening(documentId, analysis, names, s, day.toString(), null, true);
            }
        }
        return Optional.empty();
    }

    /**
     * The happening that the first verb of sentence {@code s} tells, placed on {@code value} with {@code mod}: the
     * sentence's first verb tells what it is about, so a statement, a state or a plan there is no happening, and a verb
     * further on belongs to another clause. When {@code simplePast}, the verb is in the simple past, not the present
     * perfect.
     */
    private static Optional<LearnedHappenings.Found> firstHappening(String documentId, EventAnalysis analysis,
            ClauseTitles.Names names, Sentence s, String value, String mod, boolean simplePast) {
        AnalyzedText text = analysis.text();
        boolean[] covered = LearnedHappenings.covered(text, analysis.timexes());
        EventMention report = null;
        int from = ArticleProse.articleStart(text, s); // past a headline that a page's stamp ran into the lead
        int openingPhraseEnd = openingParticipleEnd(text, s, from);
        for (EventMention e : analysis.events()) {
            if (e.token().index() < from || e.token().index() >= s.endToken()) {
                continue;
            }
            if (ClauseSubjects.isReportingVerb(e.token())) {
                report = report == null ? e : report; // "Police said a bomb exploded": the bomb is the lead's
                continue;
            }
            if (!e.token().isVerb() || ClauseBoundaries.inRelativeClause(text, e.token().index())) {
                continue; // "The 30-year-old patient, who has been named only as Bao, tested positive"
            }
            if (reducedRelative(text, s, from, e.token())) {
                continue; // "An experimental vaccine developed by GlaxoSmithKline ... triggers": the noun's participle
            }
            if (e.token().index() < openingPhraseEnd) {
                continue; // "Confined to a wheelchair, Taki was greeted": a participle's phrase opens the sentence
            }
            if (!tellsAPastHappening(text, e) || simplePast && e.tense() != Tense.PAST) {
                return Optional.empty();
            }
            Optional<ClauseTitles.Title> title = report != null
                    ? ClauseTitles.ofReported(text, e, report, covered, names)
                    : ClauseTitles.of(text, e, covered, names);
            if (title.isEmpty() || !title.get().hasSubject() || title.get().isModifier()) {
                return Optional.empty();
            }
            return Optional.of(new LearnedHappenings.Found(LearnedHappenings.happening(documentId, text, s,
                    title.get(), names, value, mod, e.confidence()), false, true, false));
        }
        return Optional.empty();
    }

    /**
     * The spans in {@code head}, the article's first {@value #REACH} characters, that may hold the lead when it names
     * no date of {@code timexes}: the first sentence of at least {@value #MIN_TOKENS} tokens that ends on a full stop
     * or an exclamation mark (closing quotes or brackets after it), and the next such sentence when it names no date
     * either, in case the first is a caption with no verb ("Oil in the water at the site of the spill in the Gulf of
     * Mexico."). None when the first names a date. Tokenizing only, so that articles whose lead names a date, most of
     * them, cost nothing more.
     */
    static List<TextSpan> undatedLead(String head, List<Mention> timexes) {
        LanguageLayer layer = LanguageLayer.english();
        List<TextSpan> spans = new java.util.ArrayList<>(2);
        for (TextSpan s : layer.sentences(head)) {
            if (!proseSentence(layer, head, s)) {
                continue;
            }
            if (namesADate(head, timexes, s)) {
                return spans;
            }
            spans.add(s);
            if (spans.size() == 2) {
                return spans;
            }
        }
        return spans;
    }

    /**
     * The spans of the sentences right after the lead in {@code head}, the article's first {@value #REACH}
     * characters, when the lead (as {@link #undatedLead} finds it) names a date of {@code timexes}: up to
     * {@value #FOLLOWERS} sentences, prose that ends on a full stop and names none, up to the first that does not; the
     * lead's span first. Tokenizing only.
     */
    static Optional<List<TextSpan>> datedLead(String head, List<Mention> timexes) {
        LanguageLayer layer = LanguageLayer.english();
        List<TextSpan> sentences = layer.sentences(head);
        for (int i = 0; i < sentences.size(); i++) {
            TextSpan s = sentences.get(i);
            if (!proseSentence(layer, head, s)) {
                continue;
            }
            if (!namesADate(head, timexes, s) || i + 1 >= sentences.size()) {
                return Optional.empty();
            }
            List<TextSpan> spans = new java.util.ArrayList<>(List.of(s));
            for (int j = i + 1; j < sentences.size() && j <= i + FOLLOWERS; j++) {
                TextSpan next = sentences.get(j);
                if (!endsOnAFullStop(head, next) || ArticleProse.notProse(head.substring(next.start(), next.end()))
                        || namesADate(head, timexes, next)) {
                    break;
                }
                spans.add(next);
            }
            return spans.size() > 1 ? Optional.of(spans) : Optional.empty();
        }
        return Optional.empty();
    }

    /** Whether span {@code s} of {@code head} may be a lead: prose of {@value #MIN_TOKENS} tokens or more. */
    private static boolean proseSentence(LanguageLayer layer, String head, TextSpan s) {
        String sentence = head.substring(s.start(), s.end()).strip();
        return endsOnAFullStop(head, s) && layer.tokens(sentence).size() >= MIN_TOKENS
                && !ArticleProse.notProse(sentence);
    }

    /** Whether the span {@code s} of {@code head} ends on a full stop or an exclamation mark, maybe quotes after it. */
    private static boolean endsOnAFullStop(String head, TextSpan s) {
        String sentence = head.substring(s.start(), s.end()).strip();
        int last = sentence.length() - 1;
        while (last > 0 && "\"')]\u201D\u2019".indexOf(sentence.charAt(last)) >= 0) {
            last--;
        }
        return last >= 0 && (sentence.charAt(last) == '.' || sentence.charAt(last) == '!');
    }

    private static boolean namesADate(String head, List<Mention> timexes, TextSpan s) {
        return timexes.stream().anyMatch(m -> calendarDate(m) && m.start() < s.end() && m.end() > s.start()
                && !newTerm(head, m) && !reportsDay(head, m));
    }

    /**
     * The end of the participle's phrase that opens sentence {@code s} at token {@code from}, its first comma ("Coming
     * ten weeks after the pope outraged Muslims, the trip ..."); {@code from} when no participle opens it (a past form
     * opening a sentence is a participle: no subject stands before it).
     */
    private static int openingParticipleEnd(AnalyzedText text, Sentence s, int from) {
        Token first = text.tokens().get(from);
        if (!(first.pos().equals("VBN") || first.pos().equals("VBG")
                || first.pos().equals("VBD") && first.mayBePastParticiple())) {
            return from;
        }
        for (int i = from + 1; i < s.endToken(); i++) {
            if (text.tokens().get(i).text().equals(",")) {
                return i;
            }
        }
        return from;
    }

    /** The day that {@code value}, a TIMEX3 value, names, if it names one day ("2010-03-16", not "2010-03"). */
    static Optional<LocalDate> day(String value) {
        if (value.length() != 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The lead: the first prose sentence of at least {@value #MIN_TOKENS} tokens with a verb (prose ends on its full
     * stop, so a sentence that the end of the text read cuts is none; a photo's caption may have no verb).
     */
    private static Optional<Sentence> lead(AnalyzedText text) {
        for (Sentence s : text.sentences()) {
            if (s.endToken() - s.firstToken() >= MIN_TOKENS && ArticleProse.isProse(text, s)
                    && text.tokens().subList(s.firstToken(), s.endToken()).stream().anyMatch(Token::isVerb)) {
                // "After Adam and Eve sinned, ...": a lead that opens on a subordinate clause opens on background
                boolean subordinate = SUBORDINATORS.contains(text.tokens().get(s.firstToken()).lowerText());
                return runsOn(text, s) || subordinate ? Optional.empty() : Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a headline, standfirst, caption or byline without its full stop runs on into the sentence: a
     * capitalized common noun right after a lower-case word ("Colombian farmers sue for negligence Farmers claim"; not
     * a name in apposition: "the drug Zentrel in the trial"), a
     * capitalized article right after a word ("carrying some 2,000 passengers A cruise ship", "Lake Baikal The
     * subs"), or two words in capitals ("HOW SWINE FLU OUTBREAK EMERGED Flu viruses").
     */
    private static boolean runsOn(AnalyzedText text, Sentence s) {
        // words in capitals count past a dateline or byline that page furniture cuts off ("July 15, 2010 - 7:48 AM |
        // by : Ana Ruiz"); a bullet's "cents" before a capital does not ("cents Operation to cut broken pipe")
        int prefixEnd = ArticleProse.articleStart(text, s);
        for (int i = s.firstToken() + 1; i < s.endToken(); i++) {
            Token t = text.tokens().get(i);
            String word = t.text();
            String before = text.tokens().get(i - 1).text();
            boolean afterWord = Character.isLetterOrDigit(before.charAt(before.length() - 1));
            if ((t.pos().equals("NN") || t.pos().equals("NNS")) && Character.isUpperCase(word.charAt(0))
                    && word.chars().skip(1).noneMatch(Character::isUpperCase) // "oil giant ExxonMobil" is a name
                    && before.chars().allMatch(Character::isLowerCase)
                    && !nameInApposition(text, s, i) // "the drug Zentrel in the trial"
                    || afterWord && (word.equals("A") || word.equals("An") || word.equals("The"))
                    || i - 1 >= prefixEnd && word.length() > 2 && before.length() > 2 && isCapitals(word)
                    && isCapitals(before)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the capitalized singular noun at {@code at} names what the common noun before it is, a preposition or a
     * mark after it: "the drug Zentrel in the trial" (not "drilling ban report Changes to the text": a plural).
     */
    private static boolean nameInApposition(AnalyzedText text, Sentence s, int at) {
        if (at + 1 >= s.endToken() || !text.tokens().get(at).pos().equals("NN")
                || !text.tokens().get(at - 1).isNoun()) {
            return false;
        }
        Token next = text.tokens().get(at + 1);
        return next.pos().equals("IN") || next.text().equals(",") || next.text().equals(".");
    }

    private static boolean isCapitals(String word) {
        return word.chars().allMatch(c -> Character.isUpperCase(c) || c == '-');
    }

    /**
     * Whether {@code m} is a date or time on the calendar: "recently" (PAST_REF) or "now" dates nothing, so a lead
     * that says "has recently published" is still bounded by the creation date alone.
     */
    private static boolean calendarDate(Mention m) {
        return (m.type() == TimexType.DATE || m.type() == TimexType.TIME) && !m.value().endsWith("_REF");
    }

    private static boolean namesADate(AnalyzedText text, List<Mention> timexes, Sentence s) {
        int from = ArticleProse.articleStartOffset(text, s); // a page's stamp before the lead dates the page
        return timexes.stream().anyMatch(m -> calendarDate(m) && m.start() < s.end() && m.end() > from
                && !newTerm(text.text(), m) && !reportsDay(text.text(), m));
    }

    /** The verbs after "to" that make a participle after a noun a raised passive: "held to have", "believed to be". */
    private static final java.util.Set<String> RAISED = java.util.Set.of("have", "be");

    /**
     * Whether the verb {@code t} of the lead {@code s} is a participle right after the noun it tells of: an "-ing" form
     * after a noun ("a cruise ship carrying 2,000 passengers"); a past form after a noun, maybe with an adverb between,
     * and with "by" or a raised "to have" or "to be" after it ("a vaccine developed by GlaxoSmithKline", "a strip of
     * cloth traditionally held to have wrapped the body") or a finite verb before it from token {@code from} on ("bears
     * responsibility for atrocities committed in Darfur"); not "Iraqi police found".
     */
    private static boolean reducedRelative(AnalyzedText text, Sentence s, int from, Token t) {
        int at = t.index();
        if (t.pos().equals("VBG") && at - 1 >= Math.max(from, s.firstToken()) && text.tokens().get(at - 1).isNoun()) {
            return true; // "A cruise ship carrying 2,000 passengers has been ordered to stay at sea"
        }
        // "a strip of cloth traditionally held to have wrapped the body": an adverb may stand between the two
        int noun = at - 1 >= s.firstToken() && text.tokens().get(at - 1).pos().equals("RB") ? at - 2 : at - 1;
        if (!(t.pos().equals("VBN") || t.pos().equals("VBD") && t.mayBePastParticiple()) || noun < s.firstToken()
                || !text.tokens().get(noun).isNoun()) {
            return false;
        }
        if (at + 1 < s.endToken() && text.tokens().get(at + 1).lowerText().equals("by")
                || at + 2 < s.endToken() && text.tokens().get(at + 1).lowerText().equals("to")
                && RAISED.contains(text.tokens().get(at + 2).lowerText())) {
            return true; // "a vaccine developed by", "a cloth held to have wrapped", "a man believed to be"
        }
        for (int k = Math.max(from, s.firstToken()); k < at; k++) {
            Token before = text.tokens().get(k);
            if (Phrases.isFiniteOrModal(before) && !ClauseSubjects.isReportingVerb(before)) {
                return true; // "Police said a car bomb exploded": the report's verb is no main verb of its own
            }
        }
        return false;
    }

    /**
     * A report that closes its sentence after a comma, right before its day: ", a report said [Wednesday].", ", the
     * military announced [Sunday].", ", officials said here [Tuesday].", ", a spokesman told AFP [on Monday]."
     */
    private static final java.util.regex.Pattern TRAILING_REPORT = java.util.regex.Pattern.compile(
            "(?i),\\s+(?:[\\w'\u2019.-]+\\s+){0,5}(?:(?:said|says|reported|reports|announced|announces|confirmed"
            + "|confirms|disclosed|stated)|(?:told|tells)\\s+[\\w'\u2019.-]+(?:\\s+[\\w'\u2019.-]+)?)"
            + "\\s+(?:here\\s+)?(?:on\\s+)?$");
    /** How far before its day a trailing report is looked for, in characters. */
    private static final int REPORT_REACH = 60;

    /**
     * Whether {@code m}, an expression of {@code text}, is the day of a report that closes the lead ("Two Russian
     * aircraft have arrived in South Sumatra to help fight fires, a report said Wednesday.", perhaps with a participle
     * after it, {@link #REPORT_END}): it dates the report, and the lead's happening stays undated, on or before the
     * article's day.
     */
    static boolean reportsDay(String text, Mention m) {
        return REPORT_END.matcher(text).region(m.end(), text.length()).lookingAt()
                && TRAILING_REPORT.matcher(text).region(Math.max(0, m.start() - REPORT_REACH), m.start()).find();
    }

    /**
     * What may follow the day of a report that closes the lead: the full stop, or a participle that adds what the
     * happening brought about ("has won a landslide re-election, officials said Monday, sparking claims of fraud").
     */
    private static final java.util.regex.Pattern REPORT_END = java.util.regex.Pattern.compile(
            "\\s*(?:\\.|,\\s+\\p{Ll}+ing\\b)");

    /** "until", "till" or "to" right before an expression: a delay's new term ("has delayed the trial until May"). */
    private static final java.util.regex.Pattern NEW_TERM = java.util.regex.Pattern.compile(
            "(?i)\\b(?:until|till|to)\\s+$");

    /**
     * Whether {@code m}, an expression of {@code text}, is the new term that a lead sets ("A US judge has delayed the
     * trial of Michael Jackson's doctor until May"): it dates no happening of the lead's, which stays undated.
     */
    private static boolean newTerm(String text, Mention m) {
        return NEW_TERM.matcher(text).region(Math.max(0, m.start() - 8), m.start()).find();
    }

    /**
     * Whether {@code e} is a verb that tells a happening already past: an occurrence, aspectual event or decision in
     * the simple past or the present perfect, asserted, neither a statistic nor a mood nor a hypothesis.
     */
    private static boolean tellsAPastHappening(AnalyzedText text, EventMention e) {
        boolean past = e.tense() == Tense.PAST && e.aspect() == Aspect.NONE
                || e.tense() == Tense.PRESENT && e.aspect() == Aspect.PERFECTIVE;
        return past && e.token().isVerb() && e.eventClass() != EventClass.REPORTING
                && HappeningFilters.isHappeningEvent(text, e) && !Plans.hypothetical(text, e)
                && !Plans.governedInfinitive(text, e) && !HappeningFilters.negatedNoun(text, e)
                && !Measures.moodOrState(text, e, List.of()) // a lead names no date
                && !Measures.level(text, e, List.of()) // "The Dow ended up 29.08 points at 12,307.49"
                && !Measures.isChange(e.verbLemma()) && !Responses.responds(text, e)
                && !TollUpdates.findsMoreDead(text, e)
                // "seven more people have died, bringing the number of deaths to 17", "has received 15,000 claims so
                // far": a running count
                && !HappeningFilters.addsCasesToATotal(text, text.sentenceOf(e.token()))
                && !HappeningFilters.countedSoFar(text, e);
    }
}
