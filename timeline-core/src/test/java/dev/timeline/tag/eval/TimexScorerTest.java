package dev.timeline.tag.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.timeline.tag.Mention;
import dev.timeline.tag.TimexType;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimexScorerTest {
    private static final String TEXT = "On Monday, three days later, in May 2013 and every week since then.";

    private static Mention m(String s, TimexType type, String value) {
        int at = TEXT.indexOf(s);
        return Mention.of(TEXT, at, at + s.length(), type, value);
    }

    private static Mention span(int start, int end, String value) {
        return Mention.of(TEXT, start, end, TimexType.DATE, value);
    }

    @Test
    void identicalOutputScoresOneEverywhere() {
        List<Mention> gold = List.of(m("Monday", TimexType.DATE, "2013-03-18"), m("every week", TimexType.SET, "P1W"));
        TimexScore s = TimexScorer.score("d", gold, gold);
        assertThat(s.counts()).isEqualTo(new TimexCounts(2, 2, 2, 2, 2, 2));
        assertThat(s.strict().f1()).isEqualTo(1.0);
        assertThat(s.errors()).isEmpty();
    }

    @Test
    void overlappingExtentIsARelaxedButNotAStrictMatch() {
        TimexScore s = TimexScorer.score("d", List.of(m("May 2013", TimexType.DATE, "2013-05")),
                List.of(m("in May", TimexType.DATE, "2013-05")));
        assertThat(s.counts()).isEqualTo(new TimexCounts(1, 1, 0, 1, 1, 1));
        assertThat(s.errors()).extracting(TimexError::kind).containsExactly(TimexError.Kind.EXTENT);
    }

    @Test
    void alignmentIsOneToOne() {
        // gold "three days later" [11,27); system "three days" [11,21) and "later" [22,27): only the first pairs
        TimexScore s = TimexScorer.score("d", List.of(span(11, 27, "P3D")),
                List.of(span(11, 21, "P3D"), span(22, 27, "P3D")));
        assertThat(s.counts()).isEqualTo(new TimexCounts(1, 2, 0, 1, 1, 1));
        assertThat(s.errors(TimexError.Kind.SPURIOUS)).singleElement()
                .satisfies(e -> assertThat(e.system().orElseThrow().text()).isEqualTo("later"));
    }

    @Test
    void aSystemTimexStartingInsideGoldPairsWhenGoldCoversItsFirstCharacter() {
        // gold starts first and covers nothing of the system start? gold [3,9) "Monday", system [5,14) "nday, thr"
        TimexScore s = TimexScorer.score("d", List.of(span(3, 9, "A")), List.of(span(5, 14, "A")));
        assertThat(s.counts().relaxed()).isEqualTo(1);
    }

    @Test
    void onEqualStartsGoldChoosesFirst() {
        // two gold timexes start where one system timex starts: the first gold in text order (shorter) gets it
        TimexScore s = TimexScorer.score("d", List.of(span(11, 21, "short"), span(11, 27, "long")),
                List.of(span(11, 27, "long")));
        assertThat(s.counts()).isEqualTo(new TimexCounts(2, 1, 0, 1, 0, 1));
        assertThat(s.errors(TimexError.Kind.MISSING)).singleElement()
                .satisfies(e -> assertThat(e.gold().orElseThrow().value()).isEqualTo("long"));
    }

    @Test
    void valueAndTypeScoresAreRelaxedScoresTimesAccuracy() {
        List<Mention> gold = List.of(m("Monday", TimexType.DATE, "A"), m("May 2013", TimexType.DATE, "B"),
                m("every week", TimexType.SET, "C"));
        List<Mention> sys = List.of(m("Monday", TimexType.TIME, "A"), m("May 2013", TimexType.DATE, "X"));
        TimexScore s = TimexScorer.score("d", gold, sys);
        assertThat(s.valueAccuracy()).isEqualTo(0.5);
        assertThat(s.typeAccuracy()).isEqualTo(0.5);
        assertThat(s.relaxed().f1()).isCloseTo(0.8, within(1e-12));
        assertThat(s.value().f1()).isCloseTo(0.4, within(1e-12));
        assertThat(s.errors()).extracting(TimexError::kind).containsExactly(TimexError.Kind.TYPE,
                TimexError.Kind.VALUE, TimexError.Kind.MISSING);
    }

    @Test
    void noTimexesOnEitherSideScoresOne() {
        TimexScore s = TimexScorer.score("d", List.of(), List.of());
        assertThat(s.relaxed()).isEqualTo(PrecisionRecall.PERFECT);
        assertThat(s.valueAccuracy()).isEqualTo(1.0);
    }

    @Test
    void noSystemTimexesScoresZero() {
        TimexScore s = TimexScorer.score("d", List.of(span(3, 9, "A")), List.of());
        assertThat(s.relaxed()).isEqualTo(new PrecisionRecall(0, 0, 0));
        assertThat(s.value().f1()).isZero();
    }

    @Test
    void blankSystemTimexesAreIgnoredAndCounted() {
        TimexScore s = TimexScorer.score("d", List.of(), List.of(span(2, 3, "A")));
        assertThat(s.counts().system()).isZero();
        assertThat(s.ignoredEmptySystem()).isEqualTo(1);
    }

    @Test
    void scoresOfDocumentsAddUpMicroAveraged() {
        TimexScore a = TimexScorer.score("a", List.of(span(3, 9, "A")), List.of(span(3, 9, "A")));
        TimexScore b = TimexScorer.score("b", List.of(span(3, 9, "A"), span(11, 21, "B")), List.of());
        TimexScore both = a.plus(b);
        assertThat(both.documents()).isEqualTo(2);
        assertThat(both.counts()).isEqualTo(new TimexCounts(3, 1, 1, 1, 1, 1));
        assertThat(both.relaxed().recall()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(both.relaxed().precision()).isEqualTo(1.0);
    }
}
