package dev.timeline.happening;

import dev.timeline.event.Aspect;
import dev.timeline.event.EventAnalysis;
import dev.timeline.event.EventMention;
import dev.timeline.event.Tense;
import dev.timeline.event.TimeAnchor;
import dev.timeline.tag.Mention;
import dev.timeline.tag.TimexType;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Happenings from learned events: an occurrence or aspectual event, asserted (not negated, not under "may" or
 * "could"), anchored to a date or time of its text, with a title its clause can say. Reporting verbs, states and
 * hypothetical events make none; events to come make planned ones. One sentence gives at most one happening per
 * date: the event whose clause has a subject, first in the sentence.
 */
final class LearnedHappenings {
    private static final Pattern TYPE_NAME = Pattern.compile("[a-z0-9]+([-_][a-z0-9]+)*");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    /** A month's value: "2007-01". */
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    /** Words of a timetable, which may set a month; "set to" and "expected to" a month are forecasts as often. */
    private static final Set<String> TIMETABLES = Set.of("due", "scheduled", "slated");

    /**
     * A happening found, whether it is still to come, whether its title has a subject, and whether it is only the
     * background of another (a progressive: "was supporting troops on November 27 when his plane crashed").
     */
    record Found(Happening happening, boolean planned, boolean hasSubject, boolean background) {
    }

    private LearnedHappenings() {
    }

    /** Returns the happenings of {@code analysis} in document {@code documentId}. */
    static List<Found> find(String documentId, EventAnalysis analysis, List<Entities.Entity> entities,
            Optional<LocalDate> dct) {
        return find(documentId, analysis, ClauseTitles.Names.of(entities), dct);
    }

    /**
     * The tokens of {@code timexes} that titles leave out, by index: a date, not a year inside a name ("the London
     * 2012 Cultural Weekend") nor a length a predicate takes ({@link #isAnObjectsLength}).
     */
    static boolean[] covered(AnalyzedText text, List<Mention> timexes) {
        boolean[] covered = new boolean[text.tokens().size()];
        for (Mention m : timexes) {
            if (insideAName(text, m) || isAnObjectsLength(text, m) || LengthAnchors.sinceAFirst(text, m)
                    && LengthAnchors.afterAVerb(text, m) || AnchorDates.declaredDay(text, m)) {
                // "gave the company another 24 hours", "extended the ceasefire by one month", "won control for the
                // first time in 20 years" (not "The biggest scandal in a decade brought down ...": the subject's),
                // "declared Saturday a day of mourning": words of the title
                continue;
            }
            for (Token t : text.tokensIn(m.start(), m.end())) {
                covered[t.index()] = true;
            }
        }
        return covered;
    }

    /** Words after a length that make it a time relative to a happening: "a week after suffering a heart attack". */
    private static final Set<String> RELATIONAL = Set.of("after", "before", "later", "earlier", "ago", "since",
            "into", "from");
    /** Prepositions right after a verb that make the length after them its measure: "sentenced to four years". */
    private static final Set<String> PENALTY_PREPOSITIONS = Set.of("to", "for");
    /** How far back the dash that opens an aside before a length may stand. */
    private static final int ASIDE_REACH = 15;

