package dev.timeline.event;

import dev.timeline.text.AnalyzedText;
import dev.timeline.text.Token;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The features the time anchorer reads for one (event, time expression) pair of a sentence: how far apart they are
 * and what lies between (verbs, commas, conjunctions, other expressions and events), the preposition that introduces
 * the expression, its type and precision, and the event's part of speech, class and tense; for every candidate, the
 * places it holds ({@code AnchorCandidates.Where}), how often the document names its value, and the event's tense
 * with how the expression's date stands to the story's day (a past event is seldom included in a date to come).
 * Training and anchoring call the same code.
 */
final class AnchorFeatures {
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
    private static final Pattern WEEK = Pattern.compile("\\d{4}-W.*");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern PART = Pattern.compile("\\d{4}-(Q|H|SU|WI|FA|SP).*");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /** "|" and a day relation, by ordinal: the last piece of "tenseDay=". */
    private static final String[] BAR_DAY = java.util.Arrays.stream(AnchorCandidates.DayRelation.values())
            .map(d -> "|" + d).toArray(String[]::new);
    /** The small numbers the features name, from -1: made once. */
    private static final String[] NUMBERS = java.util.stream.IntStream.rangeClosed(-1, 9).mapToObj(Integer::toString)
            .toArray(String[]::new);

    private AnchorFeatures() {
    }

    /** {@code Integer.toString(n)}, without making a string for a small number. */
    private static String number(int n) {
        return n >= -1 && n <= 9 ? NUMBERS[n + 1] : Integer.toString(n);
    }

    /** One event of a sentence as the features see it. */
    record EventSpot(int token, String eventClass, String tense) {
    }

    /**
     * One time expression of a sentence as the features see it: its first and last token, type, value, and the
     * precision of its value ({@link #shape(String, String)}), read once for every event it is a candidate for.
     */
    record TimexSpot(int first, int last, String type, String value, String shape) {
        /** The expression, with its shape read from its type and value. */
        TimexSpot(int first, int last, String type, String value) {
            this(first, last, type, value, AnchorFeatures.shape(type, value));
        }
    }

    /**
     * The features of a candidate: {@code events} and {@code timexes} are those of the event's sentence; a candidate
     * from another sentence is described by where it is, how far, whether the event's sentence has a date of its own,
     * and the event's class, tense and lemma, not by what lies between.
     */
    static String[] of(AnalyzedText text, EventSpot e, AnchorCandidates.Candidate c, List<EventSpot> events,
            List<TimexSpot> timexes) {
        FeatureSink.Names names = new FeatureSink.Names();
        of(text, e, c, events, timexes, names);
        return names.toArray();
    }

    /** Hands the features of a candidate to {@code f}, in the order of {@link #of}. */
    static void of(AnalyzedText text, EventSpot e, AnchorCandidates.Candidate c, List<EventSpot> events,
            List<TimexSpot> timexes, FeatureSink f) {
        String where = c.where().name();
        for (AnchorCandidates.Where r : c.roles()) {
            if (r != c.where()) {
                f.add("role=", where, r.name());
            }
        }
        f.add("mentions=", where, number(Math.min(c.mentions(), 3)));
        f.add("tenseDay=", where, e.tense(), BAR_DAY[c.day().ordinal()]);
        Token ev = text.tokens().get(e.token());
        String lemma = ev.lowerLemma();
        if (c.where() == AnchorCandidates.Where.SAME) {
            sameSentence(text, e, c.timex(), events, timexes, f);
            return;
        }
        String evPos = ev.pos().length() >= 2 ? ev.pos().substring(0, 2) : ev.pos();
        String shape = shape(c.timex());
        boolean ownDay = false;
        for (TimexSpot t : timexes) {
            ownDay |= !t.type().equals("DURATION") && !t.type().equals("SET");
        }
        f.add("where=", where);
        f.add("back=", where, number(Math.max(-1, Math.min(c.sentencesBack(), 4))));
        f.add("own=", where, number(Math.min(timexes.size(), 2)));
        f.add("ownDate=", where, String.valueOf(ownDay));
        f.add("shape=", where, shape);
        f.add("type=", where, c.timex().type());
        f.add("evPos=", where, evPos);
        f.add("evClass=", where, e.eventClass());
        f.add("evTense=", where, e.tense());
        f.add("tenseShape=", where + e.tense() + "|" + shape);
        f.add("lemma=", lemma);
        f.add("whereLemma=", where, lemma);
        f.add("classTense=", where + e.eventClass() + "|" + e.tense() + "|" + ownDay);
    }

