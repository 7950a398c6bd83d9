package dev.timeline.merge;

import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import dev.timeline.timeline.EventType;
import dev.timeline.timeline.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The events {@link EventMerger} has gathered for one happening, with what its tests need summed up, so that
 * deciding whether an event joins costs the same however many reports the cluster already holds: a story that a
 * thousand articles carry must not make merging quadratic. {@link #accepts} answers exactly what testing the event
 * against every member would.
 */
final class MergeCluster {
    /**
     * An event that may join a cluster, with what the tests ask of it read once: the keys of its participants and
     * places ({@link EventMerger#keys}), its content words ({@link EventMerger#contentWords}), the numbers of its
     * title ({@link EventMerger#counts}), its merge group ({@link EventMerger#mergeGroup(Event)}) and the direction its
     * title moves in ({@link MoveDirections#of}).
     */
    record Candidate(Event event, Set<String> people, Set<String> places, Set<String> words, Set<String> counts,
            Set<String> owners, String group, int direction) {
        /** Reads {@code e}. */
        static Candidate of(Event e) {
            return new Candidate(e, EventMerger.keys(e.participants()), EventMerger.keys(e.places()),
                    EventMerger.contentWords(e), EventMerger.counts(e), EventMerger.owners(e),
                    EventMerger.mergeGroup(e), MoveDirections.of(e.title()));
        }
    }

    final List<Event> members = new ArrayList<>();
    /** The merge group of the first member ({@link EventMerger#mergeGroup(Event)}), which every member shares. */
    private String group = "";

    /** The types of the members: another type of the family merges on no place alone. */
    private final Set<EventType> types = new HashSet<>();
    private final Set<When> times = new HashSet<>();
    /** The distinct times of the members of each document: what {@link #compatibleWithAll} needs of them. */
    private final Map<String, Set<When>> timesByDocument = new HashMap<>();
    /** The numbers in the titles of the members of each document that give some ({@link EventMerger#counts}). */
    private final Map<String, List<Set<String>>> countsByDocument = new HashMap<>();
    /** The directions the members' titles move in, where one does ({@link MoveDirections#of}). */
    private final Set<Integer> directions = new HashSet<>();
    /** Times of members that cover a single day. */
    private final Set<When> dayTimes = new HashSet<>();
    private final Set<When> dayTimesWithoutParticipants = new HashSet<>();
    private final Set<String> participants = new HashSet<>();
    private final Set<String> places = new HashSet<>();
    /** The content words ({@link EventMerger#contentWords}) of the members, each with the members that hold it. */
    private final Map<String, List<Integer>> membersByWord = new HashMap<>();
    /** The places of each member, in order. */
    private final List<Set<String>> memberPlaces = new ArrayList<>();
    /** The names that own something in each member's title ({@link EventMerger#owners}), in order. */
    private final List<Set<String>> memberOwners = new ArrayList<>();
    /** The content words of each member, in order. */
    private final List<Set<String>> memberWords = new ArrayList<>();
    /** The members' titles in lower case. */
    private final Set<String> titles = new HashSet<>();
    private final Set<String> placesWithoutParticipants = new HashSet<>();
    private final Set<String> wordsWithoutParticipants = new HashSet<>();

    /** Whether a member comes from document {@code doc}. */
    boolean hasDocument(String doc) {
        return timesByDocument.containsKey(doc);
    }

    /** The times of the members from document {@code doc}; empty if none comes from it. */
    Set<When> timesOf(String doc) {
        return timesByDocument.getOrDefault(doc, Set.of());
    }

    /**
     * Whether a member from one of {@code e}'s documents rules it out: one article's happenings stay apart unless
     * they are on one same day. A cheap test ({@link #accepts} is false whenever it is true).
     */
    boolean excludedByDocument(Event e) {
        boolean day = EventMerger.width(e) == 0;
        for (Source s : e.sources()) {
            Set<When> ts = timesByDocument.get(s.documentId());
            if (ts != null && !(day && ts.size() == 1 && ts.contains(e.when()))) {
                return true;
            }
        }
        return false;
    }

    void add(Candidate c) {
        Event e = c.event();
        if (members.isEmpty()) {
            group = c.group();
        }
        members.add(e);
        types.add(e.type());
        if (c.direction() != 0) {
            directions.add(c.direction());
        }
        times.add(e.when());
        titles.add(e.title().toLowerCase(Locale.ROOT));
        for (Source s : e.sources()) {
            timesByDocument.computeIfAbsent(s.documentId(), d -> new HashSet<>()).add(e.when());
            if (!c.counts().isEmpty()) {
                countsByDocument.computeIfAbsent(s.documentId(), d -> new ArrayList<>()).add(c.counts());
            }
        }
        Set<String> people = c.people();
        Set<String> where = c.places();
        Set<String> words = c.words();
        boolean day = EventMerger.width(e) == 0;
        if (day) {
            dayTimes.add(e.when());
        }
        participants.addAll(people);
        places.addAll(where);
        int index = members.size() - 1;
        words.forEach(w -> membersByWord.computeIfAbsent(w, k -> new ArrayList<>()).add(index));
        memberPlaces.add(where);
        memberOwners.add(c.owners());
        memberWords.add(words);
        if (people.isEmpty()) {
            placesWithoutParticipants.addAll(where);
            wordsWithoutParticipants.addAll(words);
            if (day && !EventMerger.isDeath(e.type())) {
                dayTimesWithoutParticipants.add(e.when()); // a toll is no day's only happening
            }
        }
    }

    /** Whether every member has compatible times with {@code e} and some member is similar to it. */
    boolean accepts(Candidate c) {
        return compatibleWithAll(c) && similarToSome(c);
    }

    /**
     * Whether the candidate's time is compatible with every member's: the same merge group (the cluster's), nested
     * times ({@link EventMerger#nested}), no move the other way, and one article's happenings apart, not with other
     * numbers. It depends on a
     * member's time only, and on whether the member comes from one of the candidate's documents: one test per distinct
     * time, so that a long document of one happening is not quadratic.
     */
    private boolean compatibleWithAll(Candidate c) {
        Event e = c.event();
        if (!group.equals(c.group()) || directions.contains(-c.direction())) {
            return false; // "Velo shares end higher" is no report of "Tarn shares end lower"
        }
        for (When t : times) {
            if (!EventMerger.nested(t, e.when())) {
                return false;
            }
        }
        // a member of the same document joins only on the same day, and not with other numbers
        for (Source s : e.sources()) {
            for (When t : timesByDocument.getOrDefault(s.documentId(), Set.of())) {
                if (!t.equals(e.when()) || EventMerger.widthOf(t) != 0) {
                    return false;
                }
            }
            for (Set<String> other : countsByDocument.getOrDefault(s.documentId(), List.of())) {
                if (EventMerger.differentCounts(c.counts(), other)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether some member is like the candidate: a public happening of the same day; shared participants (a light verb
     * a shared word of what was made too); or, when either names none, a shared place, title word or toll, as the
     * type asks ({@link #sharesWordsWithOne}), or the same day when neither names anyone. An event that names people
     * joins a cluster that names people only if it shares one of them.
     */
    private boolean similarToSome(Candidate c) {
        Event e = c.event();
        When y = e.when();
        if (EventMerger.isPublic(e.type()) && dayTimes.contains(y)) {
            return true;
        }
        Set<String> people = c.people();
        Set<String> where = c.places();
        Set<String> words = c.words();
        if (!people.isEmpty() && !participants.isEmpty()) {
            // named people on both sides decide: a report without any does not bridge two meetings of one day
            // ("Ban holds talks with Aso", "Bush meets Gates"); a verb that names little needs a word of what was
            // made or taken too ("BP makes a second quarter profit" is no "first appearance" BP's chief makes)
            return meets(participants, people) && (e.type().isCommon() || !EventMerger.isLightVerb(e.type())
                    || meets(membersByWord.keySet(), EventMerger.withoutNames(words, people)));
        }
        if (titles.contains(e.title().toLowerCase(Locale.ROOT))) {
            return true; // "Agency officials testify" twice: the words are all there are, an office among them
        }
        if (!e.type().isCommon()) {
            return sharesWordsWithOne(c, true);
        }
        if (EventMerger.isDeath(e.type())) {
            // many die on one day: a place, two words or a toll shared with one member, or a name of one in the other
            return sharesWordsWithOne(c, false) || EventMerger.namesOneOf(participants, words)
                    || EventMerger.namesOneOf(people, membersByWord.keySet());
        }
        if (people.isEmpty()) {
            return meets(places, where) || meets(membersByWord.keySet(), words)
                    || dayTimesWithoutParticipants.contains(y) && !EventMerger.isDeath(e.type());
        }
        return meets(placesWithoutParticipants, where) || meets(wordsWithoutParticipants, words);
    }

    /**
     * Whether one member shares a place, two content words, one content word within a week with the event (when
     * {@code oneWordWithinAWeek}: a verb learned from the text, not deaths of the lexicon), or a toll in digits for
     * deaths (a light verb: a place and two words).
     */
    private boolean sharesWordsWithOne(Candidate c, boolean oneWordWithinAWeek) {
        Event e = c.event();
        Set<String> words = c.words();
        Set<String> where = c.places();
        boolean light = EventMerger.isLightVerb(e.type());
        // a place is enough for reports in one verb, not for another verb of the family ("The Fed starts a two-day
        // meeting" and "US soybean stocks began the marketing year" share only the United States)
        if (!light && types.contains(e.type()) && meets(places, where)) {
            return true;
        }
        boolean week = oneWordWithinAWeek && EventMerger.withinAWeek(e);
        boolean death = EventMerger.isDeath(e.type());
        Map<Integer, Integer> shared = new HashMap<>();
        for (String w : words) {
            for (int m : membersByWord.getOrDefault(w, List.of())) {
                int n = shared.merge(m, 1, Integer::sum);
                if (light ? n >= 2 && meets(memberPlaces.get(m), where)
                        : n >= 2 || week && EventMerger.withinAWeek(members.get(m)) && !ownerApart(c, m)
                        || death && EventMerger.isToll(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the candidate's title or member {@code m}'s names an owner ({@link EventMerger#owners}) that the other's
     * words do not, while the other names a place or an owner of its own: "Dubai's stock market falls" and "Indian
     * equity markets fall" (India) share "market" and tell two falls; a report that names nobody ("An oil and gas
     * discovery blows") may still be "BP PLC's".
     */
    private boolean ownerApart(Candidate c, int m) {
        boolean memberNames = !memberPlaces.get(m).isEmpty() || !memberOwners.get(m).isEmpty();
        for (String owner : c.owners()) {
            if (memberNames && !memberWords.get(m).contains(owner)) {
                return true;
            }
        }
        boolean candidateNames = !c.places().isEmpty() || !c.owners().isEmpty();
        for (String owner : memberOwners.get(m)) {
            if (candidateNames && !c.words().contains(owner)) {
                return true;
            }
        }
        return false;
    }

    private static boolean meets(Set<String> a, Set<String> b) {
        for (String s : b) {
            if (a.contains(s)) {
                return true;
            }
        }
        return false;
    }
}
