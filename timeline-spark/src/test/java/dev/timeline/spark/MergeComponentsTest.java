package dev.timeline.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

/** The sweep that splits events into merge components. */
class MergeComponentsTest {
    private static String component(List<Row> out, String group, String earliest) {
        return out.stream().filter(r -> r.getString(0).equals(group) && r.getString(1).equals(earliest))
                .findFirst().orElseThrow().getString(3);
    }

    @Test
    void overlappingDaysOfOneGroupShareAComponent() {
        List<Row> out = DistributedMerge.components(List.of(
                RowFactory.create("visit", "2011-01-01", "2011-12-31"),
                RowFactory.create("visit", "2011-05-03", "2011-05-03"),
                RowFactory.create("visit", "2011-12-31", "2012-01-05")));
        assertThat(out).extracting(r -> r.getString(3)).containsOnly(component(out, "visit", "2011-01-01"));
    }

    @Test
    void aGapOrAnotherGroupStartsANewComponent() {
        List<Row> out = DistributedMerge.components(List.of(
                RowFactory.create("visit", "2011-01-01", "2011-01-31"),
                RowFactory.create("visit", "2011-02-01", "2011-02-01"),
                RowFactory.create("death", "2011-01-01", "2011-01-31")));
        assertThat(component(out, "visit", "2011-01-01")).isNotEqualTo(component(out, "visit", "2011-02-01"))
                .isNotEqualTo(component(out, "death", "2011-01-01"));
    }
}