    private static void sameSentence(AnalyzedText text, EventSpot e, TimexSpot t, List<EventSpot> events,
            List<TimexSpot> timexes, FeatureSink f) {
        List<Token> tokens = text.tokens();
        Token ev = tokens.get(e.token());
        boolean after = t.first() > e.token();
        int distance = after ? t.first() - e.token() : e.token() - t.last();
        String dir = after ? "R" : "L";
        int from = after ? e.token() + 1 : t.last() + 1;
        int to = after ? t.first() : e.token();
        int verbs = 0;
        int commas = 0;
        boolean conj = false;
        boolean clause = false;
        boolean quote = false;
        for (int i = from; i < to; i++) {
            Token b = tokens.get(i);
            String low = b.lowerText();
            verbs += b.isVerb() && !b.pos().equals("MD") ? 1 : 0;
            commas += low.equals(",") || low.equals(";") || low.equals(":") || low.equals("--") ? 1 : 0;
            conj |= low.equals("and") || low.equals("but") || low.equals("or");
            clause |= low.equals("that") || low.equals("which") || low.equals("who") || low.equals("when")
                    || low.equals("while") || low.equals("because") || low.equals("after") || low.equals("before");
            quote |= low.equals("\"") || low.equals("``") || low.equals("''") || low.equals("\u201C")
                    || low.equals("\u201D");
        }
        int otherTimexes = 0;
        boolean nearest = true;
        for (TimexSpot o : timexes) {
            if (o.equals(t) || ev.isVerb() && (describesANoun(text, o) || yearOfAName(text, o))) {
                // "began a three-day visit on Tuesday", "her reign as Miss World 2005 on Sunday": the length is the
                // visit's, the year the title's, and neither is a date nearer the verb
                continue;
            }
            int d = o.first() > e.token() ? o.first() - e.token() : e.token() - o.last();
            if (d < distance) {
                nearest = false;
            }
            if (o.first() >= from && o.last() < to) {
                otherTimexes++;
            }
        }
        int otherEvents = 0;
        boolean closestEvent = true;
        for (EventSpot o : events) {
            if (o.token() == e.token()) {
                continue;
            }
            int d = o.token() < t.first() ? t.first() - o.token() : o.token() - t.last();
            if (d < distance) {
                closestEvent = false;
            }
            if (o.token() >= from && o.token() < to) {
                otherEvents++;
            }
        }
        String prep = t.first() > 0 ? tokens.get(t.first() - 1).lowerText() : "<s>";
        if (!tokens.get(Math.max(0, t.first() - 1)).pos().equals("IN")
                && !tokens.get(Math.max(0, t.first() - 1)).pos().equals("TO")) {
            prep = "-";
        }
        String shape = shape(t);
        String evPos = ev.pos().length() >= 2 ? ev.pos().substring(0, 2) : ev.pos();
        f.add("where=", "SAME");
        f.add("d=", dir, bucket(distance));
        f.add("verbs=", number(Math.min(verbs, 2)));
        f.add("verbsDir=", dir, number(Math.min(verbs, 2)));
        f.add("commas=", number(Math.min(commas, 2)));
        f.add("conj=", String.valueOf(conj));
        f.add("clause=", String.valueOf(clause));
        f.add("quote=", String.valueOf(quote));
        f.add("otherTimexes=", number(Math.min(otherTimexes, 2)));
        f.add("otherEvents=", number(Math.min(otherEvents, 3)));
        f.add("nearestTimex=", String.valueOf(nearest));
        f.add("closestEvent=", String.valueOf(closestEvent));
        f.add("nearBoth=", String.valueOf(nearest), String.valueOf(closestEvent));
        f.add("prep=", prep);
        f.add("prepDir=", dir, prep);
        f.add("type=", t.type());
        f.add("shape=", shape);
        f.add("evPos=", evPos);
        f.add("evClass=", e.eventClass());
        f.add("evTense=", e.tense());
        f.add("evPosType=", evPos, "|", t.type());
        f.add("evPosDir=", evPos, dir, number(Math.min(verbs, 1)));
        f.add("lemma=", ev.lowerLemma());
        f.add("tenseShape=", e.tense(), "|", shape);
    }

