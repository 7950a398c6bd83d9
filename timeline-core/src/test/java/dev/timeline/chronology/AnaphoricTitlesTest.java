package dev.timeline.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.document.Document;
import dev.timeline.happening.EventExtractor;
import dev.timeline.tag.TimeTagger;
import dev.timeline.timeline.Event;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnaphoricTitlesTest {
    @Test
    void aDefiniteSubjectWithNothingNamedIsAnaphoric() {
        assertThat(AnaphoricTitles.isAnaphoric("The quake hits")).isTrue();
        assertThat(AnaphoricTitles.isAnaphoric("The well is sealed")).isTrue();
        assertThat(AnaphoricTitles.isAnaphoric("Its shares continue to fall")).isTrue();
        assertThat(AnaphoricTitles.isAnaphoric("These talks end without a deal")).isTrue();
        assertThat(AnaphoricTitles.isAnaphoric("Both players are charged with the same offence")).isTrue();
        assertThat(AnaphoricTitles.isAnaphoric("Both Kim and Xi attend the parade")).isFalse();
        // "other", "another" and "such" point back as "the" does
        assertThat(AnaphoricTitles.isAnaphoric("Other attempts fail")).isTrue();
        assertThat(AnaphoricTitles.isAnaphoric("Another blast rocks the building")).isTrue();
        assertThat(AnaphoricTitles.isAnaphoric("Such strikes are called off")).isTrue();
        assertThat(AnaphoricTitles.isAnaphoric("Another blast rocks the Orvan parliament")).isFalse();
    }

    @Test
    void aNameOrAYearAnywhereInTheTitleSaysWhich() {
        assertThat(AnaphoricTitles.isAnaphoric("The rebels capture Kisangani")).isFalse();
        assertThat(AnaphoricTitles.isAnaphoric("The 1997 election is held")).isFalse();
        assertThat(AnaphoricTitles.isAnaphoric("The 1990s boom ends")).isFalse();
        assertThat(AnaphoricTitles.isAnaphoric("The IMF orders a broad study")).isFalse();
    }

    @Test
    void aNameInAPhraseOfPlaceSaysWhereNotWhich() {
        assertThat(AnaphoricTitles.isAnaphoric("The man arrives in Beijing")).isTrue();
        assertThat(AnaphoricTitles.isAnaphoric("The war ends in a UN-brokered ceasefire")).isTrue();
        assertThat(AnaphoricTitles.isAnaphoric("The tanker dumps oil into Alaska's Prince William Sound")).isTrue();
        assertThat(AnaphoricTitles.isAnaphoric("The singer dies at his Los Angeles home")).isTrue();
        // of a war or a vote, the country says which
        assertThat(AnaphoricTitles.isAnaphoric("The civil war in Korvania breaks out")).isFalse();
        assertThat(AnaphoricTitles.isAnaphoric("The share prices in Vallis close sharply higher")).isFalse();
        assertThat(AnaphoricTitles.isAnaphoric("The oil giant's shares in London close down 13 percent")).isTrue();
        assertThat(AnaphoricTitles.isAnaphoric("The bomb in Vallis explodes")).isTrue();
        // a pronoun the extractor could not resolve says not who, whatever names follow
        assertThat(AnaphoricTitles.isAnaphoric("He summons his top advisers to meet Obama")).isTrue();
        assertThat(AnaphoricTitles.isAnaphoric("The federal government sends a bill to BP")).isFalse();
        assertThat(AnaphoricTitles.isAnaphoric("The UN Security Council meets in New York")).isFalse();
    }

    @Test
    void theOneADemonstrativeOrAnEpithetPointsBackWhateverTheTitleNames() {
        assertThat(AnaphoricTitles.isAnaphoric("The one sets the Deepwater Horizon on fire")).isTrue();
        assertThat(AnaphoricTitles.isAnaphoric("A major one founders")).isTrue();
        assertThat(AnaphoricTitles.isAnaphoric("The only one of the 10 countries joins the euro")).isTrue();
        assertThat(AnaphoricTitles.isAnaphoric("A one-day strike shuts Tarnia's ports")).isFalse();
        assertThat(AnaphoricTitles.isAnaphoric("The 32-year-old faces a Uefa hearing")).isTrue();
        assertThat(AnaphoricTitles.isAnaphoric("The 30-year-old chess beauty marries a grandmaster")).isTrue();
        assertThat(AnaphoricTitles.isAnaphoric("The 23-year-old Nalbandian converts five break points")).isFalse();
        assertThat(AnaphoricTitles.isAnaphoric("The 63-year-old congressman Randy Cunningham answers")).isFalse();
        assertThat(AnaphoricTitles.isAnaphoric("One of those practice runs takes place")).isTrue();
        assertThat(AnaphoricTitles.isAnaphoric("Representatives from those tribes tour Louisiana")).isTrue();
        assertThat(AnaphoricTitles.isAnaphoric("The Irishman takes the helm of the Australian airline")).isTrue();
        // a noun that describes a person says not who, whatever names its modifiers or the rest hold (were kept)
        assertThat(AnaphoricTitles.isAnaphoric("The Ivory Coast star hits the winner against Leeds")).isTrue();
        assertThat(AnaphoricTitles.isAnaphoric("The man leads Ghana at the 2019 Cup of Nations")).isTrue();
        assertThat(AnaphoricTitles.isAnaphoric("The star striker Didier Drogba hits the winner")).isFalse();
        assertThat(AnaphoricTitles.isAnaphoric("The Chelsea manager resigns")).isFalse();
        assertThat(AnaphoricTitles.isAnaphoric("One of China's most-wanted drug traffickers is arrested")).isFalse();
        assertThat(AnaphoricTitles.isAnaphoric("A court sentences those responsible for the Bali bombing")).isFalse();
        assertThat(AnaphoricTitles.isAnaphoric("The German foreign ministry advises its nationals")).isFalse();
    }

    @Test
    void aNationalityOrCreedSaysNotWhichGroupOrFilm() {
        assertThat(AnaphoricTitles.isAnaphoric("The Islamist group takes office")).isTrue();
        assertThat(AnaphoricTitles.isAnaphoric("The Hungarian film has its world premiere")).isTrue();
        assertThat(AnaphoricTitles.isAnaphoric("The Dutch group splits up")).isTrue();
        // it says which army, which election; a name after the group says which group
        assertThat(AnaphoricTitles.isAnaphoric("The Sudanese army kills 200 rebels")).isFalse();
        assertThat(AnaphoricTitles.isAnaphoric("The Iraqi election meets international standards")).isFalse();
        assertThat(AnaphoricTitles.isAnaphoric("The Islamist group Hamas takes office")).isFalse();
        assertThat(AnaphoricTitles.isAnaphoric("The Libyan deal is signed")).isFalse();
        // what the rest names does not say which group
        assertThat(AnaphoricTitles.isAnaphoric("The Australian group approaches the LSE")).isTrue();
    }

    @Test
    void severalWordsOfNationalityAndAModifierBeforeTheNounSayNotWhichOne() {
        assertThat(AnaphoricTitles.isAnaphoric("The South Korean minister visits Japan")).isTrue();
        assertThat(AnaphoricTitles.isAnaphoric("The British-Dutch energy giant hits a deadlock with Gazprom")).isTrue();
        assertThat(AnaphoricTitles.isAnaphoric("The Velsan illegal immigrant leaves Kessa for Ostland")).isTrue();
        // a prime minister is one of a country; an "of" phrase says which contingent
        assertThat(AnaphoricTitles.isAnaphoric("The Velsan prime minister resumes his normal activities")).isFalse();
        assertThat(AnaphoricTitles.isAnaphoric("The Turkish contingent of the UN force guards Tirana airport"))
                .isFalse();
    }

    @Test
    void aTitleOfCommonWordsWithADefinitePhraseNamesNothing() {
        assertThat(AnaphoricTitles.namesNothing(event("Police discover the bodies",
                "The site was shut down the day after police discovered the bodies."))).isTrue();
        assertThat(AnaphoricTitles.namesNothing(event("A bomb explodes near the building",
                "A bomb exploded Friday near the building where the parliament will meet."))).isTrue();
        // a name opens it, or one stands in it, or nothing is definite
        assertThat(AnaphoricTitles.namesNothing(event("Olmert agrees to release the money",
                "Olmert agreed on Sunday to release the money."))).isFalse();
        assertThat(AnaphoricTitles.namesNothing(event("A bomb explodes near the parliament in Kabul",
                "A bomb exploded Friday near the parliament in Kabul."))).isFalse();
        assertThat(AnaphoricTitles.namesNothing(event("Police arrest two men",
                "Police arrested two men on Friday."))).isFalse();
    }

    private static Event event(String title, String sentence) {
        return Event.builder("e", dev.timeline.time.When.parse("2025-08-22"), title)
                .source(dev.timeline.timeline.Source.of("d", 0, sentence.length(), sentence)).build();
    }

    @Test
    void aTitleWithoutADefiniteOpeningIsNotAnaphoric() {
        assertThat(AnaphoricTitles.isAnaphoric("Rebels seize the airport in the capital")).isFalse();
        assertThat(AnaphoricTitles.isAnaphoric("A gas blast kills 124 people")).isFalse();
        assertThat(AnaphoricTitles.isAnaphoric("Theatre reopens")).isFalse();
    }

    @Test
    void theExtractorKeepsAnAnaphoricEventAndTheChronologyLeavesItOut() {
        String text = "Pat Jurgenson said the quake hit at 4:09 a.m. on Monday.\n\n"
                + "Rebels captured Kisangani on Monday.";
        Document d = Document.of("d", text).withDct(LocalDate.of(2025, 8, 28));
        List<Event> extracted = EventExtractor.using(TimeTagger.english()).extract(d, Optional.of(d.dct().get()));
        assertThat(extracted).extracting(Event::title).contains("The quake hits", "Rebels capture Kisangani");
        assertThat(AnaphoricTitles.without(extracted)).extracting(Event::title)
                .doesNotContain("The quake hits").contains("Rebels capture Kisangani");
        assertThat(Chronologies.build(List.of(d)).timeline().events()).extracting(Event::title)
                .doesNotContain("The quake hits").contains("Rebels capture Kisangani");
    }
}