    /**
     * Whether {@code m} is a length that a predicate takes as its object or its measure, which titles keep: right
     * after a noun that is no name ("gave the company another [24 hours]") or a verb ("spent [three hours] with"),
     * after "by" ("extended the ceasefire by [one month]") or after a verb's "to" or "for" ("was sentenced to [four
     * years] in prison"), opening on a determiner or a number (an adjective or two before it read with it), and no
     * word after it that relates it to a happening ("a week after").
     */
    private static boolean isAnObjectsLength(AnalyzedText text, Mention m) {
        List<Token> own = text.tokensIn(m.start(), m.end());
        if (m.type() != TimexType.DURATION || own.isEmpty() || own.get(0).index() == 0) {
            return false;
        }
        Token first = own.get(0);
        int at = first.index() - 1;
        while (at > 0 && at >= first.index() - 2 && (text.tokens().get(at).pos().equals("DT")
                || text.tokens().get(at).pos().startsWith("JJ"))) {
            first = text.tokens().get(at--); // "another 24 hours", "a further two weeks"
        }
        Sentence s = text.sentenceOf(first);
        int aside = at > s.firstToken() ? Asides.openingOf(text.tokens(), s, at, ASIDE_REACH) : -1;
        // "gave BP's latest effort -- a cap that has stopped the gusher -- another 24 hours": the noun before the aside
        Token before = text.tokens().get(aside > s.firstToken() ? aside - 1 : at);
        int next = own.get(own.size() - 1).index() + 1;
        boolean related = next < text.tokens().size() && RELATIONAL.contains(text.tokens().get(next).lowerText());
        boolean opens = first.pos().equals("DT") || first.pos().equals("CD");
        boolean after = before.lowerText().equals("by") || before.isNoun() && !Character.isUpperCase(
                before.text().charAt(0)) || before.isVerb() // "Sanchez spent [three hours] with the hostages"
                || PENALTY_PREPOSITIONS.contains(before.lowerText())
                && at - 1 >= s.firstToken() && text.tokens().get(at - 1).isVerb(); // "was sentenced to [four years]"
        return opens && after && !related && at >= s.firstToken();
    }