    /**
     * Whether {@code t} is a length written as one hyphenated word before a noun ("the three-year training program",
     * "a 10-day visit"): it describes the noun, and no verb takes place during it.
     */
    static boolean describesANoun(AnalyzedText text, TimexSpot t) {
        List<Token> tokens = text.tokens();
        if (!t.type().equals("DURATION") || t.last() + 1 >= tokens.size() || !tokens.get(t.last() + 1).isNoun()) {
            return false;
        }
        boolean hyphen = false;
        for (int i = tokens.get(t.first()).start(); i < tokens.get(t.last()).end(); i++) {
            char c = text.text().charAt(i);
            if (Character.isWhitespace(c)) {
                return false; // "three years" is no word of a noun phrase's
            }
            hyphen |= c == '-';
        }
        return hyphen;
    }

    /** Months and seasons, whose name before a year makes a date, not a name: "January 2005", "Spring 2010". */
    private static final java.util.Set<String> MONTHS_AND_SEASONS = java.util.Set.of("january", "february", "march",
            "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb",
            "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "spring", "summer", "autumn",
            "fall", "winter");
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

    /**
     * Whether {@code t} is a year alone right after a capitalized word of a name, in the same sentence: "Miss World
     * 2005", "the London 2012 Cultural Weekend", "Euro 2008". It names an edition, and dates nothing else of its
     * sentence.
     */
    static boolean yearOfAName(AnalyzedText text, TimexSpot t) {
        List<Token> tokens = text.tokens();
        if (!t.type().equals("DATE") || t.first() != t.last() || t.first() == 0
                || !FOUR_DIGITS.matcher(tokens.get(t.first()).text()).matches()) {
            return false;
        }
        Token before = tokens.get(t.first() - 1);
        return before.pos().startsWith("NNP") && Character.isUpperCase(before.text().charAt(0))
                && before.end() < tokens.get(t.first()).start() && !MONTHS_AND_SEASONS.contains(before.lowerText())
                && text.sentenceOf(before).index() == text.sentenceOf(tokens.get(t.first())).index();
    }

    private static String bucket(int d) {
        return d <= 3 ? number(d) : d <= 6 ? "4-6" : d <= 10 ? "7-10" : d <= 20 ? "11-20" : "21+";
    }

    /** The precision of the expression's value: day, month, year, week, time, duration, present, other. */
    static String shape(TimexSpot t) {
        return t.shape();
    }

    /** The precision of a value {@code v} of type {@code type}, as {@link #shape(TimexSpot)} gives it. */
    static String shape(String type, String v) {
        if (type.equals("DURATION")) {
            return "duration";
        }
        if (type.equals("SET")) {
            return "set";
        }
        if (v.startsWith("PRESENT") || v.startsWith("PAST") || v.startsWith("FUTURE")) {
            return "ref";
        }
        if (v.contains("T")) {
            return "time";
        }
        if (DAY.matcher(v).matches()) {
            return "day";
        }
        if (WEEK.matcher(v).matches()) {
            return "week";
        }
        if (MONTH.matcher(v).matches()) {
            return "month";
        }
        if (PART.matcher(v).matches()) {
            return "part";
        }
        if (YEAR.matcher(v).matches()) {
            return "year";
        }
        return "other";
    }
}
