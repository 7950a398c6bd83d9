package dev.timeline.happening;

import org.junit.jupiter.api.Test;

class TmpTitlesTest {
    @Test
    void probe() {
        System.out.println("TITLES " + LexiconExamples.titles(System.getProperty("probe")));
    }
}
