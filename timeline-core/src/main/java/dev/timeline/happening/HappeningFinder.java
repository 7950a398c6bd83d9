package dev.timeline.happening;

import com.google.common.base.CharMatcher;
import dev.timeline.document.Document;
import dev.timeline.document.StartFilteredPattern;
import dev.timeline.event.CommonNouns;
import dev.timeline.tag.HistoricalDates;
import dev.timeline.tag.Mention;
import dev.timeline.tag.TimexType;
import dev.timeline.text.LanguageLayer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the dated happenings of one document: each date the tagger found (ranges such as "Aug. 31 to Sept. 3"
 * joined into one) is tied to the nearest trigger of its sentence; "first … in six years" dates the previous
 * occurrence from the creation date; anniversaries of well-known dates date the happening remembered.
 *
 * <p>Durations and sets alone make no event, nor do "now" and other references without a trigger, nor a report: a date
 * that dates the saying ("officials said on Monday that ...") dates no happening.
 */
final class HappeningFinder {
    private static final Pattern RANGE_GLUE = Pattern.compile("\\s*(to|through|until|till|–|—|-)\\s*");
    private static final Pattern YEARS_AGO = Pattern.compile(
            "\\b(?:(?:in|after|for)\\s+(two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s+years"
                    + "|(two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s+years\\s+(?:after|since))\\b");
    /** The word without which a sentence remembers no happening ({@link #remembered}). */
    private static final String ANNIVERSARY = "anniversary";
    /** How many sentences one thread takes at a time when a long document's sentences are shared out. */
    private static final int SENTENCES_PER_RUN = 200;
    private static final Pattern ANNIVERSARY_OF = Pattern.compile("\\banniversary\\s+of\\s+([^.;]{3,80})");
    private static final Pattern DATE_VALUE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?|-W\\d{2}|-Q\\d|-[A-Z]{2})?");
    private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten");
    private static final Pattern FOLLOWING = Pattern.compile(
            "\\s*(?:following|after|upon)\\s+(?:the|a|an|his|her|its|their)\\s+");
    private static final Pattern COMPARISON = Pattern.compile("\\b(from|than|unlike)\\b");
    /** A clause boundary before a happening: "reengaging with the US, as his visits to China in 2018". */
    private static final Pattern CLAUSE_BEFORE = Pattern.compile(
            "[;\u2014\u2013]|, (?:as|but|while|whereas|which|who|although|though|because|and|so)\\b");
    /** A clause boundary after a happening's date: "Since taking power in 2011, Kim has visited China". */
    private static final Pattern CLAUSE_AFTER = Pattern.compile("[,;\u2014\u2013]");
    private static final StartFilteredPattern CONNECTIVE = StartFilteredPattern.compile(
            "(?i)\\b(after|before|ahead of|following|until|till|prior to|since|in the wake of)\\b");
    private static final int MAX_DISTANCE = 110;
    /** "Washington, D.C.": a comma before initials, which joins one name rather than two clauses. */
    private static final Pattern COMMA_INITIALS = Pattern.compile(",\\s*([A-Z]\\.)+");
    private static final Pattern LEADING_PREPOSITION = Pattern.compile(".*\\b(in|on|since|during|from)\\s*$");
    /**
     * The type of the trigger nouns of spills, disasters, explosions and attacks, dated only by a date that
     * premodifies them or follows them after "of" or "in" ("the Wall Street meltdown of 2008").
     */
    private static final String DISASTER = "disaster";
    /**
     * Up to four words of a name or modifier between a date and its noun, after a possessive's "'s" or an appositive's
     * comma: "1989 [Exxon Valdez] spill", "Monday['s] explosion", "Sept. 11, 2001[,] terrorist attacks".
     */
    private static final Pattern PREMODIFIER = Pattern.compile("(?:['\u2019]s|,)?"
            + "(?:\\s+(?!(?:of|in|on|at|the|a|an|and|or|to|for|by|from|with|since|after|before|as|than|was|is|has|had"
            + "|will|that|which|who|when|where|while|said|says)\\b)"
            + "[\\p{L}'\u2019-]+){0,4}\\s+");
    /** What may stand between a noun and the date after it that dates it: "the Wall Street meltdown [of] 2008". */
    private static final Pattern POSTMODIFIER = Pattern.compile("\\s+(?:of|in)\\s+");
    /** A relative clause's word between a verb and a date after it, which the clause's own verb takes. */
    private static final Pattern RELATIVE = Pattern.compile("\\b(?:where|which|who|whom|that)\\b");
    /** "on" between a noun and its date, which only a phrase of time order gives the noun: "disaster on April 20". */
    private static final Pattern ON = Pattern.compile("\\s+on\\s+");
    /** A capitalized word right before a day's name: "Bloody [Sunday]". */
    private static final Pattern NAME_BEFORE_DAY = Pattern.compile("\\b([A-Z][a-z]+)\\s+$");
    /** Capitalized words that lead to a day's date, no name: "On Sunday", "Last Monday". */
    private static final Set<String> DAY_LEADS = Set.of("On", "Last", "Next", "This", "Late", "Early", "By", "Since",
            "Until", "Before", "After", "From", "Every", "Each");
    /** A word of time order opening the phrase of a noun, a few words before it: "since the ... disaster". */
    private static final Pattern ORDER_BEFORE = Pattern.compile(
            "(?i)\\b(?:since|after|following|before)\\s+(?:[\\p{L}\\d'\u2019-]+\\s+){0,6}$");
    /** How many characters before a noun the word of time order that opens its phrase may stand. */
    private static final int ORDER_REACH = 80;
    /** How many characters a date's premodified noun may stand after it. */
    private static final int PREMODIFIER_REACH = 60;
    private static final StartFilteredPattern AND_BUT_WHILE = StartFilteredPattern.compile("\\b(and|but|while)\\b");
    private static final Pattern SINCE_THE = Pattern.compile("\\s*((the|last|early|late|mid|this)\\s+)?");

    /** Only "since" between a noun and its date: "the APEC Leaders' Meeting since 1996". */
    private static final Pattern SINCE_ONLY = Pattern.compile("(?i)\\s*since\\s*");
    /**
     * A rank before a noun that makes "since" and a date name its previous occurrence: "his first trip since 2019",
     * "the worst flood since 1998".
     */
    private static final Pattern RANKED_BEFORE = Pattern.compile(
            "(?i)\\b(?:first|last|latest|only|worst|best|most|[a-z]+est)\\b(?:\\s+[\\p{L}\\d'\u2019-]+){0,10}\\s*$");
    /** How many characters before a noun {@link #RANKED_BEFORE} reads. */
    private static final int RANK_REACH = 90;

    private HappeningFinder() {
    }

    /** A dated expression: one mention, or two joined into a range. */
    private record Dated(int start, int end, String value, String mod, String text) {
    }

    /**
     * The items of {@code sorted} (in text order, by start) that overlap the sentence {@code s}: a binary search for
     * the first that ends after its start, then the run that starts before its end.
     */
    static <T> List<T> within(List<T> sorted, Sentences.Span s, java.util.function.ToIntFunction<T> start,
            java.util.function.ToIntFunction<T> end) {
        return within(sorted, s.start(), s.end(), start, end);
    }

    /** The items of {@code sorted} (in text order, by start) that overlap {@code [from, to)}. */
    static <T> List<T> within(List<T> sorted, int from, int to, java.util.function.ToIntFunction<T> start,
            java.util.function.ToIntFunction<T> end) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start.applyAsInt(sorted.get(mid)) < from && end.applyAsInt(sorted.get(mid)) <= from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int last = lo;
        while (last < sorted.size() && start.applyAsInt(sorted.get(last)) < to) {
            last++;
        }
        return sorted.subList(lo, last);
    }

    /**
     * The happenings of {@code doc}, whose names are {@code entities}; {@code dct} is null when unknown. Sentences are
     * read independently of one another, those of a long document on the threads of the caller's pool ({@link
     * PoolWork}).
     */
    static List<Happening> find(Document doc, LocalDate dct, List<Mention> mentions, List<Entities.Entity> entities) {
        String text = doc.text();
        String mainPerson = mainPerson(entities);
        List<int[]> timeSpans = mentions.stream().map(m -> new int[] {m.start(), m.end()}).toList();
        List<Dated> dated = join(text, mentions);
        List<Entities.Entity> byStart = new ArrayList<>(entities);
        byStart.sort(java.util.Comparator.comparingInt(Entities.Entity::start).thenComparingInt(Entities.Entity::end));
        java.util.Set<String> personNames = new java.util.LinkedHashSet<>();
        entities.stream().filter(e -> e.kind() == Entities.Kind.PERSON).forEach(e -> personNames.add(e.name()));
        return PoolWork.flatMapInOrder(Sentences.split(text), SENTENCES_PER_RUN, s -> {
            // what lies in the sentence, found by position, so that the work stays linear in the document
            List<Dated> sentenceDated = within(dated, s, Dated::start, Dated::end);
            List<Mention> sentenceMentions = within(mentions, s, Mention::start, Mention::end);
            boolean dates = sentenceDated.stream().anyMatch(d -> s.contains(d.start())) || dct != null
                    && sentenceMentions.stream().anyMatch(m -> m.type() == TimexType.DURATION && s.contains(m.start()));
            if (!dates && !s.text().contains(ANNIVERSARY)) {
                return List.of(); // most sentences date nothing and remember nothing: they give no happening
            }
            if (ArticleProse.notProse(s.text())) {
                // a reader's comment, the page's stamp or a photo caption (page-furniture.txt); a column; a listing
                return List.of();
            }
            List<Entities.Entity> sentenceEntities = within(byStart, s, Entities.Entity::start, Entities.Entity::end);
            List<int[]> sentenceTimes = within(timeSpans, s, x -> x[0], x -> x[1]);
            Titles.Context c = new Titles.Context(s.text(), s.start(), sentenceEntities, sentenceTimes, mainPerson,
                    personNames);
            // most sentences date nothing: only those that do are searched for triggers
            List<Triggers.Trigger> all = dates ? Triggers.find(s.text()) : List.of();
            // a disaster's noun dates only where no other trigger takes the date: "the 1988 plane bombing, in which
            // 270 people died" tells of the deaths, "the 1989 Tiananmen Square massacre" of the massacre
            List<Triggers.Trigger> triggers = all.stream().filter(t -> !t.type().equals(DISASTER)).toList();
            List<Triggers.Trigger> disasters = all.stream().filter(t -> t.type().equals(DISASTER)).toList();
            List<Happening> out = new ArrayList<>();
            for (Dated d : sentenceDated) {
                if (s.contains(d.start())) {
                    java.util.Optional<Happening> main = tie(doc, dct, s, c, triggers, d, sentenceDated);
                    java.util.Optional<Happening> h = main.filter(x -> !x.title().isEmpty()).isPresent() ? main
                            : tie(doc, dct, s, c, disasters, d, sentenceDated).filter(x -> !x.title().isEmpty())
                                    .or(() -> main);
                    // a happening whose title is unsayable ("He takes power", no one named) can still date
                    // what occasioned it
                    h.filter(x -> !x.title().isEmpty()).ifPresent(out::add);
                    h.flatMap(x -> occasion(doc, s, c, triggers, d, x)).ifPresent(out::add);
                }
            }
            for (Mention m : sentenceMentions) {
                if (dct != null && s.contains(m.start()) && m.type() == TimexType.DURATION) {
                    previousOccurrence(doc, dct, s, c, triggers, m).ifPresent(out::add);
                }
            }
            remembered(doc, s, c).ifPresent(out::add);
            return out;
        });
    }

    private static List<Dated> join(String text, List<Mention> mentions) {
        List<Dated> out = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.type() != TimexType.DATE && m.type() != TimexType.TIME) {
                continue;
            }
            String value = m.type() == TimexType.TIME && m.value().length() >= 10 ? m.value().substring(0, 10)
                    : m.value();
            if (!DATE_VALUE.matcher(value).matches()) {
                continue; // PRESENT_REF, PAST_REF, XXXX-…: nothing to place on a timeline
            }
            if (i + 1 < mentions.size()) {
                Mention n = mentions.get(i + 1);
                String gap = text.substring(m.end(), n.start());
                if (RANGE_GLUE.matcher(gap).matches() && DATE_VALUE.matcher(n.value()).matches()
                        && n.value().compareTo(value) > 0 && m.mod().isEmpty() && n.mod().isEmpty()) {
                    out.add(new Dated(m.start(), n.end(), value + "/" + n.value(), null,
                            text.substring(m.start(), n.end())));
                    i++;
                    continue;
                }
            }
            out.add(new Dated(m.start(), m.end(), value, m.mod().orElse(null), m.text()));
        }
        return out;
    }

    /**
     * Whether another date of the sentence suits the trigger better than {@code d}: one in the trigger's clause when
     * {@code d} is not, else a nearer one. "The leader until he died in 1994, would have been 85 on April 15" ties the
     * death to 1994 only, and so does "a 1975 coup in which he was killed was set to open Monday" (Monday is another
     * verb's).
     */
    private static boolean nearerDate(Sentences.Span s, Triggers.Trigger t, Dated d, List<Dated> sentenceDated) {
        int ds = d.start() - s.start();
        int de = d.end() - s.start();
        int own = distance(t, ds, de);
        boolean ownClause = sameClause(s, t, ds, de);
        for (Dated other : sentenceDated) {
            int os = other.start() - s.start();
            int oe = other.end() - s.start();
            if (other == d || !s.contains(other.start())) {
                continue;
            }
            // nearer wins within the same kind of clause, and the trigger's own clause wins over another: the
            // clause is read only where it decides
            boolean nearer = distance(t, os, oe) < own;
            if (ownClause ? nearer && sameClause(s, t, os, oe) : nearer || sameClause(s, t, os, oe)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameClause(Sentences.Span s, Triggers.Trigger t, int ds, int de) {
        int from = Math.min(t.end(), de);
        int to = Math.max(t.start(), ds);
        if (from >= to) {
            return true;
        }
        // the trigger's own auxiliaries do not part it from a date before it ("in 1975 ... he was killed")
        String gap = withoutOwnAuxiliaries(s.text().substring(from, to));
        return !ANOTHER_CLAUSE.search(gap).find();
    }

    /**
     * {@code gap} without the auxiliaries that end it ({@link #OWN_AUXILIARIES}), tried only where they can begin:
     * in the run of lower-case letters and spaces at its end, not at every position of the gap.
     */
    private static String withoutOwnAuxiliaries(String gap) {
        int from = gap.length();
        while (from > 0 && AUXILIARY_RUN.matches(gap.charAt(from - 1))) {
            from--;
        }
        Matcher m = OWN_AUXILIARIES.matcher(gap).useTransparentBounds(true).region(from, gap.length());
        return m.find() ? gap.substring(0, m.start()) + gap.substring(m.end()) : gap;
    }

    /**
     * Where the noun phrase of a thing ends that the date at {@code [ds, de)} premodifies after an article or a
     * possessive ("the 2004 memoir", "its 2010 annual report"): the run of common nouns right after the date, none of
     * them a noun that often names a happening ({@link CommonNouns#oftenAHappening}) and no trigger among them; -1
     * for any other date ("the 2005 elections", "the 1989 oil spill", "on Monday").
     */
    private static int premodifiedThingEnd(String sentence, int ds, int de, List<Triggers.Trigger> triggers) {
        Matcher before = DETERMINER_BEFORE.matcher(sentence.substring(Math.max(0, ds - 8), ds));
        if (!before.find()) {
            return -1;
        }
        Matcher word = LOWER_WORD.matcher(sentence);
        int end = -1;
        int at = de;
        while (word.find(at) && word.start() == at) {
            String w = word.group(1);
            String singular = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
            if (!CommonNouns.contains(w) && !CommonNouns.contains(singular)) {
                break;
            }
            if (CommonNouns.oftenAHappening(w)) {
                return -1;
            }
            end = word.start(1) + w.length();
            at = word.end();
        }
        for (Triggers.Trigger t : triggers) {
            if (t.start() >= de && t.start() < end) {
                return -1; // "the 1989 oil spill": a trigger's phrase
            }
        }
        return end;
    }

    /** An article or a possessive right before a date: "the 2004 memoir", "its 2010 report". */
    private static final Pattern DETERMINER_BEFORE = Pattern.compile("(?i)\\b(?:the|a|an|its|their|his|her)\\s+$");
    /** A word in lower case after spaces: the words of a premodified noun phrase. */
    private static final Pattern LOWER_WORD = Pattern.compile("\\s+([a-z][a-z-]*)\\b");

    /**
     * Whether the date ending at {@code dateEnd} premodifies the noun at {@code noun}: at most four words of a name or
     * modifier between them ("the 1989 Exxon Valdez spill", "the April 20 oil spill", "the 2007 Hebei Spirit oil
     * spill"), not a date of another phrase ("shares fell on Monday amid the spill").
     */
    private static boolean premodifies(String sentence, int dateEnd, int noun) {
        return dateEnd <= noun && noun - dateEnd <= PREMODIFIER_REACH
                && PREMODIFIER.matcher(sentence.substring(dateEnd, noun)).matches();
    }

    /**
     * Whether the date starting at {@code dateStart} follows trigger {@code t} as its own: right after "of" or "in"
     * ("the Wall Street meltdown of 2008"), or after "on" in a phrase of time order ("Since the Deepwater Horizon
     * drilling rig disaster on April 20, BP shares have lost"); "amid the spill on Monday" dates the sentence's verb.
     */
    private static boolean postmodifies(String sentence, Triggers.Trigger t, int dateStart) {
        if (t.end() > dateStart) {
            return false;
        }
        String between = sentence.substring(t.end(), dateStart);
        return POSTMODIFIER.matcher(between).matches() || ON.matcher(between).matches()
                && ORDER_BEFORE.matcher(sentence.substring(Math.max(0, t.start() - ORDER_REACH), t.start())).find();
    }

    /**
     * Whether the date {@code date} at {@code dateStart} is a day's name inside a capitalized name: "the 1972 Bloody
     * Sunday massacre", "Black Monday" (not "On Sunday," at the sentence's start).
     */
    private static boolean insideAName(String sentence, String date, int dateStart) {
        if (!HappeningFilters.isWeekday(date.split("\\W", 2)[0])) {
            return false; // "the Deepwater Horizon April 20 explosion": a date after a name is the noun's
        }
        Matcher m = NAME_BEFORE_DAY.matcher(sentence.substring(Math.max(0, dateStart - 20), dateStart));
        return m.find() && !DAY_LEADS.contains(m.group(1)) && dateStart - m.group().length() > 0;
    }

    /** How many commas, semicolons, em dashes and opening parentheses {@code between} holds. */
    private static int separators(String between) {
        int n = 0;
        for (int i = 0; i < between.length(); i++) {
            char ch = between.charAt(i);
            n += ch == ',' || ch == ';' || ch == '—' || ch == '(' ? 1 : 0;
        }
        return n;
    }

    private static int distance(Triggers.Trigger t, int ds, int de) {
        return t.end() <= ds ? ds - t.end() : t.start() >= de ? t.start() - de : 0;
    }

    /** What separates a trigger from a date of another clause: a comma, or a finite auxiliary or modal. */
    private static final StartFilteredPattern ANOTHER_CLAUSE = StartFilteredPattern.compile(
            ",|\\b(?:was|were|is|are|will|would|has|have|had|could|may|might)\\b");

    /** "has", "have" or "have been" right before a trigger, maybe an adverb in "-ly" between: the present perfect. */
    private static final Pattern PRESENT_PERFECT = Pattern.compile(
            "\\b(?:has|have)\\s+(?:\\p{L}+ly\\s+)?(?:been\\s+)?(?:\\p{L}+ly\\s+)?$");
    private static final Pattern OWN_AUXILIARIES = Pattern.compile(
            "(?:\\b(?:was|were|is|are|has|have|had|been|be|being)\\s+)+$");
    /** The characters of a match of {@link #OWN_AUXILIARIES}: lower-case letters, spaces and line terminators. */
    private static final CharMatcher AUXILIARY_RUN = CharMatcher.inRange('a', 'z')
            .or(CharMatcher.anyOf(" \t\n\u000B\f\r\u0085\u2028\u2029"));

    private static java.util.Optional<Happening> tie(Document doc, LocalDate dct, Sentences.Span s, Titles.Context c,
            List<Triggers.Trigger> triggers, Dated d, List<Dated> sentenceDated) {
        int ds = d.start() - s.start();
        int de = d.end() - s.start();
        if (HappeningFilters.aroundAHoliday(s.text(), d.text(), de)) {
            return java.util.Optional.empty(); // "visited Tarn during the Easter holidays": some day around Easter
        }
        boolean onDct = dct != null && d.value().equals(dct.toString());
        Triggers.Trigger best = null;
        double bestCost = Double.MAX_VALUE;
        String lead = s.text().substring(Math.max(0, ds - 6), ds).toLowerCase(java.util.Locale.ROOT);
        boolean leadingPreposition = LEADING_PREPOSITION.matcher(lead).matches();
        int thingEnd = premodifiedThingEnd(s.text(), ds, de, triggers);
        for (Triggers.Trigger t : triggers) {
            if (thingEnd >= 0 && t.start() >= thingEnd) {
                continue; // "the 2004 memoir written by the explorer, who died": the year is the memoir's
            }
            if (t.type().equals("announcement")) {
                Announcements.Verdict v = Announcements.judge(c, triggers, t, ds, de, d.value());
                if (v == Announcements.Verdict.ONLY_SAID) {
                    return java.util.Optional.empty(); // when it was said dates no happening
                }
                if (v == Announcements.Verdict.NOT_ATTACHED) {
                    continue;
                }
                return java.util.Optional.empty(); // the date is the saying's: a report is no happening
            }
            if (t.type().equals(DISASTER) && (!premodifies(s.text(), de, t.start()) && !postmodifies(s.text(), t, ds)
                    || insideAName(s.text(), d.text(), ds))) {
                continue; // "the 1989 Exxon Valdez spill": a disaster's own date stands before its name, in its phrase
            }
            int distance = distance(t, ds, de);
            if (distance > MAX_DISTANCE) {
                continue; // its cost is at least the distance: never chosen, so what lies between is not read
            }
            double cost = distance;
            if (!t.type().equals("announcement") && onDct) {
                cost += 30;
            }
            if (t.verb() && t.start() >= de) {
                cost += 15;
            }
            if (t.start() >= de && leadingPreposition) {
                cost += 25; // "the anniversary of X in October": the date follows what it dates
            }
            // the terms below only add to the cost or rule the trigger out: one that cannot win is not read further
            if (cost >= bestCost) {
                continue;
            }
            // a trigger inside the date ("Election Day") has nothing between them
            int gapStart = Math.min(t.end(), de);
            int gapEnd = Math.max(t.start(), ds);
            String between = gapStart >= gapEnd ? ""
                    : COMMA_INITIALS.matcher(s.text().substring(gapStart, gapEnd)).replaceAll("");
            if (t.end() <= ds && SINCE_ONLY.matcher(between).matches() && !RANKED_BEFORE.matcher(
                    s.text().substring(Math.max(0, t.start() - RANK_REACH), t.start())).find()) {
                continue; // "organized along with the APEC Leaders' Meeting since 1996": the organizing's start
            }
            if (t.verb() && t.end() <= ds && RELATIVE.matcher(between).find()) {
                // "has killed 109 people in Mexico, where it was first detected in April": the relative clause's date
                continue;
            }
            cost += 40 * separators(between);
            if (cost < bestCost && AND_BUT_WHILE.search(between).find()) {
                cost += 40;
            }
            if (cost < bestCost && !acrossConnective(between, t.end() <= ds)) {
                bestCost = cost;
                best = t;
            }
        }
        if (best == null || bestCost > MAX_DISTANCE || nearerDate(s, best, d, sentenceDated)
                || !best.verb() && CalledOff.calledOffBefore(s.text(), best.start())
                || CalledOff.calledOffAfter(s.text(), best.end())) {
            // "postponed a visit to Jordan that had been scheduled for Sunday": the visit did not take place; nor
            // did "Obama planned to visit the region in March, but had to cancel"
            return java.util.Optional.empty();
        }
        String title;
        boolean perfect = PRESENT_PERFECT.matcher(s.text().substring(Math.max(0, best.start() - 40), best.start()))
                .find();
        boolean since = s.text().substring(Math.max(0, ds - 6), ds).toLowerCase().contains("since");
        // "the first time a North Korean leader has joined a Chinese military parade since 1959": the one before
        boolean firstSince = since && s.text().toLowerCase().contains("first");
        if (best.verb() && (HappeningFilters.runningTotal(perfect, d.value(), d.mod(),
                java.util.Optional.ofNullable(dct)) || perfect && since && !firstSince)) {
            // "More than 80 soldiers have died this year", "H5N1 has killed 150 people since 2003": a running total
            return java.util.Optional.empty();
        }
        String surface = s.text().substring(best.start(), best.end());
        String value = d.value();
        if (best.verb() && dct != null && !perfect && LanguageLayer.english().maybeSimplePast(surface.split(" ")[0])
                && !NOT_PAST_BEFORE.matcher(s.text().substring(Math.max(0, best.start() - 20), best.start())).find()
                && DateOwners.afterTheDay(value, d.mod(), dct)) {
            // "Eleven people died when an explosion destroyed the rig on 20 April", written in March: the April before,
            // as the learned happenings read it (DateOwners.backToThePast); a date that names its year stays
            value = DateOwners.backToThePast("", d.text(), value, d.mod(), dct).orElse(value);
        }
        if (best.verb()) {
            title = Titles.verbPhrase(c, best);
        } else {
            title = Titles.nounPhrase(c, best, best.type());
            if (firstSince && best.type().equals("visit")) {
                // "his first trip to China since 2019": the 2019 trip came before
                title = title.contains("’s ") ? title.replaceFirst("’s ", "’s previous ") : "previous " + title;
            }
        }
        title = Titles.withoutQualifiedFirst(title, s.text());
        boolean opensSentence = !title.isEmpty() && s.text().strip().startsWith(title.split(" ", 2)[0]);
        if (isBare(title, surface)) {
            title = ""; // "Meeting", "Talks": a type word alone tells nothing
        } else if (!best.verb() && !Titles.namesWho(title, surface, opensSentence, s.text())) {
            // "a large-scale military parade on Sept. 3" after "China's military parade": the one the article named;
            // "civil war", "a trip to North Carolina": whose?
            title = Titles.namedBefore(doc.text(), title, surface, s.start() + best.start()).orElse("");
        }
        title = best.verb() ? title : MeetingClauses.of(title); // "Meeting of EU ministers": EU ministers meet
        int start = Math.min(best.start(), ds) + s.start();
        int end = Math.max(best.end(), de) + s.start();
        double confidence = Math.max(0.3, Math.min(0.95, 0.95 - bestCost / 200));
        boolean clause = best.verb();
        return java.util.Optional.of(happening(doc, value, d.mod(), best.type(), title, c, s, start, end,
                confidence).withNoun(clause ? -1 : s.start() + best.start()));
    }

    /** Words right before a past form that make it a participle of what is to come: "will be killed", "to be held". */
    private static final Pattern NOT_PAST_BEFORE = Pattern.compile(
            "(?i)\\b(?:will|would|shall|may|might|could|should|must|to|be|being|is|are|am)\\s+(?:be\\s+)?$");

    /** A form of "be" or "have" between a trigger and "since": the start of a state, not of the trigger's kind. */
    private static final Pattern VERB_BETWEEN = Pattern.compile("(?i)\\b(?:has|have|had|is|are|was|were|been)\\b");

    /**
     * Whether a temporal connective stands between a trigger and a date so that the date dates another clause:
     * "returned on Wednesday after visits to Russia", "visits Taiwan since Washington switched … in 1979", "the trip
     * prior to Thursday". Only "since" right before the date leaves it to the trigger ("his first trip since 2019":
     * the previous trip).
     */
    static boolean acrossConnective(String between, boolean triggerFirst) {
        StartFilteredPattern.Search connectives = CONNECTIVE.search(between);
        while (connectives.find()) {
            MatchResult m = connectives.match();
            // "Reports on his visit to Egypt have been abundant since late October": a verb between makes the date
            // its state's start
            boolean datesTheConnective = triggerFirst && m.group(1).equalsIgnoreCase("since")
                    && SINCE_THE.matcher(between).region(m.end(), between.length()).matches()
                    && !VERB_BETWEEN.matcher(between.substring(0, m.start())).find();
            if (!datesTheConnective) {
                return true;
            }
        }
        return false;
    }

    /** Whether a title is empty or only the trigger word itself ("Talks", "Death", "the meeting"). */
    static boolean isBare(String title, String trigger) {
        String t = title.strip().replaceFirst("(?i)^(the|a|an)\\s+", "");
        return t.isEmpty() || t.equalsIgnoreCase(trigger) || t.equalsIgnoreCase("announcement")
                || t.equalsIgnoreCase("statement") || NounPhrases.pointsBack(title);
    }

    /**
     * The happening that occasioned a dated one within the same year: "took power in 2011 following the death of his
     * father" dates the death to 2011 too. Only a year (not a day or month) is shared, since what comes "after" a
     * happening may come days or weeks later, but mostly within its year.
     */
    private static java.util.Optional<Happening> occasion(Document doc, Sentences.Span s, Titles.Context c,
            List<Triggers.Trigger> triggers, Dated d, Happening dated) {
        if (!d.value().matches("\\d{4}")) {
            return java.util.Optional.empty();
        }
        int de = d.end() - s.start();
        if (de > s.text().length()) {
            return java.util.Optional.empty(); // a range that runs on into the next sentence: nothing follows it here
        }
        Matcher m = FOLLOWING.matcher(s.text()).region(de, s.text().length());
        if (!m.lookingAt()) {
            return java.util.Optional.empty();
        }
        for (Triggers.Trigger t : triggers) {
            if (t.start() == m.end() && !t.verb() && !t.type().equals(dated.type())
                    && !t.type().equals("announcement")) {
                Titles.Named title = Titles.occasionTitle(c, t);
                if (isBare(title.text(), s.text().substring(t.start(), t.end()))) {
                    return java.util.Optional.empty();
                }
                int start = t.start() + s.start();
                int end = Math.max(t.end(), title.end()) + s.start();
                Happening h = happening(doc, d.value(), null, t.type(), title.text(), c, s, start, end, 0.5);
                return java.util.Optional.of(new Happening(h.documentId(), h.value(), h.mod(), h.type(), h.title(),
                        title.people(), h.places(), start, end, h.sentence(), h.confidence()));
            }
        }
        return java.util.Optional.empty();
    }

    private static java.util.Optional<Happening> previousOccurrence(Document doc, LocalDate dct, Sentences.Span s,
            Titles.Context c, List<Triggers.Trigger> triggers, Mention m) {
        Matcher ago = YEARS_AGO.matcher(s.text());
        int ms = m.start() - s.start();
        while (ago.find()) {
            if (ago.start() > ms + 6 || ago.end() < ms) {
                continue;
            }
            boolean first = s.text().toLowerCase().contains("first") || s.text().contains(" last ");
            if (!first) {
                return java.util.Optional.empty();
            }
            String count = ago.group(1) != null ? ago.group(1) : ago.group(2);
            int n = NUMBERS.contains(count) ? NUMBERS.indexOf(count) : Integer.parseInt(count);
            Triggers.Trigger visit = triggers.stream().filter(t -> t.type().equals("visit") || t.type()
                    .equals("meeting") || t.type().equals("parade"))
                    .min(java.util.Comparator.comparingInt(t -> Math.abs(t.start() - ms) + (t.start() > ms ? 40 : 0)))
                    .orElse(null);
            if (visit == null) {
                return java.util.Optional.empty();
            }
            String title = visit.verb() ? Titles.verbPhrase(c, visit) : Titles.nounPhrase(c, visit, visit.type());
            if (isBare(title, s.text().substring(visit.start(), visit.end()))) {
                return java.util.Optional.empty(); // "Previous": which visit, the sentence did not say
            }
            if (visit.verb() && visit.present().equals("visits")) {
                title = title.replaceFirst(" visits ", "’s previous visit to ");
            }
            title = title.replaceFirst("(?i)(’s |^)(rare |first |previous )+", "$1");
            if (isBare(title, s.text().substring(visit.start(), visit.end()))) {
                return java.util.Optional.empty(); // "its first parade in ten years": whose, the title lost
            }
            if (!title.contains("last")) {
                title = title.contains("’s ") ? title.replaceFirst("’s ", "’s previous ") : "previous " + title;
            }
            int start = Math.min(visit.start(), ms) + s.start();
            int end = Math.max(visit.end(), ms + m.text().length()) + s.start();
            return java.util.Optional.of(happening(doc, String.valueOf(dct.getYear() - n), null, visit.type(), title,
                    c, s, start, end, 0.6));
        }
        return java.util.Optional.empty();
    }

    private static java.util.Optional<Happening> remembered(Document doc, Sentences.Span s, Titles.Context c) {
        if (!s.text().contains(ANNIVERSARY)) {
            return java.util.Optional.empty();
        }
        Matcher m = ANNIVERSARY_OF.matcher(s.text());
        if (!m.find()) {
            return java.util.Optional.empty();
        }
        return HistoricalDates.find(m.group(1)).map(h -> {
            int start = s.start() + m.start(1) + h.start();
            return new Happening(doc.id(), h.date().toString(), null, "war", Phrases.capitalize(h.title()), List.of(),
                    List.of(), start, start + h.name().length(), s.text(), 0.7);
        });
    }

    private static Happening happening(Document doc, String value, String mod, String type, String title,
            Titles.Context c, Sentences.Span s, int start, int end, double confidence) {
        Set<String> people = new LinkedHashSet<>();
        Set<String> places = new LinkedHashSet<>();
        int clauseStart = Math.max(s.start(), start - 60);
        // "Kim's presence is an upgrade from the 2015 parade": who stands before "from" or "than" is compared with
        // the happening, not part of it
        Matcher comparison = COMPARISON.matcher(s.text()).region(clauseStart - s.start(), start - s.start());
        while (comparison.find()) {
            clauseStart = s.start() + comparison.end();
        }
        Matcher before = CLAUSE_BEFORE.matcher(s.text()).region(clauseStart - s.start(), start - s.start());
        while (before.find()) {
            clauseStart = s.start() + before.end();
        }
        int clauseEnd = Math.min(s.end(), end + 40);
        // a range cut by a sentence cut runs on past its sentence ("in 1998 to | 2000"): its clause ends with it
        Matcher after = CLAUSE_AFTER.matcher(s.text()).region(Math.min(end, s.end()) - s.start(),
                clauseEnd - s.start());
        if (after.find()) {
            clauseEnd = s.start() + after.start();
        }
        for (Entities.Entity e : c.entities()) {
            if (e.start() >= clauseStart && e.end() <= clauseEnd && !Entities.isNewsMedia(e.name())) {
                (e.kind() == Entities.Kind.PLACE ? places : people).add(e.name());
            }
        }
        for (String name : c.personNames()) {
            if (title.contains(name)) {
                people.add(name);
            }
        }
        if (title.contains(c.mainPerson()) && !c.mainPerson().isEmpty()) {
            people.add(c.mainPerson());
        }
        return new Happening(doc.id(), value, mod, type, Phrases.capitalize(title), List.copyOf(people),
                List.copyOf(places), start, end, s.text(), confidence);
    }


    /** The person the article is about: the first named more than once, as a news lede names its subject first. */
    private static String mainPerson(List<Entities.Entity> entities) {
        Map<String, Long> counts = entities.stream().filter(e -> e.kind() == Entities.Kind.PERSON)
                .collect(Collectors.groupingBy(Entities.Entity::name, Collectors.counting()));
        return entities.stream().filter(e -> e.kind() == Entities.Kind.PERSON)
                .filter(e -> counts.get(e.name()) >= Math.max(2, counts.values().stream().mapToLong(x -> x).max()
                        .orElse(0) / 3))
                .map(Entities.Entity::name).findFirst().orElse("");
    }
}
