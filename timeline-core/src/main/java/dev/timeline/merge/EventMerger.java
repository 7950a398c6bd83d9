package dev.timeline.merge;

import dev.timeline.happening.Entities;
import dev.timeline.happening.EventExtractor;
import dev.timeline.happening.Triggers;
import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import dev.timeline.timeline.EventType;
import dev.timeline.timeline.Source;
import dev.timeline.text.LanguageLayer;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Merges the events of several documents: one happening reported by several articles becomes one event carrying
 * all their sources, dated by the most precise report ("2011" and "late 2011" → late 2011).
 *
 * <p>Two events merge when their times are nested (one certainly within the other; a range only with an equal
 * range), their types agree (one family of {@code merge-families.txt}: a parade is a commemoration, a blowout an
 * explosion), and they share a participant, or, when either has none, the title, a place or a content word of the
 * title (an office such as "prime minister" is none: two reports share it as readily as one).
 * Incompatible dates never merge. Events of one document merge only when they fall on the same day, when one is the
 * same happening reported less precisely (see {@link LessPreciseReports}), or when the document tells it twice with
 * the same title and date (see {@link RepeatedReports}). Candidates are found through blocks keyed by year and
 * family, so the work grows with the number of events, not its square.
 *
 * <p>The result does not depend on the order of the input (events are clustered in a total order of their content),
 * and merging is repeated until nothing changes, so merging a merged list changes nothing.
 *
 * <p>{@code dev.timeline.chronology.Chronologies.build} calls it; it is public for engines that extract events elsewhere (such as
 * timeline-spark) and must merge exactly as the library does. Stateless and thread-safe.
 */
public final class EventMerger {
    private static final int WIDE = -1;
    /** The longest title a merged event takes from one of its reports when a shorter one is there. */
    private static final int MAX_MERGED_TITLE = 90;
    private static final Set<String> TITLE_STOP = Set.of("the", "a", "an", "of", "in", "to", "with", "and", "on",
            "at", "for", "his", "her", "its", "previous", "first", "last", "rare", "major", "announcement", "into",
            "from", "onto", "over", "after", "before", "against", "during", "under", "between", "about", "their");

    private static final Set<String> PUBLIC = Set.of("parade", "war", "anniversary");
    /** The type of the trigger lexicon's hazards and disasters: "explosion", "bombing", "spill". */
    private static final String DISASTER = "disaster";
    /**
     * Title words, without a final "s", that reports of deaths share whatever killed whom, so that two tolls of one
     * month or day ("A bomber kills 17 people", "The earthquake kills 73,000 people"; "Three people are killed and
     * several others wounded" in Nairobi and in Gaza) are not one happening by them. A count in words is among them
     * ("three soldiers wounded"); one in digits ("11 workers") is not.
     */
    private static final Set<String> DEATH_WORDS = Set.of("kill", "killed", "die", "died", "dead", "death", "people",
            "person", "life", "live", "wounded", "injured", "several", "other", "least", "more", "are", "is", "were",
            "was", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "hundred",
            "thousand", "killing", "injuring", "wounding", "hurting");
    /** A toll told after its cause: "A car bomb explodes in a marketplace, killing five people and wounding 19". */
    private static final Pattern TOLL_AFTER_CAUSE = Pattern.compile(", (?:killing|injuring|wounding|hurting) ");
    /** Verbs that name little by themselves: learned events of these types merge only on who and where. */
    private static final Set<String> LIGHT_VERBS = Set.of("make", "take", "have", "give", "get", "hold", "do", "go",
            "come", "put", "set", "keep");

    private EventMerger() {
    }

    /** A total order of event content: narrow before wide, so precise reports found the clusters. */
    /**
     * Returns the order in which merging visits events (narrowest time first, then by content), which is also the
     * order that gives merged events their readable ids.
     */
    public static Comparator<Event> order() {
        return ORDER;
    }

    static final Comparator<Event> ORDER = Comparator.comparingLong(EventMerger::width)
            .thenComparing(e -> e.when().earliestDay())
            .thenComparing(Event::when)
            .thenComparing(e -> e.type().name())
            .thenComparing(Event::title)
            .thenComparing(e -> String.join("\u0000", e.participants()))
            .thenComparing(e -> String.join("\u0000", e.places()))
            .thenComparing(e -> e.sources().toString())
            .thenComparing(Event::id)
            .thenComparing(e -> e.attributes().toString());