    /** The same, with the names of the document already gathered: for a document analyzed in pieces. */
    static List<Found> find(String documentId, EventAnalysis analysis, ClauseTitles.Names names,
            Optional<LocalDate> dct) {
        AnalyzedText text = analysis.text();
        boolean[] covered = covered(text, analysis.timexes());
        // "for the first time in five years": lengths since a first, which a title keeps whole or not at all
        List<Mention> sinceFirsts = analysis.timexes().stream().filter(m -> LengthAnchors.sinceAFirst(text, m))
                .toList();
        Map<String, Found> best = new HashMap<>();
        List<String> order = new ArrayList<>();
        Set<String> lentKeys = new HashSet<>(); // the keys whose happening has a date that a "when" clause lent
        Set<Mention> inRanges = DateRanges.inRanges(text.text(), analysis.timexes());
        // "From July to August, researchers took samples": an event at one end of a range of days, months or years
        // takes the range
        Map<Mention, String> ranges = DateRanges.rangeValues(text.text(), analysis.timexes());
        inRanges.removeAll(ranges.keySet());
        // "in 1989 and 1990": two years, a happening in each
        Map<Mention, Mention> coordinated = DateRanges.coordinated(text.text(), analysis.timexes());
        inRanges.removeAll(coordinated.keySet());
        // by sentence, so that the work stays linear in the length of the document
        List<List<Mention>> dates = new ArrayList<>();
        List<List<EventMention>> events = new ArrayList<>();
        for (int i = 0; i < text.sentences().size(); i++) {
            dates.add(new ArrayList<>());
            events.add(new ArrayList<>());
        }
        for (Mention m : analysis.timexes()) {
            List<Token> at = text.tokensIn(m.start(), m.end());
            if (!at.isEmpty() && (m.type() == TimexType.DATE || m.type() == TimexType.TIME)) {
                dates.get(text.sentenceOf(at.get(0)).index()).add(m);
            }
        }
        analysis.events().forEach(e -> events.get(text.sentenceOf(e.token()).index()).add(e));
        // what each sentence says of all its events, read once per sentence, not once per anchored event
        SentenceFacts[] facts = new SentenceFacts[text.sentences().size()];
        // "was sentenced to four years in prison on Tuesday": a length the anchorer chose gives way to the date, and so
        // does a date inside a fronted phrase ("Notorious for a brawl three years ago, he was arrested in January");
        // "managed to place a cap earlier this month" dates the placing
        List<TimeAnchor> dated = FrontedPhraseAnchors.dated(text,
                LengthAnchors.dated(text, StampAnchors.dated(text, ManagedInfinitives.moved(text, analysis.anchors(),
                        analysis.events()), analysis.timexes()), analysis.timexes()), analysis.timexes());
        List<TimeAnchor> anchors = ClauseBoundaries.lentByWhenClauses(text, dated);
        for (int n = 0; n < anchors.size(); n++) {
            TimeAnchor found = anchors.get(n);
            // a date lent by a "when" clause tells the happening it is lent to only where the clause's own happening
            // is told by none ("The assembly voted when it convened on Thursday"; not "Owens created a stir when he
            // was admitted to hospital on September 26", where the admission is the happening)
            boolean lent = found != dated.get(n);
            EventMention e = found.event();
            int sentence = text.sentenceOf(e.token()).index();
            TimeAnchor a = ReportedHappenings.reportedAnchor(text, events.get(sentence), dates.get(sentence), found);
            if (facts[sentence] == null) {
                facts[sentence] = SentenceFacts.of(text, text.sentences().get(sentence));
            }
            // an event of the headline that a page's stamp ran into the lead is none of the article's sentences
            Sentence inSentence = text.sentences().get(sentence);
            // "Republicans would elect their leadership Wednesday": the future of reported speech, a plan
            boolean would = Plans.futureWould(text, e, a.timex(), dct);
            boolean progressStart = ProgressStarts.since(text, e, a.timex()); // "has been leaking since 3 March"
            if (!facts[sentence].prose() || e.token().index() < ArticleProse.articleStart(text, inSentence)
                    || !passes(text, a, facts[sentence], dates.get(sentence), events.get(sentence), inRanges, would)
                    || Measures.holding(text, e, events.get(sentence))
                    // "Zhao had been working in a kindergarten for two years": a state that went on, no happening;
                    // since a date, its start is one
                    || e.aspect() == Aspect.PERFECTIVE_PROGRESSIVE && !progressStart
                    || HappeningFilters.beingDoneToANoun(text, e)
                    || WishedNouns.isWished(text, e) // "concern of a US rate cut", "demanded the resignation"
                    || HappeningFilters.runningTotal(e.tense() == Tense.PRESENT && e.aspect() == Aspect.PERFECTIVE
                    // "200 soldiers have been killed in clashes this year": the noun is counted with its verb
                    || !e.token().isVerb() && presentPerfectVerb(events.get(sentence)),
                    a.timex().value(), a.timex().mod().orElse(null), dct)) {
                continue;
            }
            String value = ranges.getOrDefault(a.timex(), a.timex().value());
            if (DateOwners.perfectOfLongAgo(text, e, value, a.timex().mod().orElse(null), dct)) {
                continue;
            }
            if (DateOwners.pastDatedToCome(e, value, a.timex().mod().orElse(null), dct)) {
                // a past event dated to come: the date read in the wrong direction, or another happening's
                Optional<String> back = DateOwners.backToThePast(e, a.timex(), dct.get());
                // "have agreed to meet on Nov. 17": the infinitive's date, still to come, dates no agreement
                if (back.isEmpty() || Plans.infinitiveBefore(text, e, a.timex())) {
                    continue;
                }
                value = back.get();
            }
            int anniversary = DateOwners.yearsBeforeAnniversary(text, e, a.timex());
            if (anniversary < 0) {
                continue; // "marked the anniversary on Friday of the shelling which killed 105": not on Friday
            }
            value = anniversary > 0 ? yearsEarlier(value, anniversary) : value;
            Optional<EventMention> report = Optional.empty();
            if (AnchorDates.reportedOrWished(text, events.get(sentence), a)) {
                // "BP said on Sunday that it had capped the well": the report's day dates what it reports
                report = ReportedHappenings.reportOf(text, events.get(sentence), dates.get(sentence), a);
                if (report.isEmpty()) {
                    continue;
                }
            }
            if (e.tense() == Tense.PRESENT && e.aspect() == Aspect.NONE && e.token().isVerb()
                    && ClauseBoundaries.inRelativeClause(text, e.token().index()) && dct.isPresent()
                    && (passedBefore(value, a.timex().mod().orElse(null), dct.get())
                    || StampAnchors.isStamp(text, a.timex()))) {
                // "Ivo Rask, who chairs the energy subcommittee, ..." under a live page's stamp or a past date: what
                // one is or does, no happening; "the summit, which opens later today" is a plan
                continue;
            }
            if (e.tense() == Tense.PRESENT && e.aspect() == Aspect.PROGRESSIVE
                    && StampAnchors.isStamp(text, a.timex())) {
                // "3.26 pm: Stupak is picking off BP's statements": a live page's commentary on what goes on as it
                // posts, a hearing's exchanges most of all, no happening of a chronology
                continue;
            }
            if (report.isEmpty() && e.tense() == Tense.PAST && e.aspect() == Aspect.PROGRESSIVE) {
                // "Guo Jingjing was revelling Tuesday in her record", "In early September, Mason was gathering the
                // documents": what went on at that time, no happening; reported, the progressive tells what was
                // being done ("the central bank said Thursday it was raising its key rate")
                continue;
            }
            Sentence s = inSentence;
            // "Saudi Arabia suffered a humiliating defeat in 2002": the verb whose object the noun is says who
            Optional<EventMention> governor = report.isPresent() ? Optional.empty()
                    : GovernedNouns.governorOf(text, e, events.get(sentence))
                            .filter(v -> !GovernedNouns.datesItsComplement(text, e, a.timex()));
            if (governor.isPresent() && (Responses.responds(text, governor.get())
                    || governor.get().aspect() == Aspect.PERFECTIVE_PROGRESSIVE)) {
                // "addressed the economic crisis": the crisis is talked of, nothing happened then; "which has been
                // suffering heavy rains this week": a state that goes on, as its verb's own event would be
                continue;
            }
            Optional<ClauseTitles.Title> governed = governor.flatMap(v -> ClauseTitles.ofGoverned(text, e, v, covered,
                    names));
            Optional<ClauseTitles.Title> title = report.isPresent()
                    ? ClauseTitles.ofReported(text, e, report.get(), covered, names)
                    : governed.isPresent() ? governed : ClauseTitles.of(text, e, covered, names);
            if (title.isEmpty() && report.isEmpty() && governor.isEmpty()) {
                // "Toyota said it recalled 400,000 cars in 2009": "it" is Toyota
                title = ReportedHappenings.sayerOfItsPronoun(text, e, events.get(sentence), dates.get(sentence))
                        .flatMap(r -> ClauseTitles.ofReported(text, e, r, covered, names));
            }
            // "Five people were killed Monday when a car bomb exploded": the toll told with its cause
            Optional<ClauseTitles.Title> caused = title.flatMap(t -> Tolls.withItsCause(text, e, t,
                    events.get(sentence), covered, names));
            // "40 people were killed when floods hit Somalia on Monday": the cause's day, the toll told with it
            Optional<ClauseTitles.Title> withToll = caused.isPresent() ? Optional.empty()
                    : title.flatMap(t -> Tolls.withItsToll(text, e, t, events.get(sentence), covered, names));
            title = caused.isPresent() ? caused : withToll.isPresent() ? withToll : title;
            if (progressStart) {
                title = title.flatMap(t -> ProgressStarts.begun(t, e)); // "Gas begins leaking from the pipeline"
            }
            // "Ozawa was to meet Hashimoto on Thursday": a plan, if its day has not passed when the article was written
            int schedule = Plans.scheduled(text, e);
            if (schedule >= 0 && value.length() < 10 && !value.contains("-W") && !(MONTH.matcher(value).matches()
                    && TIMETABLES.contains(text.tokens().get(schedule).lowerText()))) {
                // "Mexico is set to suffer a worse downturn this year": a schedule names its day or week, or a
                // timetable its month ("Romania and Bulgaria are scheduled to join the EU in January 2007")
                continue;
            }
            boolean wasToBe = Plans.wasToBe(text, e, false)
                    || schedule >= 0 && text.tokens().get(schedule - 1).pos().equals("VBD") // "was due to"
                    || schedule >= 0 && text.tokens().get(schedule).pos().equals("VBD"); // "planned to"
            if (wasToBe && dct.isPresent() && passedBefore(value, a.timex().mod().orElse(null), dct.get())) {
                continue; // "The stay was to end on November 21 but ...": whether it did, the article does not say
            }
            boolean planned = e.tense() == Tense.FUTURE || would || wasToBe || schedule >= 0
                    || Plans.isToBe(text, e) // "is to build a hub, Dalen announced on Friday"
                    || Plans.laterThatDay(text, e, a.timex(), value, dct.orElse(null))
                    || governed.isPresent() && governor.get().tense() == Tense.FUTURE;
            if (e.tense() == Tense.FUTURE && dct.isPresent()
                    && passedBefore(value, a.timex().mod().orElse(null), dct.get())) {
                // "He will also stand trial for his role in the privatization in 1998, which toppled the government":
                // a future is not dated before the article; the year is another verb's, which may tell its happening
                continue;
            }
            if (title.isEmpty() || !title.get().hasSubject() && e.token().pos().equals("VBG")
                    || title.get().isModifier() && (!AnchorDates.within(text, a.timex(), e.token().index(),
                    title.get().clauseEnd()) || DateOwners.modifiesANoun(text, a.timex()))
                    || ArticleProse.caption(text, e, a.timex(), dct)
                    || Measures.ongoingTrend(e, a.timex(), dct)
                    || Measures.approximateTotal(title.get().text(), value) || Tolls.isBare(title.get().text())
                    || LengthAnchors.cutsItsFirst(text, sinceFirsts, title.get())) {
                // a modifier dated outside its clause ("On Sunday, barges used to collect oil were parked") or by a
                // noun's date inside it ("explosives used in the 2004 bombing"); a
                // gerund without a subject ("died in 1906 suffering from dementia") names no happening of its own;
                // a bare toll ("38 fowls die") gives way to another event of its sentence ("an attack in Algeria");
                // "raises its key rates for the first time" would say what "in five years" denied
                continue;
            }
            // "no signs of leaking on Friday after a new cap stopped the flow": the cap, on or before that Friday;
            // "The embassy said on Tuesday that four citizens had been quarantined": so was the perfect a report tells
            String mod = a.timex().mod().orElse(null);
            // "TULSA | Tue Apr 22, 2025 10:19 pm BST TULSA (Reuters) - A new type of flu has infected two children":
            // the page's stamp dates the report by its day, not the happening at its minute
            if (value.length() > 10 && value.charAt(10) == 'T' && ArticleProse.stampDated(text, e, a.timex())) {
                value = value.substring(0, 10);
            }
            // "A Hungarian film won the grand prix, local media reported Thursday": the day is the report's
            boolean earlier = mod == null && (DateOwners.inAnEarlierClauseAfterItsDate(text, e, a.timex())
                    || DateOwners.gerundAfterItsDay(text, e, a.timex()) // "made statements Monday after meeting"
                    || report.isPresent() && e.aspect() == Aspect.PERFECTIVE
                    // "A gibbon has been born at the zoo, the zoo announced Thursday": a perfect, on or before it
                    || (e.tense() == Tense.PAST || e.aspect() == Aspect.PERFECTIVE)
                    && LeadHappenings.reportsDay(text.text(), a.timex()));
            List<Mention> times = new ArrayList<>(List.of(a.timex()));
            Mention other = coordinated.get(a.timex());
            if (other != null && value.equals(a.timex().value())) {
                times.add(other); // "won the German title in 1989 and 1990": a happening in each year
            }
            // "began leaking on 20 April when the rig exploded": the "when" clause tells a second happening
            List<Token> own = text.tokensIn(a.timex().start(), a.timex().end());
            boolean when = !own.isEmpty() && ClauseBoundaries.inWhenClauseAfterItsDate(text, e.token().index(),
                    own.get(own.size() - 1).index());
            for (Mention time : times) {
                String key = s.index() + "/" + time.start() + (earlier ? "/earlier" : "") + (when ? "/when" : "");
                Found h = new Found(happening(documentId, text, s, title.get(), names,
                        time == a.timex() ? value : time.value(),
                        earlier ? LeadHappenings.ON_OR_BEFORE : mod, e.confidence() * a.confidence()),
                        // a lent date's happening gives way to a lexicon's happening of the sentence at that date
                        // a participle's aside after a comma gives way to its main verb of the same date ("EU
                        // leaders, gathered in Brussels on Tuesday, agreed on a price cap"); one right after its noun
                        // tells its own ("a copy signed by Litvinenko in 2005 was put up for sale")
                        planned, title.get().hasSubject() && !lent, e.aspect() == Aspect.PROGRESSIVE
                        || title.get().isModifier() && e.token().index() > 0
                        && text.tokens().get(e.token().index() - 1).text().equals(","));
                keep(best, order, lentKeys, key, h, lent);
            }
        }
        List<Found> out = new ArrayList<>();
        Set<String> titled = new HashSet<>(); // a toll and its cause told as one: "A bus falls ..., killing 14 people"
        for (String k : order) {
            Found told = best.get(k + "/when");
            Happening h = best.get(k).happening();
            if ((told == null || !best.get(k).background()) && titled.add(h.value() + "|" + h.title())) {
                out.add(best.get(k)); // "was supporting troops on August 3 when a helicopter crashed": the crash
            }
        }
        // "A bus plunges into a river" and "A bus plunges into a river, killing three people", of one date: the
        // cause told alone gives way to the cause told with its toll (each title's parts before a comma, once)
        Set<String> toldBeforeAComma = new HashSet<>();
        for (String t : titled) {
            for (int comma = t.indexOf(", "); comma > 0; comma = t.indexOf(", ", comma + 1)) {
                toldBeforeAComma.add(t.substring(0, comma));
            }
        }
        out.removeIf(f -> toldBeforeAComma.contains(f.happening().value() + "|" + f.happening().title()));
        return out;
    }

