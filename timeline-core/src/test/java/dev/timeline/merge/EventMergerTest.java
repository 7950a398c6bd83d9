package dev.timeline.merge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.happening.EventExtractor;
import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import dev.timeline.timeline.EventType;
import dev.timeline.timeline.Source;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class EventMergerTest {
    private static Event event(String doc, String when, String mod, String title, List<String> people) {
        When w = mod == null ? When.parse(when) : When.parseTimex(when, mod);
        return Event.builder(doc + title, w, title).type(EventType.TAKEOVER).participants(people)
                .source(Source.of(doc, 0, 1, "s")).build();
    }

    @Test
    void reportsThatMoveOppositeWaysAreTwoHappenings() {
        List<Event> merged = EventMerger.merge(List.of(
                event("a", "2006-11-16", null, "Share prices on the Velo Stock Exchange end lower", List.of()),
                event("b", "2006-11-16", null, "The Tarn stock market ends higher", List.of()),
                event("c", "2006-11-16", null, "The Tarn stock market closes higher", List.of())));
        // the two Tarn reports merge (under one of their titles); the Velo one stays apart
        assertThat(merged).hasSize(2).extracting(Event::title).contains(
                "Share prices on the Velo Stock Exchange end lower");
        assertThat(MoveDirections.of("Velo shares rise and Tarn shares fall")).isZero();
        assertThat(MoveDirections.of("The Tarn index falls 2 percent")).isEqualTo(-1);
    }

    @Test
    void theMorePreciseDateWinsAndAllSourcesAreKept() {
        List<Event> merged = EventMerger.merge(List.of(
                event("a", "2011", null, "Kim takes power", List.of("Kim Jong Un")),
                event("b", "2011", "END", "Kim takes power", List.of("Kim Jong-un"))));
        assertThat(merged).hasSize(1);
        assertThat(merged.get(0).when().label()).isEqualTo("late 2011");
        assertThat(merged.get(0).sources()).extracting(Source::documentId).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void aMergedEventTakesTheFullestOfTheTitlesItsReportsAgreeOnUpToNinetyCharacters() {
        String full = "President Obama addresses the nation to talk about the Gulf of Mexico oil spill"; // 80
        List<Event> merged = EventMerger.merge(List.of(
                event("a", "2010-06-15", null, "Obama addresses the nation", List.of("Barack Obama")),
                event("b", "2010-06-15", null, full, List.of("Barack Obama"))));
        assertThat(merged).singleElement().extracting(Event::title).isEqualTo(full);
        String longer = full + " that began on 20 April"; // 103
        assertThat(EventMerger.merge(List.of(
                event("a", "2010-06-15", null, "Obama addresses the nation", List.of("Barack Obama")),
                event("b", "2010-06-15", null, longer, List.of("Barack Obama")))))
                .singleElement().extracting(Event::title).isEqualTo("Obama addresses the nation");
    }

    @Test
    void oneArticlesHappeningToldTwiceInTheSameWordsIsOneEvent() {
        // a repeated paragraph: the same title and year twice, which a reader could not tell apart
        Event first = Event.builder("a1", When.parse("1997"), "The Asian financial crisis").type(EventType.TAKEOVER)
                .source(Source.of("a", 10, 90, "since the 1997 Asian financial crisis")).build();
        Event second = Event.builder("a2", When.parse("1997"), "The Asian financial crisis").type(EventType.TAKEOVER)
                .source(Source.of("a", 400, 480, "since the 1997 Asian financial crisis")).build();
        assertThat(EventMerger.merge(List.of(second, first))).singleElement().satisfies(e -> assertThat(e.sources())
                .extracting(Source::start).containsExactly(10, 400));
        // the same words a year apart, or other words the same year, stay two happenings
        Event later = Event.builder("a3", When.parse("1998"), "The Asian financial crisis").type(EventType.TAKEOVER)
                .source(Source.of("a", 700, 780, "the 1998 Asian financial crisis")).build();
        assertThat(EventMerger.merge(List.of(first, later))).hasSize(2);
    }

    @Test
    void incompatibleDatesNeverMerge() {
        assertThat(EventMerger.merge(List.of(
                event("a", "2011", null, "Kim takes power", List.of("Kim Jong Un")),
                event("b", "2012", null, "Kim takes power", List.of("Kim Jong Un"))))).hasSize(2);
    }

    @Test
    void oneArticlesSeparateHappeningsStayApart() {
        assertThat(EventMerger.merge(List.of(
                event("a", "2011", null, "Kim takes power", List.of("Kim Jong Un")),
                event("a", "2011-12", null, "Kim takes office", List.of("Kim Jong Un"))))).hasSize(2);
    }

    @Test
    void differentPeopleDoNotMerge() {
        assertThat(EventMerger.merge(List.of(
                event("a", "2011", null, "takes power", List.of("Kim Jong Un")),
                event("b", "2011", null, "takes power", List.of("Vladimir Putin"))))).hasSize(2);
    }

    @Test
    void aReportWithoutPeopleDoesNotBridgeTwoHappeningsOfOtherPeople() {
        List<Event> merged = EventMerger.merge(List.of(
                event("a", "2006-11-05", null, "Prime ministers hold talks", List.of("Ban Ki Moon", "Taro Aso")),
                event("b", "2006-11-05", null, "Presidents attend the summit", List.of()),
                event("c", "2006-11-05", null, "Bush meets Gates", List.of("George W. Bush", "Robert Gates"))));
        assertThat(merged).noneMatch(e -> e.sources().size() == 3);
        assertThat(merged).filteredOn(e -> e.sources().size() == 1).extracting(Event::title)
                .containsAnyOf("Prime ministers hold talks", "Bush meets Gates");
    }

    @Test
    void theSameDayAloneTiesNoReportThatNamesPeopleToOneThatNamesNone() {
        assertThat(EventMerger.merge(List.of(
                event("a", "2006-12-10", null, "The general passes away in hospital", List.of("Augusto Pinochet")),
                event("b", "2006-12-10", null, "Eight patients are killed by a clinic fire", List.of())))).hasSize(2);
    }

    private static Event learned(String doc, String when, String verb, String title) {
        return Event.builder(doc + title, When.parse(when), title).type(EventType.of(verb))
                .source(Source.of(doc, 0, 1, "s")).build();
    }

    @Test
    void aLearnedVerbAloneMergesNothing() {
        // the verb of the type is in every title of the type: it shows no two reports tell one happening
        assertThat(EventMerger.merge(List.of(
                learned("a", "2009-04", "begin", "The flu outbreak begins"),
                learned("b", "2009-04", "begin", "Soybean stocks begin the marketing year"),
                learned("c", "2009-04", "begin", "The flu outbreak began")))).extracting(e -> e.sources().size())
                .containsExactlyInAnyOrder(2, 1);
    }

    @Test
    void typesOfOneFamilyMergeAsOneTypesReportsDo() {
        // "explode", "blowout" and "blow" are one explosion (merge-families.txt): one happening in other words
        assertThat(EventMerger.merge(List.of(
                learned("a", "2026-04-20", "explode", "The Velo drilling rig explodes"),
                learned("b", "2026-04-20", "blowout", "Blowout at the Velo drilling rig"),
                learned("c", "2026-04-20", "blow", "The Velo rig's well blows out")))).singleElement()
                .extracting(e -> e.sources().size()).isEqualTo(3);
        // types of two families stay apart, whatever words they share
        assertThat(EventMerger.merge(List.of(
                learned("a", "2026-04-20", "explode", "The Velo drilling rig explodes"),
                learned("b", "2026-04-20", "sink", "The Velo drilling rig sinks")))).hasSize(2);
        assertThat(EventMerger.mergeGroup(EventType.of("blowout"))).isEqualTo(EventMerger.mergeGroup(
                EventType.of("explode"))).isNotEqualTo(EventMerger.mergeGroup(EventType.of("kill")));
        // "begin" and "start", "visit" and "tour" tell one happening as well
        assertThat(EventMerger.merge(List.of(
                learned("a", "2026-05-02", "begin", "Korvo begins drilling the first of two relief wells"),
                learned("b", "2026-05-02", "start", "Korvo starts drilling the first relief well")))).hasSize(1);
        assertThat(EventMerger.merge(List.of(
                learned("a", "2026-05-28", "visit", "Ana Berg makes her second visit to the Velo coast"),
                learned("b", "2026-05-28", "tour", "Ana Berg tours the Velo coast")))).hasSize(1);
        // another verb of the family needs more than a shared place: the Velonian central bank's meeting is no harvest
        Event meeting = Event.builder("m1", When.parse("2026-04-28"), "The Velonian central bank starts a two-day"
                + " meeting").type(EventType.of("start")).places(List.of("Velonia"))
                .source(Source.of("m", 0, 1, "s")).build();
        Event harvest = Event.builder("h1", When.parse("2026"), "Velonian soybean stocks begin the marketing year")
                .type(EventType.of("begin")).places(List.of("Velonia")).source(Source.of("h", 0, 1, "s")).build();
        assertThat(EventMerger.merge(List.of(meeting, harvest))).hasSize(2);
    }

    @Test
    void anotherVerbsTitleThatNamesTheFamilysHappeningMergesWithItOnItsDay() {
        // merge-nouns.txt: the toll and the damage of one explosion, told by other verbs, are that explosion
        assertThat(EventMerger.merge(List.of(
                learned("a", "2026-04-20", "explode", "The Velo drilling rig explodes"),
                learned("b", "2026-04-20", "kill", "An explosion on the Velo drilling rig kills 11 workers"),
                learned("c", "2026-04-20", "destroy", "A blast destroys the Velo drilling rig"),
                // a verb of a family of its own too: the spill begins with the explosion, on its day
                learned("d", "2026-04-20", "begin", "The Velo spill begins with the explosion on the drilling rig"))))
                .singleElement().extracting(e -> e.sources().size()).isEqualTo(4);
        assertThat(EventMerger.mergeGroup(learned("b", "2026-04-20", "kill", "Explosions on the Velo rig kill 11")))
                .isEqualTo(EventMerger.mergeGroup(EventType.of("explode")));
        // a happening set against the explosion, or a month's toll of an explosion (maybe another), keeps its verb's
        assertThat(EventMerger.merge(List.of(
                learned("a", "2026-04-20", "explode", "The Velo drilling rig explodes"),
                learned("b", "2026-04-20", "rise", "Velo drilling shares rise after the April explosion"),
                learned("c", "2026-04", "die", "29 miners die in an explosion")))).hasSize(3);
    }

    @Test
    void aMergedEventKeepsItsMembersMergeGroupWhicheverTitleItTakes() {
        // the type comes with the title: "destroy" with "The Velo drilling rig explodes" would be no explosion's, and
        // the next reports of the explosion could no longer join it
        List<Event> reports = List.of(
                learned("a", "2026-04-20", "destroy", "An explosion destroys the Velo drilling rig"),
                learned("b", "2026-04-20", "explode", "The Velo drilling rig explodes off the coast of Tarnland"));
        for (List<Event> order : List.of(reports, List.of(reports.get(1), reports.get(0)))) {
            assertThat(EventMerger.merge(order)).singleElement().satisfies(e -> assertThat(EventMerger.mergeGroup(e))
                    .isEqualTo(EventMerger.mergeGroup(EventType.of("explode"))));
        }
    }

    @Test
    void theNounThatGaveAMeetingItsTypeIsNoWordTwoReportsShare() {
        // "summit" names every meeting: two summits of one month share no more than their kind
        Event americas = Event.builder("a1", When.parse("2026-11-04"), "4th Summit of the Americas")
                .type(EventType.MEETING).source(Source.of("a", 0, 1, "s")).build();
        Event busan = Event.builder("b1", When.parse("2026-11"), "APEC summit meetings").type(EventType.MEETING)
                .participants(List.of("APEC")).source(Source.of("b", 0, 1, "s")).build();
        assertThat(EventMerger.merge(List.of(americas, busan))).hasSize(2);
        // a word of which summit still ties two reports of one
        Event again = Event.builder("c1", When.parse("2026-11"), "Summit of the Americas in Mar del Plata")
                .type(EventType.MEETING).source(Source.of("c", 0, 1, "s")).build();
        assertThat(EventMerger.merge(List.of(americas, again))).hasSize(1);
    }

    @Test
    void anOwnerNamedInOneTitleAndNotTheOtherKeepsAOneWordMatchApartWhenTheOtherNamesAPlace() {
        Event tarnland = learned("a", "2026-03-05", "fall", "Tarnland's stock market falls");
        Event velonia = Event.builder("bVelonian", When.parse("2026-03-05"), "Velonian equity markets fall 2 percent")
                .type(EventType.of("fall")).places(List.of("Velonia")).source(Source.of("b", 0, 1, "s")).build();
        assertThat(EventMerger.merge(List.of(tarnland, velonia))).hasSize(2);
        // an owner is a title word as any other: "Velonias's" is the "Velonias" of the other title
        Event owned = learned("c", "2026-03-05", "fall", "Velonias's stock index falls");
        Event named = Event.builder("dVelonias", When.parse("2026-03-05"), "Velonias equity markets fall 2 percent")
                .type(EventType.of("fall")).places(List.of("Velonias")).source(Source.of("d", 0, 1, "s")).build();
        assertThat(EventMerger.merge(List.of(owned, named))).hasSize(1);
        // a report that names nobody may still be the owner's: one shared word within a week ties them, as before
        assertThat(EventMerger.merge(List.of(learned("a", "2026-03-05", "fall", "Tarnland's stock market falls"),
                learned("b", "2026-03-05", "fall", "The stock market falls sharply")))).hasSize(1);
    }

    @Test
    void aLightVerbOfOneActorMergesOnlyWithAWordOfWhatWasMade() {
        Event appearance = Event.builder("a1", When.parse("2010-06-17"), "Norcast's chief Anna Berg makes her first"
                + " appearance at a hearing").type(EventType.of("make")).participants(List.of("Norcast", "Anna Berg"))
                .source(Source.of("a", 0, 1, "s")).build();
        Event profit = Event.builder("b1", When.parse("2010-Q2"), "Norcast makes a second quarter profit")
                .type(EventType.of("make")).participants(List.of("Norcast")).source(Source.of("b", 0, 1, "s")).build();
        Event again = Event.builder("c1", When.parse("2010-06"), "Norcast's Anna Berg makes a first appearance")
                .type(EventType.of("make")).participants(List.of("Norcast")).source(Source.of("c", 0, 1, "s")).build();
        assertThat(EventMerger.merge(List.of(appearance, profit))).hasSize(2);
        assertThat(EventMerger.merge(List.of(appearance, again))).hasSize(1);
    }

    @Test
    void aPlanThatEveryReportTellsToComeStaysAPlan() {
        Event onFirst = learned("a", "2025-07-01", "return", "Velsa returns to Marnian rule")
                .withAttribute(EventExtractor.PLANNED, "true");
        Event inJuly = learned("b", "2025-07", "return", "Velsa returns to Marnian rule")
                .withAttribute(EventExtractor.PLANNED, "true");
        Event done = learned("c", "2025-07", "return", "Velsa returns to Marnian rule");
        // was unflagged: a merged event kept its confidence alone of its members' attributes
        assertThat(EventMerger.merge(List.of(onFirst, inJuly))).singleElement()
                .satisfies(e -> assertThat(e.attributes()).containsEntry(EventExtractor.PLANNED, "true"));
        // a report of it done makes it done
        assertThat(EventMerger.merge(List.of(onFirst, inJuly, done))).singleElement()
                .satisfies(e -> assertThat(e.attributes()).doesNotContainKey(EventExtractor.PLANNED));
    }

    @Test
    void prepositionsAndAVerbsInflectionAreNoSharedWords() {
        // were one: "flies" and "into" made two shared words ("flie" was no form of the type "fly")
        assertThat(EventMerger.merge(List.of(
                learned("a", "1997-04-02", "fly", "Prime Minister Ivo Marek flies into southern Varna for talks"),
                learned("b", "1997-04", "fly", "Anna Berg flies into Oslo from Hong Kong")))).hasSize(2);
        assertThat(EventMerger.merge(List.of(
                learned("a", "1997-04-02", "fly", "Prime Minister Ivo Marek flies into southern Varna for talks"),
                learned("b", "1997-04", "fly", "Ivo Marek flies into southern Varna")))).hasSize(1);
    }

    @Test
    void oneArticlesReportsOfOneDayWithOtherNumbersAreTwoGroups() {
        assertThat(EventMerger.merge(List.of(
                learned("a", "2011-03-14", "return", "About 500 dock workers in Gdansk return to work"),
                learned("a", "2011-03-14", "return", "Some 2,000 rail workers return to work")))).hasSize(2);
        // the same numbers, or none on one side, are one happening told twice
        assertThat(EventMerger.merge(List.of(
                learned("a", "2011-03-14", "return", "About 500 dock workers in Gdansk return to work"),
                learned("a", "2011-03-14", "return", "The 500 dock workers return to work")))).hasSize(1);
        assertThat(EventMerger.merge(List.of(
                learned("a", "2011-03-14", "return", "About 500 dock workers in Gdansk return to work"),
                learned("a", "2011-03-14", "return", "The dock workers in Gdansk return to work")))).hasSize(1);
        // two articles may give one happening other numbers
        assertThat(EventMerger.merge(List.of(
                learned("a", "2011-03-14", "return", "About 500 dock workers in Gdansk return to work"),
                learned("b", "2011-03-14", "return", "Some 520 dock workers in Gdansk return to work")))).hasSize(1);
    }

    @Test
    void aLearnedVerbWithOneSharedWordMergesWithinAWeekOnly() {
        assertThat(EventMerger.merge(List.of(
                learned("a", "1997-05-14", "expire", "Leases expire"),
                learned("b", "1997-05-14", "expire", "Leases expire")))).hasSize(1);
        assertThat(EventMerger.merge(List.of(
                learned("a", "2010-07-15", "cap", "The well is capped"),
                learned("b", "2010-W28", "cap", "The broken well is capped")))).hasSize(1);
        assertThat(EventMerger.merge(List.of(
                learned("a", "1996", "rise", "Exports of pearls rise 46 percent"),
                learned("b", "1996", "rise", "Debt payments rise 37 percent")))).hasSize(2);
    }

    @Test
    void anOfficeTwoReportsShareNamesNoOneButIdenticalTitlesStillMerge() {
        // two prime ministers arriving on one day in two places: "prime" and "minister" name nobody
        assertThat(EventMerger.merge(List.of(
                learned("a", "2024-10-29", "arrive", "The Kestrian prime minister arrives in Marlow"),
                learned("b", "2024-10-29", "arrive", "The Lornish prime minister arrives in Tarrow")))).hasSize(2);
        // the same words twice are one happening, whatever words they are
        assertThat(EventMerger.merge(List.of(
                learned("a", "2010-06", "testify", "Agency officials testify"),
                learned("b", "2010-06", "testify", "Agency officials testify")))).hasSize(1);
    }

    @Test
    void tollsOfOneDayOrMonthAreNoOneHappeningByTheirCountsAndVerbs() {
        Event kenya = Event.builder("k", When.parse("2006-12-17"), "Three people are killed and several others wounded")
                .type(EventType.DEATH).source(Source.of("k", 0, 1, "s")).build();
        Event gaza = Event.builder("g", When.parse("2006-12-17"), "One member of the guard is killed in the clash")
                .type(EventType.DEATH).source(Source.of("g", 0, 1, "s")).build();
        Event iraq = Event.builder("i", When.parse("2006-12-17"), "Four insurgents are killed and three soldiers"
                + " wounded").type(EventType.DEATH).source(Source.of("i", 0, 1, "s")).build();
        assertThat(EventMerger.merge(List.of(kenya, gaza, iraq))).hasSize(3);
        assertThat(EventMerger.merge(List.of(
                learned("a", "2005-10", "kill", "A bomber in a suicide vest kills 17 people"),
                learned("b", "2005-10-08", "kill", "The earthquake kills more than 73,000 people")))).hasSize(2);
        // a toll in digits, and who died, are shared words; a toll in digits alone ties reports of one month
        assertThat(EventMerger.merge(List.of(
                learned("a", "2010-04-20", "kill", "An offshore rig blast kills 11 workers"),
                learned("b", "2010-04-20", "kill", "The explosion kills 11 workers")))).hasSize(1);
        assertThat(EventMerger.merge(List.of(
                learned("a", "2010-04-20", "kill", "A fire on an offshore rig kills 11 workers"),
                learned("b", "2010-04", "kill", "11 people killed")))).hasSize(1);
    }

    @Test
    void deathsOfOneDayShareMoreThanOneWordOrATollToMerge() {
        Event kenya = Event.builder("k", When.parse("2006-12-17"), "Kenyan police clash with residents of a slum,"
                + " killing three people and wounding several others").type(EventType.DEATH)
                .source(Source.of("k", 0, 1, "s")).build();
        Event gaza = Event.builder("g", When.parse("2006-12-17"), "A guard is killed and several others injured in a"
                + " clash with supporters of Hamas").type(EventType.DEATH).source(Source.of("g", 0, 1, "s")).build();
        assertThat(EventMerger.merge(List.of(kenya, gaza))).hasSize(2);
        // a word of the other's participant: one person's death
        assertThat(EventMerger.merge(List.of(
                Event.builder("a", When.parse("2009-06-25"), "Jackson dies of a cardiac arrest at his home")
                        .type(EventType.DEATH).participants(List.of("Michael Jackson"))
                        .source(Source.of("a", 0, 1, "s")).build(),
                Event.builder("b", When.parse("2009-06"), "Jackson dies").type(EventType.DEATH)
                        .source(Source.of("b", 0, 1, "s")).build()))).hasSize(1);
        // a toll in millions is shared as one in digits is
        assertThat(EventMerger.merge(List.of(
                Event.builder("a", When.parse("1957"), "Asian flu kills two million people").type(EventType.DEATH)
                        .source(Source.of("a", 0, 1, "s")).build(),
                Event.builder("b", When.parse("1957"), "A pandemic of H2N2 kills an estimated 2 million people")
                        .type(EventType.DEATH).source(Source.of("b", 0, 1, "s")).build()))).hasSize(1);
    }

    @Test
    void theTypeWordOfAMeetingIsNoSharedWord() {
        assertThat(EventMerger.merge(List.of(
                Event.builder("a", When.parse("2005-11"), "Ministers' meeting in Busan").type(EventType.MEETING)
                        .source(Source.of("a", 0, 1, "s")).build(),
                Event.builder("b", When.parse("2005-11"), "WTO meeting in Hong Kong").type(EventType.MEETING)
                        .source(Source.of("b", 0, 1, "s")).build()))).hasSize(2);
    }

    private static Event parade(String doc, String when, String title, List<String> places) {
        return Event.builder(doc + when + title, When.parse(when), title).type(EventType.PARADE).places(places)
                .source(Source.of(doc, when.length(), when.length() + title.length(), title)).build();
    }

    @Test
    void oneArticlesLessPreciseReportFoldsIntoItsPreciseOne() {
        List<Event> merged = EventMerger.merge(List.of(
                parade("a", "2025-09-03", "Military parade in Beijing", List.of("Beijing", "China")),
                parade("a", "2025", "China’s victory parade", List.of("China"))));
        assertThat(merged).hasSize(1);
        assertThat(merged.get(0).when()).isEqualTo(When.parse("2025-09-03"));
        assertThat(merged.get(0).sources()).hasSize(2);
    }

    @Test
    void aLessPreciseReportThatAddsAPlaceStaysApart() {
        assertThat(EventMerger.merge(List.of(
                parade("a", "2025-09-03", "Military parade in Beijing", List.of("Beijing")),
                parade("a", "2025", "Victory parade in Moscow", List.of("Moscow"))))).hasSize(2);
    }

    @Test
    void aLessPreciseReportBetweenTwoPreciseOnesStaysApart() {
        assertThat(EventMerger.merge(List.of(
                parade("a", "2025-09-03", "Military parade", List.of()),
                parade("a", "2025-10-10", "Military parade", List.of()),
                parade("a", "2025", "Military parade", List.of())))).hasSize(3);
    }

    @Test
    @Timeout(value = 5, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void oneArticlesReportsOfTheSameDaysWithDifferentModifiersStayApart() {
        Event day = parade("a", "2011-12-17", "Military parade", List.of());
        Event lateDay = day.withWhen(When.parseTimex("2011-12-17", "END")).withSource(Source.of("a", 7, 8, "x"));
        assertThat(EventMerger.merge(List.of(day, lateDay))).hasSize(2);
    }

    @Test
    void titleWordsAreTheRunsOfLettersAndAsciiDigits() {
        for (String title : List.of("Kim Jong-un's 2011 takeover", "COVID-19 talks__end", "Naïve état: ǅemal’s visits",
                "\uD835\uDC00bc and \u0663\u0664\u0665 votes", " ... !", "Über-Summit \uD800 of 2,012 ministers")) {
            Set<String> regex = new LinkedHashSet<>();
            for (String w : title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\d]+")) {
                if (w.length() > 2 && !List.of("the", "of", "and").contains(w)) {
                    regex.add(w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
                }
            }
            assertThat(EventMerger.titleWords(Event.builder("x", When.parse("2011"), title).build())).as(title)
                    .containsExactlyElementsOf(regex);
        }
    }

    @Test
    void aMergedEventTakesATitleThatTellsMoreThanAToll() {
        // two tolls agree with each other more than with the explosion, which says what happened
        Event merged = EventMerger.combine(List.of(
                learned("a", "2010-04-20", "destroy", "An explosion destroys the Deepwater Horizon drilling rig"),
                learned("b", "2010-04-20", "kill", "11 workers killed"),
                learned("c", "2010-04-20", "die", "11 workers die")));
        assertThat(merged.title()).isEqualTo("An explosion destroys the Deepwater Horizon drilling rig");
        assertThat(merged.sources()).hasSize(3);
    }
}
