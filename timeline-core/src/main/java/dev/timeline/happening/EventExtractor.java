package dev.timeline.happening;

import dev.timeline.document.Datelines;
import dev.timeline.document.Document;
import dev.timeline.document.PageFurniture;
import dev.timeline.event.EventAnalysis;
import dev.timeline.tag.Anchor;
import dev.timeline.tag.Mention;
import dev.timeline.tag.TimeTagger;
import dev.timeline.tag.TimexType;
import dev.timeline.text.AnalyzedText;
import dev.timeline.text.LanguageLayer;
import dev.timeline.text.Markup;
import dev.timeline.text.TextSpan;
import dev.timeline.time.Precision;
import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import dev.timeline.timeline.EventType;
import dev.timeline.timeline.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Turns one document into dated events: every happening the text dates becomes an {@link Event} whose
 * {@code when} is the most precise value the text supports, with a short title built from its clause ("Kim Jong Un
 * takes power"), a type from a trigger lexicon, the people and places named around it, the sentence as evidence, and a
 * {@code confidence} attribute in 0..1.
 *
 * <p>What makes no event: a duration or a set alone, "now" and other references to the present, a date without a
 * trigger word near it. A duration counted back from the creation date dates the earlier happening ("his first visit
 * in six years" → the previous visit, six years before). Announcements made on the creation date are real events and
 * are kept, one per document and day. Instances are immutable and thread-safe.
 */
public final class EventExtractor {
    /** How far from a date, in words, a chronology event may lie: farther ones are not looked for. */
    private static final int EVENT_REACH = 20;

    /** The attribute that marks an event still to come when it was reported ("will visit"), {@code "true"}. */
    public static final String PLANNED = "planned";

    /** The attribute holding an event's confidence, a decimal in 0..1. */
    public static final String CONFIDENCE = "confidence";

    private static final Pattern NOT_A_NAME = Pattern.compile(
            "(?:of|in|on|at|to|for|with|by|from|into|over|after|and|or|but|as|than)\\b");

    private static final Pattern POSSESSIVE_NAME = Pattern.compile("\\p{Lu}[\\p{L}.\\-]*(?:'s|\u2019s)\\s");
    private static final Set<String> PLACE_WORDS = Set.of("in", "at", "near", "of");
    private static final Set<String> COMPLEMENT_NOUNS = Lexicons.firstColumn("complement-nouns.txt");
    private static final Set<String> PUBLIC_TYPES = Set.of("parade", "war", "anniversary", "commemoration");

    private final TimeTagger tagger;

    private EventExtractor(TimeTagger tagger) {
        this.tagger = tagger;
    }

    /** Returns an extractor that finds time expressions with {@code tagger}. */
    public static EventExtractor using(TimeTagger tagger) {
        return new EventExtractor(Objects.requireNonNull(tagger, "tagger"));
    }

    /**
     * Returns the events of {@code document}, relative dates resolved against {@code dct}; when {@code dct} is
     * empty, only what the text dates absolutely is kept. Event ids are {@code documentId#n}, in text order.
     */
    public List<Event> extract(Document document, Optional<LocalDate> dct) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(dct, "dct");
        Document read = document; // its offsets are the sources' offsets
        // markup is not prose: tags, comments and scripts are blanked, offsets unchanged
        String prose = Markup.blank(document.text());
        if (prose != document.text()) {
            document = Document.of(document.id(), prose);
        }
        Anchor anchor = dct.map(Anchor::news).orElse(Anchor.none());
        // "what the army called "the clouds of autumn"": a date inside a quoted name dates nothing
        List<Mention> mentions = QuotedNames.without(document.text(),
                filedDay(document.text(), tagger.tag(document.text(), anchor)));
        List<Entities.Entity> entities = Entities.find(document.text());
        // a page's comment section, after the article, is readers' talk, not news
        int comments = PageFurniture.commentsStart(document.text());
        // a page of programme listings: its own week's slots are no happenings, what its descriptions date elsewhere is
        boolean listing = PageFurniture.isListing(document.text());
        java.util.function.Predicate<Event> notASlot = e -> !listing || dct.isPresent() && outsideItsWeek(e, dct.get());
        // a page's stamp dates no named happening ("Tuesday, January 11, 2011; 12:31 AM The Deepwater Horizon oil
        // spill was the biggest story of 2010"): the lead's own reading of it is below
        String text = document.text();
        List<Mention> notStamps = mentions.stream().filter(m -> !PageFurniture.inDateline(text, m.start(), m.end()))
                .toList();
        List<Happening> happenings = HappeningFinder.find(document, dct.orElse(null), notStamps, entities).stream()
                .filter(h -> h.start() < comments).toList();
        // a chronology event needs a date in its sentence: only the sentences with a date are analyzed, a long
        // document in pieces of sentences, so that it is never analyzed whole at once
        int[] dates = mentions.stream().filter(m -> m.type() == TimexType.DATE || m.type() == TimexType.TIME)
                .mapToInt(Mention::start).filter(start -> start < comments).toArray();
        // where the article was filed, which its "here" is: the dateline outside its text, else one that opens it
        String place = read.place().or(() -> Datelines.inText(read.text())).orElse("");
        ClauseTitles.Names names = ClauseTitles.Names.of(entities, place);
        List<LearnedHappenings.Found> learned = new ArrayList<>();
        Document d = document;
        Function<Supplier<AnalyzedText>, List<LearnedHappenings.Found>> readPiece = untagged -> {
            AnalyzedText piece = untagged.get();
            int from = piece.sentences().get(0).start();
            int to = piece.sentences().get(piece.sentences().size() - 1).end();
            EventAnalysis analysis = EventAnalysis.nearTimexes(piece, around(mentions, from, to), EVENT_REACH);
            return LearnedHappenings.find(d.id(), analysis, names, dct);
        };
        // the pieces of a long document are tagged and read on the threads of the caller's pool, as many at a time
        List<Supplier<AnalyzedText>> held = new ArrayList<>();
        int hold = PoolWork.threads();
        LanguageLayer.english().analyzeAroundLater(document.text(), dates, piece -> {
            held.add(piece);
            if (held.size() >= hold) {
                learned.addAll(PoolWork.flatMapInOrder(held, 1, readPiece));
                held.clear();
            }
        });
        learned.addAll(PoolWork.flatMapInOrder(held, 1, readPiece));
        if (dct.isPresent()) {
            lead(d, mentions, names, dct.get(), happenings, learned).filter(f -> f.happening().start() < comments)
                    .ifPresent(f -> learned.add(0, f));
            for (LearnedHappenings.Found f : followers(d, mentions, names, dct.get(), happenings, learned)) {
                if (f.happening().start() < comments) {
                    learned.add((int) learned.stream().filter(x -> x.happening().start() < f.happening().start())
                            .count(), f);
                }
            }
        }
        // each happening's evidence widened to its sentence once, for the keys and the events alike
        List<Happening> learnedInSentences = new ArrayList<>(learned.size());
        Set<String> told = new HashSet<>();
        // a bare toll ("38 fowls die") says neither where nor of what; the lexicon's noun of its sentence may
        // ("the 1988 plane bombing, in which 270 people died")
        learned.removeIf(f -> f.happening().start() >= comments || Tolls.isBare(f.happening().title())
                || HappeningFilters.endsOnAnaphoricObject(f.happening().title()));
        for (LearnedHappenings.Found f : learned) {
            Happening h = inSentence(f.happening(), document.text());
            learnedInSentences.add(h);
            if (f.hasSubject()) {
                told.add(key(h));
            }
        }
        List<Event> events = new ArrayList<>();
        Set<String> named = new HashSet<>();
        Map<String, String> nounTypes = new HashMap<>();
        for (Happening h : happenings) {
            Happening inSentence = inSentence(h, document.text()).withHere(place);
            // the lexicon's happening gives way to a clause of the learned events that tells who did what in its
            // sentence at its date ("Bali bombings kill 202 people", not "202 people killed"; "The film director
            // attends a meeting with scientists", not "Meeting with scientists"); the clause then keeps the lexicon's
            // type, so that "Kim attends the parade" and another article's "Military parade" are reports of one
            // happening. A blind comparison of the 114 sentences where the two orders differ on the working sets
            // found 58 right events of 111 this way against 48 of 111 with the lexicon first (docs/events.md).
            if (calendarAnniversary(h) || Tolls.isBare(h.title()) || Measures.countOfThousands(h.title(), h.value())
                    || HappeningFilters.endsOnAnaphoricObject(h.title())) {
                // "60 people killed": where, or of what, the sentence's clause may tell; "5,039 people are killed in
                // non-political violence" in 1994: a year's total, as the learned clause's
                continue;
            }
            if (!told.contains(key(inSentence))) {
                if (!h.clause() && (!saysWho(h) && (!toCome(h, dct) || endsOnBareNoun(h.title()))
                        || endsOnComplementNoun(h.title()))) {
                    nounTypes.putIfAbsent(key(inSentence), h.type());
                    continue; // "Presidential election" past, "Annual meeting in Hanoi": whose, a clause may tell
                }
                named.add(key(inSentence));
                toEvent(inSentence, document.id() + "#" + (events.size() + 1), read).filter(notASlot)
                        .map(e -> toCome(h, dct) ? e.withAttribute(PLANNED, "true") : e)
                        .ifPresent(events::add); // "for the March 12 vote", told in February: to come
            } else {
                nounTypes.putIfAbsent(key(inSentence), h.type());
            }
        }
        for (int i = 0; i < learned.size(); i++) {
            LearnedHappenings.Found f = learned.get(i);
            Happening h = learnedInSentences.get(i);
            if (!named.contains(key(h)) && (f.hasSubject() || !endsOnComplementNoun(h.title()))
                    && !(f.planned() && past(h, dct))) {
                String type = nounTypes.get(key(h));
                Happening typed = type == null ? h : h.withType(type);
                toEvent(typed, document.id() + "#" + (events.size() + 1), read).filter(notASlot)
                        .map(e -> f.planned() || toCome(h, dct) ? e.withAttribute(PLANNED, "true") : e)
                        .ifPresent(events::add); // "for Monday's game", told on Sunday: to come
            }
        }
        return List.copyOf(events);
    }

    /**
     * The happening of the lead, read from the article's first {@value LeadHappenings#REACH} characters, unless the
     * lead names a date or a happening of {@code found} or {@code learned} already comes from its sentence.
     */
    private static Optional<LearnedHappenings.Found> lead(Document d, List<Mention> mentions,
            ClauseTitles.Names names, LocalDate dct, List<Happening> found, List<LearnedHappenings.Found> learned) {
        String head = head(d.text());
        List<Mention> inHead = mentions.stream().filter(m -> m.end() <= head.length()).toList();
        // only the lead is analyzed, and only when it names no date: most leads do, and the sentences around
        // dates are analyzed already
        List<TextSpan> lead = LeadHappenings.undatedLead(head, inHead);
        if (lead.isEmpty()) {
            return Optional.empty();
        }
        AnalyzedText analyzed = LanguageLayer.english().analyzeAround(head,
                lead.stream().mapToInt(TextSpan::start).toArray());
        EventAnalysis analysis = EventAnalysis.of(analyzed, inHead);
        return LeadHappenings.find(d.id(), analysis, names, dct).filter(f -> untold(f.happening(), found, learned));
    }

    /** Whether no happening of {@code found} or {@code learned} overlaps {@code h}: none told it already. */
    private static boolean untold(Happening h, List<Happening> found, List<LearnedHappenings.Found> learned) {
        return found.stream().noneMatch(x -> x.start() < h.end() && x.end() > h.start())
                && learned.stream().map(LearnedHappenings.Found::happening)
                .noneMatch(x -> x.start() < h.end() && x.end() > h.start());
    }

    /**
     * The happenings of the sentences right after the lead ({@link LeadHappenings#datedLead}), on the lead's day, when
     * the lead's happening of {@code learned} is dated to a day of the week before {@code dct}: those that no happening
     * of {@code found} or {@code learned} already comes from.
     */
    private static List<LearnedHappenings.Found> followers(Document d, List<Mention> mentions,
            ClauseTitles.Names names, LocalDate dct, List<Happening> found, List<LearnedHappenings.Found> learned) {
        java.util.function.Function<Happening, Optional<LocalDate>> dayOfTheWeek = h -> h.mod() != null
                ? Optional.empty()
                : LeadHappenings.day(h.value()).filter(x -> !x.isAfter(dct) && x.isAfter(dct.minusWeeks(1)));
        if (learned.stream().noneMatch(f -> f.happening().start() < LeadHappenings.REACH
                && dayOfTheWeek.apply(f.happening()).isPresent())) {
            return List.of(); // no happening of the head dated to a day of the week: no sentence is read again
        }
        String head = head(d.text());
        List<Mention> inHead = mentions.stream().filter(m -> m.end() <= head.length()).toList();
        Optional<List<TextSpan>> spans = LeadHappenings.datedLead(head, inHead);
        if (spans.isEmpty()) {
            return List.of();
        }
        TextSpan lead = spans.get().get(0);
        Optional<LocalDate> day = learned.stream().filter(f -> !f.planned() && f.hasSubject())
                .map(LearnedHappenings.Found::happening)
                .filter(h -> h.start() < lead.end() && h.end() > lead.start())
                .map(dayOfTheWeek).flatMap(Optional::stream).findFirst();
        if (day.isEmpty()) {
            return List.of();
        }
        List<TextSpan> next = spans.get().subList(1, spans.get().size());
        AnalyzedText analyzed = LanguageLayer.english().analyzeAround(head,
                next.stream().mapToInt(TextSpan::start).toArray());
        EventAnalysis analysis = EventAnalysis.of(analyzed, inHead);
        List<LearnedHappenings.Found> out = new ArrayList<>();
        for (TextSpan s : next) {
            LeadHappenings.follower(d.id(), analysis, names, s.start(), day.get())
                    .filter(f -> untold(f.happening(), found, learned)).ifPresent(out::add);
        }
        return out;
    }

    /** The first {@value LeadHappenings#REACH} characters of {@code text}, never ending inside a surrogate pair. */
    private static String head(String text) {
        int end = Math.min(text.length(), LeadHappenings.REACH);
        if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    /**
     * The sentence and day of a happening whose span is its sentence: a lexicon noun and the learned clause that
     * governs it may read one date at two precisions ("started their talks Thursday morning").
     */
    private static String key(Happening h) {
        int time = h.value().indexOf('T');
        return h.start() + "/" + (time < 0 ? h.value() : h.value().substring(0, time));
    }

    /**
     * The mentions that overlap {@code [from, to)}, with the one before and the one after them, which a range such as
     * "from 1998 to 2000" may pair with one inside. The tagger's mentions are in text order and do not overlap, so
     * their starts and ends both grow.
     */
    private static List<Mention> around(List<Mention> mentions, int from, int to) {
        int lo = firstIndex(mentions, m -> m.end() > from);
        int hi = firstIndex(mentions, m -> m.start() >= to);
        return mentions.subList(Math.max(0, lo - 1), Math.min(mentions.size(), hi + 1));
    }

    /** The first index of {@code sorted} whose mention passes {@code test}, which fails before it and holds after. */
    private static int firstIndex(List<Mention> sorted, java.util.function.Predicate<Mention> test) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (test.test(sorted.get(mid))) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /**
     * {@code h} with its evidence span widened to the sentence it quotes, so that a source's span selects its sentence
     * in the document text; unchanged if the sentence is not found verbatim around the span.
     */
    static Happening inSentence(Happening h, String text) {
        String sentence = h.sentence();
        if (sentence.isEmpty()) {
            return h;
        }
        // searched in a window around the span only, so that the work stays linear in the document
        int from = Math.max(0, h.end() - sentence.length());
        int to = Math.min(text.length(), h.start() + sentence.length());
        int found = from < to ? text.substring(from, to).indexOf(sentence) : -1;
        int at = from + found;
        if (found < 0 || at > h.start() || at + sentence.length() < h.end()) {
            return h;
        }
        return new Happening(h.documentId(), h.value(), h.mod(), h.type(), h.title(), h.participants(), h.places(),
                at, at + sentence.length(), sentence, h.confidence(), h.noun());
    }

    /**
     * Whether a noun-phrase title names who or what beyond a place: a participant, a possessive ("Iraq's invasion"),
     * a name after its first word that no "in", "at", "near" or "of" governs ("Victory Day parade", "APEC summit"),
     * or a happening a whole country sees (a parade, a war, an anniversary). "Presidential election", "Annual meeting
     * in Hanoi" and "Suicide bombing attack" say only what.
     */
    /**
     * The mentions with a clock time in a dateline or stamp of the article's head ("LONDON | Thu Jun 3, 2010 4:42 pm
     * EDT LONDON (Reuters) -") cut to their day: the page was filed then; the happening the lead tells took place that
     * day, not at that minute.
     */
    static List<Mention> filedDay(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            boolean stamp = m.start() < LeadHappenings.REACH && m.type() == TimexType.TIME && m.value().length() > 10
                    && m.value().charAt(10) == 'T' && PageFurniture.inDateline(text, m.start(), m.end());
            out.add(stamp ? Mention.of(text, m.start(), m.end(), TimexType.DATE, m.value().substring(0, 10)) : m);
        }
        return out;
    }

    /**
     * Whether {@code h} is an anniversary the calendar brings, not one someone marks: dated by its year alone ("This
     * year marks the 40th anniversary of the covenant"; a month is when it is celebrated: "the 80th anniversary of
     * the party in October") or named in apposition to its day ("On Sunday, the third anniversary of his becoming
     * chief executive, Hayward began his day in Houma").
     */
    static boolean calendarAnniversary(Happening h) {
        return h.type().equals("anniversary") && !h.clause()
                && (h.value().length() <= "2025".length() || DATE_APPOSITION.matcher(h.sentence()).find());
    }

    /** A day, then a comma and an anniversary in apposition to it. */
    private static final Pattern DATE_APPOSITION = Pattern.compile(
            "(?i)\\b(?:\\w+day|\\d{1,2})\\s*,\\s*(?:the|its|his|her|their)\\s+(?:\\w+\\s+){0,2}anniversary\\b");

    /** How many days before its date a page of listings may name its programmes' days: "this week", "tonight". */
    private static final int LISTED_BEFORE = 7;
    /** How many days after its date a page of listings names the days of the programmes it lists: the coming week. */
    private static final int LISTED_AFTER = 14;

    /**
     * Whether {@code e} lies outside the days that the page of listings telling it lists, from {@value #LISTED_BEFORE}
     * days before its date to {@value #LISTED_AFTER} after: a programme's description of another happening ("Dubstar
     * were formed in 1992", "Chopin first met writer George Sand in Paris in 1836"), not one of the page's slots ("At
     * 8pm, Eleanor is joined by a panel", "counts down the charts this week").
     */
    private static boolean outsideItsWeek(Event e, LocalDate dct) {
        return e.when().latestDay().isBefore(dct.minusDays(LISTED_BEFORE))
                || e.when().earliestDay().isAfter(dct.plusDays(LISTED_AFTER));
    }

    /**
     * Whether a noun-phrase title ends on a noun of {@code anaphoric-nouns.txt} with nothing after it ("Next meeting",
     * "Signing ceremony"): which meeting, and of whom, the phrase does not say ("Senior Officials Meeting of FOCAC"
     * does); a title that names someone ("OPEC meeting") is read by {@link #saysWho}.
     */
    static boolean endsOnBareNoun(String title) {
        return SubjectReferents.isAnaphoricNoun(lastWord(title));
    }

    /** Whether a noun-phrase title ends on a noun of {@code complement-nouns.txt} ("Israel's decision"). */
    static boolean endsOnComplementNoun(String title) {
        return COMPLEMENT_NOUNS.contains(lastWord(title).toLowerCase(Locale.ROOT));
    }

    private static String lastWord(String title) {
        return title.substring(title.lastIndexOf(' ') + 1);
    }

    static boolean saysWho(Happening h) {
        String title = h.title();
        if (PUBLIC_TYPES.contains(h.type()) || POSSESSIVE_NAME.matcher(title).find()
                || h.participants().stream().anyMatch(title::contains)) {
            return true;
        }
        String[] words = title.split("\\s+");
        if (words[0].length() > 1 && !words[0].substring(1).equals(words[0].substring(1).toLowerCase(Locale.ROOT))) {
            return true; // "G7 meeting", "OPEC meeting", "EU-Iran talks": a name opens the title
        }
        for (int i = 1; i < words.length; i++) {
            if (!words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0))
                    && !PLACE_WORDS.contains(words[i - 1])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a happening ends before the creation date: one still to come that does is dated by another clause ("Fresh
     * from his victory Tuesday, Cameron will fire the opening shots", "X will attend the funeral, television said
     * Saturday") or by a date read in the wrong direction ("Saturday's concert, which will be broadcast").
     */
    private static boolean past(Happening h, Optional<LocalDate> dct) {
        return dct.isPresent() && days(h).map(w -> w.latestDay().isBefore(dct.get())).orElse(false);
    }

    /** Whether a happening lies after the creation date: a party congress next year is news by itself. */
    private static boolean toCome(Happening h, Optional<LocalDate> dct) {
        return dct.isPresent() && days(h).map(w -> w.earliestDay().isAfter(dct.get())).orElse(false);
    }

    /** A happening's time value as days, when it is one the time model reads. */
    private static Optional<When> days(Happening h) {
        try {
            return Optional.ofNullable(When.parse(h.value()));
        } catch (IllegalArgumentException notADay) {
            return Optional.empty();
        }
    }

    /** Whether a participant is a name, not a phrase that starts with a preposition or conjunction ("of People"). */
    static boolean isName(String participant) {
        return !NOT_A_NAME.matcher(participant).lookingAt();
    }

    static Optional<Event> toEvent(Happening h, String id, Document read) {
        When when;
        try {
            when = h.mod() == null ? When.parse(h.value()) : When.parseTimex(h.value(), h.mod());
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a value the time model cannot place (e.g. a mod for lengths): no event
        }
        if (when.precision() == Precision.CENTURY) {
            // "the first flu pandemic of the 21st century": a century describes a happening, no chronology dates it
            return Optional.empty();
        }
        return Optional.of(Event.builder(id, when, h.title())
                .type(EventType.of(h.type()))
                .participants(h.participants().stream().filter(EventExtractor::isName).toList())
                .places(h.places())
                .source(Source.of(h.documentId(), read.originalStart(h.start()), read.originalEnd(h.end()),
                        h.sentence()))
                .attribute(CONFIDENCE, String.format(Locale.ROOT, "%.2f", h.confidence()))
                .build());
    }
}