    /**
     * Keeps happening {@code h} under {@code key}, a sentence and a date, in {@code best} (keys in {@code order}),
     * unless a happening kept there before tells that date better: of two, one with a subject, one that is no
     * background; one whose date a "when" clause lent ({@code lent}, the keys so kept in {@code lentKeys}) gives way.
     */
    private static void keep(Map<String, Found> best, List<String> order, Set<String> lentKeys, String key, Found h,
            boolean lent) {
        Found before = best.get(key);
        if (before == null) {
            order.add(key);
            best.put(key, h);
            if (lent) {
                lentKeys.add(key);
            }
        } else if (lentKeys.contains(key) && h.hasSubject()) { // only an own date's happening has a subject here
            best.put(key, h); // the "when" clause's own happening, which lent the date, tells it
            lentKeys.remove(key);
        } else if (!lent && (h.hasSubject() && !before.hasSubject()
                || h.hasSubject() == before.hasSubject() && before.background() && !h.background())) {
            best.put(key, h); // of two happenings of one date, one with a subject, one that is no background
        }
    }

    /**
     * What a sentence says of all its anchored events: whether it is prose ({@link ArticleProse#isProse}) with a
     * verb other than a participle in "-ing", whether it adds counted cases to a total, and where a said quotation
     * that opens it closes (-1 if none).
     */
    private record SentenceFacts(boolean prose, boolean addsCases, int saidQuotationEnd) {
        static SentenceFacts of(AnalyzedText text, Sentence s) {
            // a sentence whose only verb is a participle in "-ing" is a caption or a headline ("The Sea Diamond
            // ferry sinking off Santorini last week."), not a sentence that tells
            boolean finite = text.tokens().subList(s.firstToken(), s.endToken()).stream()
                    .anyMatch(t -> t.isVerb() && !t.pos().equals("VBG"));
            return new SentenceFacts(finite && ArticleProse.isProse(text, s),
                    HappeningFilters.addsCasesToATotal(text, s),
                    ArticleProse.saidQuotationEnd(text, s));
        }
    }

