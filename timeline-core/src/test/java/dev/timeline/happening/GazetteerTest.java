package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The places of {@code places.txt}, read by name or demonym, case and a leading "the" aside. */
class GazetteerTest {
    @Test
    void aNameOrADemonymGivesItsPlace() {
        assertThat(Gazetteer.place("North Korean")).hasValue("North Korea");
        assertThat(Gazetteer.place("the North")).hasValue("North Korea");
        assertThat(Gazetteer.place("CHINESE")).hasValue("China");
        assertThat(Gazetteer.place("Louisiana")).hasValue("Louisiana");
        assertThat(Gazetteer.place("New South Wales")).hasValue("New South Wales");
    }

    @Test
    void aNameNotListedIsNoPlace() {
        assertThat(Gazetteer.place("Houma")).isEmpty();
        assertThat(Gazetteer.place("Kim Jong Un")).isEmpty();
    }
}
