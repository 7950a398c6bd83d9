package dev.timeline.extract;

import dev.timeline.event.EventAnalysis;
import dev.timeline.event.EventClass;
import dev.timeline.event.EventMention;
import dev.timeline.event.Tense;
import dev.timeline.event.TimeAnchor;
import dev.timeline.tag.Mention;
import dev.timeline.tag.TimexType;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.Sentence;
import dev.timeline.text.Token;
import dev.timeline.time.When;
import java.util.ArrayList;
import java.util.HashMap;
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
    /** The least anchor probability a chronology event needs: the anchorer links more freely than a reader does. */
    static final double MIN_ANCHOR = 0.5;
    /** The least event probability an event noun needs: nouns name things as often as happenings. */
    static final double MIN_NOUN = 0.7;
    private static final Set<EventClass> HAPPENINGS = Set.of(EventClass.OCCURRENCE, EventClass.ASPECTUAL);
    private static final Set<String> NOT_HAPPENINGS = Lexicons.firstColumn("not-happenings.txt");
    private static final Set<String> HYPOTHETICAL = Lexicons.firstColumn("hypothetical-cues.txt");
    private static final int CUE_REACH = 6;
    private static final int MIN_PROSE_TOKENS = 6;
    private static final Pattern TYPE_NAME = Pattern.compile("[a-z0-9]+([-_][a-z0-9]+)*");
    private static final Pattern RANGE_GLUE = Pattern.compile("\\s*(to|through|until|till|and|–|—|-)\\s*");

    /** A happening found, whether it is still to come, and whether its title has a subject. */
    record Found(Happening happening, boolean planned, boolean hasSubject) {
    }

    private LearnedHappenings() {
    }

    /**
     * Returns the happenings of {@code analysis} in document {@code documentId}, except those whose sentence and date
     * a happening of {@code known} already gives.
     */
    static List<Found> find(String documentId, EventAnalysis analysis, List<Entities.Entity> entities,
            List<Happening> known) {
        AnalyzedText text = analysis.text();
        boolean[] covered = new boolean[text.tokens().size()];
        for (Mention m : analysis.timexes()) {
            for (Token t : text.tokensIn(m.start(), m.end())) {
                covered[t.index()] = true;
            }
        }
        Map<String, Found> best = new HashMap<>();
        List<String> order = new ArrayList<>();
        Set<Mention> inRanges = inRanges(text.text(), analysis.timexes());
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
        Set<String> knownKeys = knownKeys(text, known);
        ClauseTitles.Names names = ClauseTitles.Names.of(entities);
        for (TimeAnchor a : analysis.anchors()) {
            EventMention e = a.event();
            int sentence = text.sentenceOf(e.token()).index();
            if (!isHappening(a) || inRanges.contains(a.timex()) || !sameSentence(text, a)
                    || !nearestDate(text, dates.get(sentence), a)
                    || reportedOrWished(text, events.get(sentence), a) || negatedNoun(text, e)
                    || since(text, a.timex()) || !isProse(text, text.sentenceOf(e.token())) || hypothetical(text, e)
                    || anotherClause(text, e, a.timex())) {
                continue;
            }
            Sentence s = text.sentenceOf(e.token());
            Optional<ClauseTitles.Title> title = ClauseTitles.of(text, e, covered, names);
            if (title.isEmpty() || knownKeys.contains(s.index() + "/" + a.timex().value())) {
                continue;
            }
            String key = s.index() + "/" + a.timex().start();
            Found h = new Found(happening(documentId, text, s, e, a, title.get(), names),
                    e.tense() == Tense.FUTURE, title.get().hasSubject());
            Found before = best.get(key);
            if (before == null) {
                order.add(key);
                best.put(key, h);
            } else if (h.hasSubject() && !before.hasSubject()) {
                best.put(key, h);
            }
        }
        List<Found> out = new ArrayList<>();
        order.forEach(k -> out.add(best.get(k)));
        return out;
    }

    /** The expressions that are one end of a range ("Aug. 31 to Sept. 3", "2018-2019"), which the finder joins. */
    private static Set<Mention> inRanges(String text, List<Mention> timexes) {
        Set<Mention> out = new java.util.HashSet<>();
        for (int i = 0; i + 1 < timexes.size(); i++) {
            Mention a = timexes.get(i);
            Mention b = timexes.get(i + 1);
            if (a.end() <= b.start() && RANGE_GLUE.matcher(text.substring(a.end(), b.start())).matches()) {
                out.add(a);
                out.add(b);
            }
        }
        return out;
    }

    /** Whether no other date or time of the sentence lies nearer the event than its anchor. */
    private static boolean nearestDate(AnalyzedText text, List<Mention> datesOfSentence, TimeAnchor a) {
        int e = a.event().token().index();
        int own = distance(text, e, a.timex());
        for (Mention m : datesOfSentence) {
            if (m != a.timex() && distance(text, e, m) < own) {
                return false;
            }
        }
        return true;
    }

    private static int distance(AnalyzedText text, int event, Mention m) {
        List<Token> covered = text.tokensIn(m.start(), m.end());
        int first = covered.get(0).index();
        int last = covered.get(covered.size() - 1).index();
        return event < first ? first - event : Math.max(0, event - last);
    }

    /** Whether the date is where a state began ("has taught since 1986"), not when something happened. */
    private static boolean since(AnalyzedText text, Mention timex) {
        Optional<Token> first = text.tokensIn(timex.start(), timex.end()).stream().findFirst();
        if (first.isEmpty() || first.get().index() == 0) {
            return false;
        }
        String before = text.tokens().get(first.get().index() - 1).text().toLowerCase(java.util.Locale.ROOT);
        return before.equals("since") || timex.text().toLowerCase(java.util.Locale.ROOT).startsWith("since");
    }

    /**
     * Whether the sentence is prose: six words or more, ending with a full stop, question or exclamation mark
     * (perhaps inside a quote). Headlines, captions, credits and "page last updated" lines are not.
     */
    private static boolean isProse(AnalyzedText text, Sentence s) {
        if (s.endToken() - s.firstToken() < MIN_PROSE_TOKENS) {
            return false;
        }
        for (int i = s.endToken() - 1; i >= s.firstToken() && i >= s.endToken() - 3; i--) {
            char c = text.tokens().get(i).text().charAt(0);
            if (c == '.' || c == '!' || c == '?') {
                return true;
            }
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return false;
    }

    /** Whether a word that makes the event hypothetical or expected stands shortly before it in its sentence. */
    private static boolean hypothetical(AnalyzedText text, EventMention e) {
        Sentence s = text.sentenceOf(e.token());
        for (int i = e.token().index() - 1; i >= s.firstToken() && i >= e.token().index() - CUE_REACH; i--) {
            if (HYPOTHETICAL.contains(text.tokens().get(i).text().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether another clause's verb stands between the event and its date ("the military said on Wednesday two
     * soldiers were killed": Wednesday is the saying's), the event's own auxiliaries aside.
     */
    private static boolean anotherClause(AnalyzedText text, EventMention e, Mention timex) {
        List<Token> covered = text.tokensIn(timex.start(), timex.end());
        int first = covered.get(0).index();
        int last = covered.get(covered.size() - 1).index();
        int at = e.token().index();
        int group = at;
        while (group - 1 > last && isAuxiliary(text.tokens().get(group - 1))) {
            group--;
        }
        int from = at < first ? at + 1 : last + 1;
        int to = at < first ? first : group;
        for (int i = from; i < to; i++) {
            Token t = text.tokens().get(i);
            if (t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP") || t.pos().equals("MD")) {
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

    /** Whether an event noun is denied by "without" or "no" just before it ("without the blessing of"). */
    private static boolean negatedNoun(AnalyzedText text, EventMention e) {
        if (e.token().isVerb()) {
            return false;
        }
        for (int i = e.token().index() - 1; i >= Math.max(0, e.token().index() - 3); i--) {
            String w = text.tokens().get(i).text().toLowerCase(java.util.Locale.ROOT);
            if (w.equals("without") || w.equals("no") || w.equals("never")) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameSentence(AnalyzedText text, TimeAnchor a) {
        List<Token> covered = text.tokensIn(a.timex().start(), a.timex().end());
        return !covered.isEmpty() && text.sentenceOf(covered.get(0)).equals(text.sentenceOf(a.event().token()));
    }

    /**
     * Whether the date belongs to another event or the event is not asserted: a report nearer the date ("said on
     * Thursday that Kim will travel": Thursday dates the saying), a complement clause between them, a date that
     * modifies another noun ("before Thursday's announcement"), or a wish or expectation that governs the event
     * ("raising the prospect of a summit", "expected to attend").
     */
    private static boolean reportedOrWished(AnalyzedText text, List<EventMention> eventsOfSentence, TimeAnchor a) {
        int e = a.event().token().index();
        List<Token> timex = text.tokensIn(a.timex().start(), a.timex().end());
        int first = timex.get(0).index();
        int last = timex.get(timex.size() - 1).index();
        int distance = e < first ? first - e : e - last;
        if (last + 1 < text.tokens().size() && text.tokens().get(last + 1).pos().equals("POS")
                && e != last + 2 && e <= last + 4) {
            return true;
        }
        for (int i = Math.min(e, last) + 1; i < Math.max(e, first); i++) {
            String w = text.tokens().get(i).text().toLowerCase(java.util.Locale.ROOT);
            if (w.equals("that") || w.equals("because") || w.equals("if") || w.equals("whether")) {
                return true;
            }
        }
        for (EventMention other : eventsOfSentence) {
            int o = other.token().index();
            if (other == a.event()) {
                continue;
            }
            int d = o < first ? first - o : o - last;
            boolean governs = o < e && o >= e - 4;
            boolean between = o > Math.min(e, last) && o < Math.max(e, first);
            boolean intensional = other.eventClass() == EventClass.I_STATE
                    || other.eventClass() == EventClass.I_ACTION && !other.isAsserted();
            boolean aside = o > Math.max(e, last) && text.tokens().get(o - 1).text().equals(",")
                    || o > Math.max(e, last) && o >= 2 && text.tokens().get(o - 2).text().equals(",");
            if (other.eventClass() == EventClass.REPORTING && d < distance && !aside
                    || (between || governs) && intensional) {
                return true;
            }
        }
        return false;
    }

    static boolean isHappening(TimeAnchor a) {
        EventMention e = a.event();
        Mention t = a.timex();
        if (!HAPPENINGS.contains(e.eventClass()) || !e.isAsserted() || a.confidence() < MIN_ANCHOR
                || NOT_HAPPENINGS.contains(e.verbLemma())
                || !e.token().isVerb() && e.confidence() < MIN_NOUN) {
            return false;
        }
        if (t.type() != TimexType.DATE && t.type() != TimexType.TIME) {
            return false;
        }
        try {
            When w = t.mod().isEmpty() ? When.parse(t.value()) : When.parseTimex(t.value(), t.mod().get());
            return w != null;
        } catch (IllegalArgumentException notADate) {
            return false; // PRESENT_REF, XXXX-10 and other values the time model cannot place
        }
    }

    /** "sentence/value" for every sentence and date that a happening of {@code known} already gives. */
    private static Set<String> knownKeys(AnalyzedText text, List<Happening> known) {
        Set<String> keys = new java.util.HashSet<>();
        for (Happening h : known) {
            Optional<Token> first = text.tokenAtOrAfter(h.start());
            if (first.isEmpty() || first.get().start() >= h.end()) {
                continue;
            }
            Sentence from = text.sentenceOf(first.get());
            for (int i = from.index(); i < text.sentences().size() && text.sentences().get(i).start() < h.end(); i++) {
                keys.add(i + "/" + h.value());
            }
        }
        return keys;
    }

    private static Happening happening(String documentId, AnalyzedText text, Sentence s, EventMention e,
            TimeAnchor a, ClauseTitles.Title title, ClauseTitles.Names names) {
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
        if (!names.mainPerson().isEmpty() && title.text().startsWith(names.mainPerson())) {
            people.add(names.mainPerson()); // a pronoun subject read as the main person, named in another sentence
        }
        String type = e.verbLemma();
        if (!TYPE_NAME.matcher(type).matches()) {
            type = "event";
        }
        String sentence = text.textOf(s).replaceAll("\\s+", " ");
        return new Happening(documentId, a.timex().value(), a.timex().mod().orElse(null), type, title.text(),
                List.copyOf(people), List.copyOf(places), s.start(), s.end(), sentence,
                e.confidence() * a.confidence());
    }
}
