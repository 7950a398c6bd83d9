package dev.timeline.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.text.LanguageLayer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Distributional classes: words between the same neighbours share a class; the same texts give the same classes. */
class WordClustersTest {
    private static List<String> texts() {
        List<String> out = new ArrayList<>();
        String[] events = {"parade", "concert", "festival"};
        String[] things = {"table", "chair", "lamp"};
        for (int i = 0; i < 40; i++) {
            String e = events[i % 3];
            String t = things[i % 3];
            out.add("Crowds cheered after the " + e + " ended. The " + e + " began at noon. She bought a red " + t
                    + " for her flat. A wooden " + t + " stood there.");
        }
        return out;
    }

    private static WordClusters cluster(List<String> texts) {
        WordClusters.Counter counter = new WordClusters.Counter(6);
        texts.forEach(t -> counter.add(LanguageLayer.english().analyze(t)));
        return counter.build();
    }

    @Test
    void wordsBetweenTheSameNeighboursShareAClass() {
        WordClusters clusters = cluster(texts());
        assertThat(clusters.of("concert")).isEqualTo(clusters.of("parade")).isEqualTo(clusters.of("festival"));
        assertThat(clusters.of("chair")).isEqualTo(clusters.of("table")).isEqualTo(clusters.of("lamp"));
        assertThat(clusters.of("concert")).isNotEqualTo(clusters.of("chair"));
    }

    @Test
    void aRareWordHasNoClass() {
        assertThat(cluster(texts()).of("bicycle")).isEqualTo("?");
    }

    @Test
    void theSameTextsGiveTheSameClasses() {
        assertThat(cluster(texts()).format()).isEqualTo(cluster(texts()).format());
    }
}
