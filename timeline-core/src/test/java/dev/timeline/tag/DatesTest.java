package dev.timeline.tag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatesTest {
    @Test
    void yearsDecadesAndCenturiesKeepTheirLeadingZeros() {
        assertThat(Dates.year(33)).isEqualTo("0033");
        assertThat(Dates.decade(199)).isEqualTo("199");
        assertThat(Dates.decade(5)).isEqualTo("005");
        assertThat(Dates.century(19)).isEqualTo("19");
        assertThat(Dates.century(7)).isEqualTo("07");
    }

    @Test
    void decadesAndCenturiesOutsideFourDigitYearsAreSomeYear() {
        assertThat(Dates.decade(1000)).isEqualTo("XXXX");
        assertThat(Dates.century(-1)).isEqualTo("XXXX");
    }
}