    /**
     * Merges {@code events}, in any order, into one event per happening; the result is in a fixed order of
     * content (narrow times first), whatever the input order. Events whose {@link #mergeGroup merge groups} differ,
     * or whose covered days do not overlap, never merge, so a caller may split the input by group and by connected
     * runs of overlapping days, merge each part on its own and get the same events.
     */
    public static List<Event> merge(Collection<Event> events) {
        List<Event> current = List.copyOf(events);
        // the head words of titles, kept from pass to pass: a pass sees again the titles the one before kept
        Map<List<Object>, Optional<String>> heads = new HashMap<>();
        while (true) {
            List<Event> next = LessPreciseReports.fold(cluster(RepeatedReports.fold(current)), heads);
            if (next.size() == current.size()) {
                return next; // nothing merged: a fixpoint, so merging again changes nothing
            }
            current = next;
        }
    }

    private static List<Event> cluster(List<Event> events) {
        List<Event> ordered = new ArrayList<>(events);
        ordered.sort(ORDER);
        MergeBlocks blocks = new MergeBlocks();
        for (Event e : ordered) {
            blocks.place(e, keys(e));
        }
        List<Event> merged = new ArrayList<>();
        for (MergeCluster c : blocks.clusters()) {
            merged.add(combine(c.members));
        }
        return merged;
    }

    static long width(Event e) {
        return widthOf(e.when());
    }

    /** How many days {@code w} spans beyond its first: 0 for a day. */
    static long widthOf(When w) {
        return ChronoUnit.DAYS.between(w.earliestDay(), w.latestDay());
    }

    private static List<String> keys(Event e) {
        int from = e.when().earliestDay().getYear();
        int to = e.when().latestDay().getYear();
        String group = mergeGroup(e);
        List<String> keys = new ArrayList<>();
        if (to - from > 3) {
            keys.add(group + "/" + WIDE);
        } else {
            for (int y = from; y <= to; y++) {
                keys.add(group + "/" + y);
            }
        }
        return keys;
    }

    /**
     * The merge group of a type, its family of {@code merge-families.txt}: events whose groups differ never merge
     * ("parade" and "commemoration" share one, "explode" and "blowout" another).
     */
    public static String mergeGroup(EventType type) {
        return MergeFamilies.of(type);
    }

    /**
     * The merge group of an event: for an event of one day, the family of a happening its title names as a noun
     * ({@code merge-nouns.txt}), whatever its verb: "The explosion on the Velo rig kills 11 workers" and "The Velo
     * spill begins with the explosion" merge with "The Velo rig explodes" of that day; else its type's ({@link
     * #mergeGroup(EventType)}). A month's report keeps its verb's group: "29 miners die in an explosion in April" may be
     * another explosion of the month. Events whose groups differ never merge.
     */
    public static String mergeGroup(Event e) {
        if (width(e) != 0) {
            return mergeGroup(e.type());
        }
        return MergeFamilies.ofTitle(e.title()).orElse(mergeGroup(e.type()));
    }

    /** Whether one time is certainly within the other; a range only with the same days. */
    static boolean nested(When x, When y) {
        if (x.isRange() || y.isRange()) {
            return x.coveredDays().equals(y.coveredDays());
        }
        if (!x.coveredDays().encloses(y.coveredDays()) && !y.coveredDays().encloses(x.coveredDays())) {
            return false; // certainly-during needs enclosed days: a cheap test before the exact one
        }
        return x.equals(y) || x.isCertainlyDuring(y) || y.isCertainlyDuring(x);
    }

    /**
     * A title that tells a toll alone, neither cause nor place: "11 workers killed", "Eleven people die". A merged
     * event takes another member's title over it ("An explosion destroys the Deepwater Horizon drilling rig").
     */
    private static final Pattern BARE_TOLL = Pattern.compile("(?i)(?:about |some |at least |more than )?[\\w,]+"
            + "(?: [\\w-]+){1,2} (?:(?:are|is|were|was) )?(?:killed|die|dies|dead|injured|wounded|hurt)");
    /** A toll in digits in a title, of two digits or more: "11" of "11 workers killed", "73,000". */
    private static final Pattern TOLL = Pattern.compile("(?<![\\w.,])\\d[\\d,]*\\d(?![\\w.])");

    /**
     * Whether title word {@code w} is a toll in digits of two or more, "11" of "11 workers killed", or a toll in
     * millions ("kills two million people", "kills an estimated 2 million"): two reports of deaths rarely share one by
     * chance.
     */
    static boolean isToll(String w) {
        return w.length() >= 2 && w.chars().allMatch(c -> c >= '0' && c <= '9' || c == ',') || w.equals("million");
    }