    /** Whether a verb of {@code events}, the events of a sentence, is in the present perfect ("have been killed"). */
    private static boolean presentPerfectVerb(List<EventMention> events) {
        return events.stream().anyMatch(v -> v.token().isVerb() && v.tense() == Tense.PRESENT
                && v.aspect() == Aspect.PERFECTIVE);
    }

    /**
     * Whether {@code m} is a year between two capitalized words of a name ("the London 2012 Cultural Weekend", "the
     * Beijing 2008 Olympic Games"), an edition's year ({@link dev.timeline.event.TimeAnchorer#yearOfAName}).
     */
    private static boolean insideAName(AnalyzedText text, Mention m) {
        if (!dev.timeline.event.TimeAnchorer.yearOfAName(text, m)) {
            return false;
        }
        Optional<Token> next = text.tokenAtOrAfter(m.end());
        return next.isPresent() && next.get().start() > m.end() && Character.isUpperCase(next.get().text().charAt(0))
                && text.sentenceOf(next.get()).index() == text.sentenceOf(text.tokensIn(m.start(), m.end()).get(0))
                .index();
    }

    /** The TIMEX3 date {@code value} ("1997-04-18", "1997-04", "1997") {@code years} years earlier; else unchanged. */
    private static String yearsEarlier(String value, int years) {
        if (value.length() < 4 || !value.substring(0, 4).chars().allMatch(Character::isDigit)) {
            return value;
        }
        int year = Integer.parseInt(value.substring(0, 4)) - years;
        if (year < 1000) {
            return value;
        }
        String earlier = year + value.substring(4);
        // 29 February of a year that has none: the month
        return earlier.startsWith("-02-29", 4) && !java.time.Year.isLeap(year) ? earlier.substring(0, 7) : earlier;
    }

