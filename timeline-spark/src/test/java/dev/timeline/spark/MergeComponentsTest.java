package dev.timeline.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

/** The sweep that splits events into merge components. */
class MergeComponentsTest {
    private static String component(List<Row> out, String group, String earliest) {
        long day = LocalDate.parse(earliest).toEpochDay();
        return out.stream().filter(r -> r.getString(0).equals(group) && r.getLong(1) == day)
                .findFirst().orElseThrow().getString(3);
    }

    private static Row interval(String group, String earliest, String latest) {
        return RowFactory.create(group, LocalDate.parse(earliest).toEpochDay(), LocalDate.parse(latest).toEpochDay());
    }

    private static Row interval(String group, LocalDate earliest, LocalDate latest) {
        return RowFactory.create(group, earliest.toEpochDay(), latest.toEpochDay());
    }

    @Test
    void overlappingDaysOfOneGroupShareAComponent() {
        List<Row> out = DistributedMerge.components(List.of(
                interval("visit", "2011-01-01", "2011-12-31"),
                interval("visit", "2011-05-03", "2011-05-03"),
                interval("visit", "2011-12-31", "2012-01-05")));
        assertThat(out).extracting(r -> r.getString(3)).containsOnly(component(out, "visit", "2011-01-01"));
    }

    @Test
    void aGapOrAnotherGroupStartsANewComponent() {
        List<Row> out = DistributedMerge.components(List.of(
                interval("visit", "2011-01-01", "2011-01-31"),
                interval("visit", "2011-02-01", "2011-02-01"),
                interval("death", "2011-01-01", "2011-01-31")));
        assertThat(component(out, "visit", "2011-01-01")).isNotEqualTo(component(out, "visit", "2011-02-01"))
                .isNotEqualTo(component(out, "death", "2011-01-01"));
    }

    @Test
    void anEventOpenTowardsTheFutureReachesEveryLaterEventOfItsGroup() {
        List<Row> out = DistributedMerge.components(List.of(
                interval("visit", LocalDate.of(2012, 1, 1), LocalDate.MAX),
                interval("visit", "2015-05-05", "2015-05-05")));
        assertThat(component(out, "visit", "2012-01-01")).isEqualTo(component(out, "visit", "2015-05-05"));
    }

    @Test
    void anEventOpenTowardsThePastReachesEveryEarlierEventOfItsGroup() {
        List<Row> out = DistributedMerge.components(List.of(
                interval("visit", LocalDate.MIN, LocalDate.of(1985, 12, 31)),
                interval("visit", "1612-01-01", "1612-12-31"),
                interval("visit", "1986-01-01", "1986-01-01")));
        assertThat(component(out, "visit", "1612-01-01")).isEqualTo(out.get(0).getString(3))
                .isNotEqualTo(component(out, "visit", "1986-01-01"));
    }
}