    /** {@code words} less those of the names {@code participantKeys} ({@link #keys}): "hayward" of "Tony Hayward". */
    static Set<String> withoutNames(Set<String> words, Set<String> participantKeys) {
        Set<String> out = new LinkedHashSet<>(words);
        for (String key : participantKeys) {
            for (String w : key.split(" ")) {
                out.remove(w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
            }
        }
        return out;
    }

    /**
     * Whether a word of one of the names {@code participantKeys} ({@link #keys}) is among {@code words}, content words
     * of another event's title ({@link #contentWords}): "Jackson dies" and a death whose participant is "Michael
     * Jackson" tell of one person.
     */
    static boolean namesOneOf(Set<String> participantKeys, Set<String> words) {
        for (String key : participantKeys) {
            for (String w : key.split(" ")) {
                if (w.length() > 2 && words.contains(w.endsWith("s") ? w.substring(0, w.length() - 1) : w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code type} tells of deaths: the lexicon's "death", a learned "kill" or "die". */
    static boolean isDeath(EventType type) {
        return type.name().equals("death") || type.name().equals("kill") || type.name().equals("die");
    }

    /** Whether {@code e}'s time spans a week at most: one shared word then ties two reports of a learned verb. */
    static boolean withinAWeek(Event e) {
        return width(e) <= 6;
    }

    /** Whether {@code type} is a light verb ("make", "take"): a merge needs a shared place and two shared words. */
    static boolean isLightVerb(EventType type) {
        return LIGHT_VERBS.contains(type.name());
    }

    /** Happenings a whole country sees on one day (parades, wars, anniversaries): one day is enough to merge them. */
    static boolean isPublic(EventType type) {
        return PUBLIC.contains(mergeGroup(type));
    }

    /** A number in digits in a title, of one digit or more: "500", "2,000", "3.5". */
    private static final Pattern COUNT = Pattern.compile("(?<![\\w.,])\\d[\\d,.]*(?<![.,])(?![\\w])");

    /**
     * Whether both titles' numbers in digits ({@link #counts}) are given and none of them the same: one article tells
     * two groups or two amounts, not one happening twice.
     */
    static boolean differentCounts(Set<String> a, Set<String> b) {
        return !a.isEmpty() && !b.isEmpty() && !overlaps(a, b);
    }

    /** The numbers in digits of {@code e}'s title ({@link #differentCounts}). */
    static Set<String> counts(Event e) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = COUNT.matcher(e.title());
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static boolean overlaps(Set<String> a, Set<String> b) {
        return a.stream().anyMatch(b::contains);
    }

    static Set<String> keys(List<String> names) {
        Set<String> out = new LinkedHashSet<>();
        names.forEach(n -> out.add(Entities.key(n)));
        return out;
    }

    /** A capitalized name with a possessive "'s" in a title: "Dubai's stock market falls". */
    private static final Pattern OWNER = Pattern.compile("(\\p{Lu}[\\p{L}\\d-]*)(?:'|\u2019)s\\b");

    /**
     * The names that own something in {@code e}'s title, in lower case ("Dubai's stock market falls": "dubai"): a
     * learned verb's report that names its owner tells another happening than one that does not name it, whatever
     * single word they share.
     */
    static Set<String> owners(Event e) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = OWNER.matcher(e.title());
        while (m.find()) {
            // as a title word: "Texas's" is "texa", as "Texas" is; "EU's" is no word
            String owner = titleWord(m.group(1).toLowerCase(Locale.ROOT));
            if (owner != null) {
                out.add(owner);
            }
        }
        return out;
    }

    /**
     * The words of {@code e}'s title in lower case, but for short ones and stop words, each without a final "s". A
     * word is a run of letters ({@code \\p{L}}) and ASCII digits.
     */
    static Set<String> titleWords(Event e) {
        return titleWords(e.title());
    }

    private static Set<String> titleWords(String text) {
        Set<String> out = new LinkedHashSet<>();
        String title = text.toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < title.length()) {
            if (!isWordCharacter(title.codePointAt(i))) {
                i += Character.charCount(title.codePointAt(i)); // between words
                continue;
            }
            int start = i;
            while (i < title.length() && isWordCharacter(title.codePointAt(i))) {
                i += Character.charCount(title.codePointAt(i));
            }
            String w = titleWord(title.substring(start, i));
            if (w != null) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * A title word in lower case as {@link #titleWords} keeps it, without a final "s" ("flies" and "fly", "talks" and
     * "talk": one word); null for a short one or a stop word.
     */
    private static String titleWord(String w) {
        if (w.length() <= 2 || TITLE_STOP.contains(w)) {
            return null;
        }
        return w.endsWith("ies") && w.length() > 4 ? w.substring(0, w.length() - 3) + "y"
                : w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    }

    /** Whether a code point belongs to a title word: a letter or an ASCII digit, as {@code [\\p{L}\\d]} reads it. */
    private static boolean isWordCharacter(int codePoint) {
        return Character.isLetter(codePoint) || codePoint >= '0' && codePoint <= '9';
    }

    /**
     * The title words of {@code e} that say more than its type: "began" and "begins" of a "begin", "meeting" or
     * "summit" of a "meeting" are shared by every event of the type, so they show no two reports tell one happening. A
     * public happening keeps them: a country holds one victory parade in a season, however the reports name it.
     */
    static Set<String> contentWords(Event e) {
        Set<String> out = titleWords(e);
        if (isPublic(e.type())) {
            return out;
        }
        String type = e.type().name();
        if (isDeath(e.type()) || TOLL_AFTER_CAUSE.matcher(e.title()).find()) {
            out.removeAll(DEATH_WORDS);
            Matcher toll = TOLL.matcher(e.title());
            while (toll.find()) {
                out.add(toll.group()); // "11 people killed": short words are no title words, a toll is
            }
        }
        // "The Kestrian prime minister arrives" and "The Lornish prime minister arrives": an office names no one
        out.removeIf(Entities::isTitleWord);
        out.removeIf(w -> w.startsWith(type) || type.startsWith(w)
                || LanguageLayer.english().irregularPastLemma(w).filter(type::equals).isPresent());
        // "summit" of a "meeting", "trip" of a "visit": the noun that gave the event its type names every one of it;
        // not a disaster's, whose noun says which harm ("the Lockerbie bombing", "the bombing of Pan Am flight 103")
        for (Triggers.Trigger t : Triggers.find(e.title())) {
            if (!t.verb() && t.type().equals(type) && !type.equals(DISASTER)) {
                out.removeAll(titleWords(e.title().substring(t.start(), t.end())));
            }
        }
        return out;
    }

    /** How many title words {@code e} shares with the other members: its words' counts over all, less its own. */
    private static int agreement(Event e, Map<String, Integer> wordCounts) {
        int shared = 0;
        for (String w : titleWords(e)) {
            shared += wordCounts.get(w) - 1;
        }
        return shared;
    }

    /**
     * One event from a cluster: the narrowest time, the title most members agree with, every participant, place and
     * source, planned when every member is.
     */
    static Event combine(List<Event> members) {
        if (members.size() == 1) {
            return members.get(0);
        }
        Event precise = members.stream().min(Comparator.comparingLong(EventMerger::width)).orElseThrow();
        // the title most reports agree with: sharing the most content words with the others, then the fullest
        Map<String, Integer> wordCounts = new HashMap<>();
        members.forEach(m -> titleWords(m).forEach(w -> wordCounts.merge(w, 1, Integer::sum)));
        Event titled = members.stream()
                .filter(m -> width(m) == width(precise) && m.title().length() <= MAX_MERGED_TITLE)
                .max(Comparator.comparing((Event m) -> !BARE_TOLL.matcher(m.title()).matches())
                        .thenComparingInt(m -> agreement(m, wordCounts))
                        .thenComparingInt(m -> m.title().length()))
                .orElse(precise);
        // the type of the title, so that the merged event keeps its members' merge group ("An explosion kills 11
        // workers" is an explosion's whatever verb another report chose); a parade rather than a commemoration
        Event typed = !titled.type().name().equals("commemoration") ? titled
                : members.stream().filter(m -> !m.type().name().equals("commemoration")).findFirst().orElse(titled);
        Map<String, String> people = new LinkedHashMap<>();
        Map<String, String> places = new LinkedHashMap<>();
        Set<Source> sources = new LinkedHashSet<>();
        double miss = 1;
        for (Event m : members) {
            m.participants().forEach(p -> people.putIfAbsent(Entities.key(p), p));
            m.places().forEach(p -> places.putIfAbsent(Entities.key(p), p));
            sources.addAll(m.sources());
            miss *= 1 - Double.parseDouble(m.attributes().getOrDefault(EventExtractor.CONFIDENCE, "0.5"));
        }
        Event.Builder merged = Event.builder(precise.id(), precise.when(), titled.title())
                .type(typed.type())
                .participants(people.values())
                .places(places.values())
                .sources(sources)
                .attribute(EventExtractor.CONFIDENCE, String.format(Locale.ROOT, "%.2f", 1 - miss));
        // a plan while every report tells it to come; one report of it done makes it done
        if (members.stream().allMatch(m -> "true".equals(m.attributes().get(EventExtractor.PLANNED)))) {
            merged.attribute(EventExtractor.PLANNED, "true");
        }
        return merged.build();
    }
}
