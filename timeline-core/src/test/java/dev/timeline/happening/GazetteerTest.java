package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The places of {@code places.txt} and the states and provinces of {@code regions.txt}, read by name or demonym, case
 * and a leading "the" aside.
 */
class GazetteerTest {
    @Test
    void aNameOrADemonymGivesItsPlace() {
        assertThat(Gazetteer.place("North Korean")).hasValue("North Korea");
        assertThat(Gazetteer.place("the North")).hasValue("North Korea");
        assertThat(Gazetteer.place("CHINESE")).hasValue("China");
        assertThat(Gazetteer.region("Louisiana")).hasValue("Louisiana");
        assertThat(Gazetteer.region("New South Wales")).hasValue("New South Wales");
    }

    @Test
    void aNameNotListedIsNoPlace() {
        assertThat(Gazetteer.place("Houma")).isEmpty();
        assertThat(Gazetteer.place("Kim Jong Un")).isEmpty();
        assertThat(Gazetteer.place("Louisiana")).isEmpty(); // a region, a place only where it stands alone
    }

    @Test
    void aStateIsAPlaceAloneAndAWordOfALongerName() {
        assertThat(Entities.find("Fishermen in Houma, Louisiana, protested.")).anySatisfy(e -> {
            assertThat(e.name()).isEqualTo("Louisiana");
            assertThat(e.kind()).isEqualTo(Entities.Kind.PLACE);
        });
        assertThat(Entities.find("She studied at the Massachusetts Institute of Technology.")).noneMatch(
                e -> e.name().equals("Massachusetts"));
        assertThat(Entities.find("Barges sailed down the Mississippi River.")).noneMatch(
                e -> e.name().equals("Mississippi") && e.kind() == Entities.Kind.PLACE);
    }
}
