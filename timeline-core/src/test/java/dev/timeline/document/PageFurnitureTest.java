package dev.timeline.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link PageFurniture}: each rule marks its own example, and news prose is not furniture. */
class PageFurnitureTest {
    @Test
    void everyRuleMarksItsExampleAsItsKind() {
        assertThat(PageFurniture.rules()).isNotEmpty().allSatisfy(rule -> {
            assertThat(rule.pattern().matcher(rule.example()).find()).as(rule.example()).isTrue();
            if (rule.kind() == PageFurniture.Kind.PREFIX) {
                assertThat(PageFurniture.prefixLength(rule.example())).as(rule.example()).isPositive();
            } else {
                assertThat(PageFurniture.of(rule.example())).as(rule.example()).contains(rule.kind());
            }
        });
    }

    @Test
    void aPrintEditionsNoteIsAStampWithOrWithoutItsArticle() {
        assertThat(PageFurniture.of("A version appeared on p33 of the Main section of the Daily Bugle on Thursday "
                + "11 June 2020.")).contains(PageFurniture.Kind.STAMP);
    }

    @Test
    void newsProseIsNotFurniture() {
        assertThat(PageFurniture.of("The report was published on Monday by the commission.")).isEmpty();
        assertThat(PageFurniture.of("Officials said the figures would be updated at noon.")).isEmpty();
        assertThat(PageFurniture.of("The company posted a loss of $3 billion.")).isEmpty();
        assertThat(PageFurniture.of("A version of the plan appeared on Monday.")).isEmpty();
    }

    @Test
    void aDatelineIsCutOffTheSentenceItOpens() {
        String sentence = "CAIRO (Reuters) - Egypt culled its pigs on Wednesday.";
        assertThat(sentence.substring(PageFurniture.prefixLength(sentence))).isEqualTo("Egypt culled its pigs on"
                + " Wednesday.");
        assertThat(PageFurniture.prefixLength("Egypt culled its pigs (Reuters reported) on Wednesday.")).isZero();
        assertThat(PageFurniture.of(sentence)).isEmpty();
    }

    @Test
    void aPhotoCreditIsCutOffTheSentenceItOpens() {
        String credit = "Photograph: Jo Bloggs\\/AFP\\/Getty Images ";
        assertThat(PageFurniture.prefixLength(credit + "Ships were getting back in place today.")).isEqualTo(
                credit.length());
        assertThat(PageFurniture.prefixLength("Photograph: a harbour at dawn. Ships returned today.")).isZero();
    }

    @Test
    void aCommentSectionBeginsWithItsFirstCommentWhenThereAreSeveral() {
        String article = "The dam broke on Friday. A video posted by a farmer shows the flood.\n"
                + "Engineers had warned of cracks. ".repeat(70) + "\n";
        String comments = "Who signed off on this? Posted by: OldValley | March 14, 2021 6:10 PM\n"
                + "They knew for years. Posted by: dam_skeptic | March 14, 2021 6:12 PM\n"
                + "Shame. Posted by: river | March 14, 2021 6:20 PM\n";
        assertThat(PageFurniture.commentsStart(article + comments)).isEqualTo(article.length());
        assertThat(PageFurniture.commentsStart(article)).isEqualTo(article.length());
    }
}