    /** Whether the date of a TIMEX3 value and mod ends before {@code dct}: its day had passed when it was written. */
    private static boolean passedBefore(String value, String mod, LocalDate dct) {
        try {
            dev.timeline.time.When w = HappeningFilters.when(value, mod);
            return w != null && w.latestDay().isBefore(dct);
        } catch (IllegalArgumentException notADate) {
            return false;
        }
    }

    /**
     * Whether an anchored event of a prose sentence passes the tests of {@link HappeningFilters}, {@link AnchorDates},
     * {@link Plans} and the others but the one of reports, which {@link ReportedHappenings} may overrule; a date in the
     * clause of a dated report dates what it reports ("On Friday, police said two men were arrested").
     */
    private static boolean passes(AnalyzedText text, TimeAnchor a, SentenceFacts facts, List<Mention> datesOfSentence,
            List<EventMention> eventsOfSentence, Set<Mention> inRanges, boolean would) {
        EventMention e = a.event();
        return HappeningFilters.isHappening(text, a, would) && !inRanges.contains(a.timex())
                && !AnchorDates.declaredDay(text, a.timex())
                && AnchorDates.sameSentence(text, a)
                && AnchorDates.nearestDate(text, datesOfSentence, a)
                && !HappeningFilters.negatedNoun(text, e)
                && !HappeningFilters.pendingNoun(text, e, a.timex())
                && !HappeningFilters.anaphoricObject(text, e)
                && !CalledOff.datesItsObject(text, e, a.timex())
                && !Measures.level(text, e, datesOfSentence)
                // "was siphoning 5,000 barrels per day": how fast, a statistic
                && !Rates.isRate(text, e)
                && !Measures.moodOrState(text, e, datesOfSentence)
                && !Measures.entersAPeriod(text, e)
                && !Measures.proportionOfAPeriod(text, e, a.timex())
                && !HappeningFilters.countedSoFar(text, e)
                && !TollUpdates.findsMoreDead(text, e)
                && !facts.addsCases()
                && e.token().start() >= facts.saidQuotationEnd() // -1 when no said quotation opens the sentence
                && !Measures.overAPeriodToNow(text, e, a.timex())
                && !Measures.stillSo(text, a.timex())
                && !Forecasts.isForecast(text, e, a.timex())
                && !Forecasts.earliestOfWhatIsToCome(text, e, a.timex())
                && !Backgrounds.isScene(text, e)
                // "has been leaking since 3 March": "since" dates the start of the progress
                && (!AnchorDates.bound(text, a.timex(), e.token().index()) || ProgressStarts.since(text, e,
                a.timex()))
                && !Plans.hypothetical(text, e, would)
                && !Plans.governedInfinitive(text, e)
                && (!ClauseBoundaries.anotherClause(text, e, a.timex())
                || ReportedHappenings.reportOf(text, eventsOfSentence, datesOfSentence, a).isPresent()
                // "arrested 19 people overnight as they prepared for a crackdown, officers said Friday": the report
                // that closes the sentence tells its main clause
                || ReportedHappenings.mainVerbOfATrailingReport(text, e, a.timex()))
                && !ComparisonBases.isBase(text, a.timex())
                && !DateOwners.datesANounAfterAPreposition(text, e, a.timex())
                && !DateOwners.inAnotherVerbsObject(text, e, a.timex())
                && !DateOwners.datesTheTalkBefore(text, e, a.timex())
                && !DateOwners.datesANounFartherIn(text, e, a.timex(), eventsOfSentence)
                && !DateOwners.settingOfOpeningSpeech(text, e)
                && !DateOwners.periodOfANoun(text, e, a.timex())
                && !DateOwners.datesAGerund(text, e, a.timex())
                && !DateOwners.datesAGerundAfterBefore(text, e, a.timex())
                && !DateOwners.datesAnEarlierConjunct(text, e, a.timex())
                && !DateOwners.datedOutsideItsGerundClause(text, e, a.timex())
                && !Plans.supersededPlan(text, e)
                && !DateOwners.datesAnotherHappeningInOrder(text, e, a.timex())
                && !DateOwners.datesTheEffect(text, e, a.timex())
                && !DateOwners.inOpeningParticiple(text, e, a.timex())
                && !DateOwners.inApposition(text, e, a.timex())
                && !DateOwners.datesTheNounBeforeItsCommas(text, e, a.timex())
                && !DateOwners.outsideItsAside(text, e, a.timex(), datesOfSentence)
                && !ReportSources.isRelease(text, e) && !ReportSources.isFinding(text, e)
                && !ReportSources.boundsItsData(text, a.timex())
                && !PressSubjects.isPress(text, e)
                && !Responses.responds(text, e) && !DateOwners.gerundIntoADate(text, e, a.timex());
    }

