package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntitiesTest {
    @Test
    void aKeyEquatesSpellingsOfOneNameAndDropsAnOwnersParticiple() {
        assertThat(Entities.key("Kim Jong-un")).isEqualTo(Entities.key("Kim Jong Un"));
        assertThat(Entities.key("Korvo-leased Velo Horizon")).isEqualTo(Entities.key("Velo Horizon"));
        assertThat(Entities.key("Korvo-operated")).isEqualTo("korvo operated"); // nothing after it: the name itself
        assertThat(Entities.key("Hewlett-Packard")).isEqualTo("hewlett packard");
    }

    @Test
    void aKeyDropsACompanysLegalForm() {
        assertThat(Entities.key("Korvo Plc")).isEqualTo(Entities.key("Korvo"));
        assertThat(Entities.key("Velo Drilling Ltd.")).isEqualTo(Entities.key("Velo Drilling"));
        assertThat(Entities.key("Dalen Energy, Inc.")).isEqualTo("dalen energy");
        assertThat(Entities.key("Inc")).isEqualTo("inc"); // a legal form alone is a name of its own
        assertThat(Entities.key("Velo Coast")).isEqualTo("velo coast");
    }

    @Test
    void capitalizedHeadlineWordsAreNotNames() {
        String text = "Leader to Join Talks in Rare International Appearance\nMoon Jae-in met Kim Jong Un in Seoul.";
        assertThat(Entities.find(text)).extracting(Entities.Entity::name)
                .containsExactly("Moon Jae-in", "Kim Jong Un", "Seoul");
    }

    @Test
    void aSurnameSpelledAsAnAbbreviatedTitleEndsAName() {
        assertThat(Entities.find("Premier Vath Sen visited Tarrow. Sen. Ana Moro voted.")).extracting(
                Entities.Entity::name).contains("Vath Sen", "Ana Moro");
    }

    @Test
    void aNameInAHeadlineCountsWhenTheBodyNamesItToo() {
        String text = "Moon Jae-in Meets Leaders In Seoul\nMoon Jae-in said so.";
        assertThat(Entities.find(text)).extracting(Entities.Entity::name)
                .containsExactly("Moon Jae-in", "Seoul", "Moon Jae-in");
    }

    @Test
    void aNameEndingInAWordOfNatureIsAPlace() {
        // "the Loop Current" was an organization, and "the company" of the article became it
        assertThat(Entities.find("Oil entered the Loop Current. The Gulf Stream and the Mekong Delta are far."))
                .extracting(Entities.Entity::kind).containsOnly(Entities.Kind.PLACE);
    }

    @Test
    void anAcronymInBracketsIsTheNameItAbbreviates() {
        String text = "The Associated Press (AP) reported it. AP said more.";
        assertThat(Entities.find(text)).extracting(Entities.Entity::name)
                .containsOnly("Associated Press");
    }

    @Test
    void aTitleWordThatOpensAnOrganizationsNameIsPartOfIt() {
        assertThat(Entities.find("The General Motors plant added a shift. The Foreign Office advised against travel."))
                .extracting(Entities.Entity::name).containsExactly("General Motors", "Foreign Office");
        // before a person's name the word is the person's title
        assertThat(Entities.find("General Tom Welk arrived.")).extracting(Entities.Entity::name)
                .containsExactly("Tom Welk");
    }

    @Test
    void aPluralPossessiveIsPartOfTheName() {
        assertThat(Entities.find("the ruling Workers’ Party met")).extracting(Entities.Entity::name)
                .containsExactly("Workers’ Party");
    }

    @Test
    void aNamedEventIsNoPerson() {
        // "She" after "three Olympic Games" stood for the games
        assertThat(Entities.find("Ana Vell has competed in three Olympic Games and the Asian Games."))
                .filteredOn(e -> e.name().endsWith("Games")).extracting(e -> e.kind().name())
                .isNotEmpty().containsOnly("EVENT");
    }

    @Test
    void aClubsNameIsNoPersonButTheUnitedStatesIsNoClub() {
        // a "he" after "Sam Reed, the chairman of Bradford United" stood for the club
        assertThat(Entities.find("Sam Reed, the chairman of Bradford United, said he would stay."))
                .filteredOn(e -> e.name().equals("Bradford United")).singleElement()
                .satisfies(e -> assertThat(e.kind()).isEqualTo(Entities.Kind.ORGANIZATION));
        assertThat(Entities.find("Sam Reed flew to the United States on Monday."))
                .noneMatch(e -> e.name().equals("United States") && e.kind() == Entities.Kind.ORGANIZATION);
    }

    @Test
    void aNameAfterTheIsNoPerson() {
        String text = "Soon after the Deepwater Horizon exploded, Chris Oynes said he would retire.";
        assertThat(Entities.find(text)).filteredOn(e -> e.kind() == Entities.Kind.PERSON)
                .extracting(Entities.Entity::name).containsExactly("Chris Oynes");
        // so "he" does not stand for the rig
        assertThat(LexiconExamples.titles("Shortly after the Deepwater Horizon explosion, he announced he would be"
                + " retiring on June 30th.")).noneMatch(t -> t.startsWith("Deepwater Horizon"));
    }

    @Test
    void aCapitalInsideAWordStartsNoName() {
        assertThat(Entities.find("Apple unveiled the iPod Nano and the iTunes Store on Wednesday."))
                .extracting(Entities.Entity::name).noneMatch(n -> n.startsWith("Pod") || n.startsWith("Tunes"));
    }
}