    /** The happening that {@code title} tells in sentence {@code s}, at the TIMEX3 value and mod given. */
    static Happening happening(String documentId, AnalyzedText text, Sentence s, ClauseTitles.Title title,
            ClauseTitles.Names names, String value, String mod, double confidence) {
        Set<String> people = new LinkedHashSet<>();
        Set<String> places = new LinkedHashSet<>();
        for (Entities.Entity x : HappeningFinder.within(names.byStart(), s.start(), s.end(),
                Entities.Entity::start, Entities.Entity::end)) {
            boolean inTitle = x.start() >= title.start() && x.end() <= title.end()
                    || title.text().startsWith(x.name()) && x.start() < title.start();
            if (!inTitle || Entities.isNewsMedia(x.name())) {
                continue;
            }
            if (x.kind() == Entities.Kind.PLACE) {
                places.add(x.name());
            } else if (title.text().contains(x.name()) || x.start() >= title.start()) {
                people.add(x.name());
            }
        }
        if (!names.dateline().isEmpty() && title.text().contains(" in " + names.dateline())) {
            places.add(names.dateline()); // "arrived here": where the dateline says
        }
        if (!names.mainPerson().isEmpty() && title.text().startsWith(names.mainPerson())) {
            people.add(names.mainPerson()); // a pronoun subject read as the main person, named in another sentence
        }
        String type = title.verb();
        if (!TYPE_NAME.matcher(type).matches()) {
            type = "event";
        }
        // the source is the article's sentence, without the dateline or the headline and stamp run into it
        int start = ArticleProse.articleStartOffset(text, s); // the event's own token is the article's
        String sentence = WHITE_SPACE.matcher(text.text().substring(start, s.end())).replaceAll(" ");
        return new Happening(documentId, value, mod, type, title.text(), List.copyOf(people), List.copyOf(places),
                start, s.end(), sentence, confidence);
    }
}
