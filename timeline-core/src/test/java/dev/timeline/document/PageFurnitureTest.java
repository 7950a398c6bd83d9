package dev.timeline.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link PageFurniture}: each rule marks its own example, and news prose is not furniture. */
class PageFurnitureTest {
    @Test
    void everyRuleMarksItsExampleAsItsKind() {
        assertThat(PageFurniture.rules()).isNotEmpty().allSatisfy(rule -> {
            assertThat(rule.pattern().matcher(rule.example()).find()).as(rule.example()).isTrue();
            if (rule.kind() == PageFurniture.Kind.PREFIX || rule.kind() == PageFurniture.Kind.BREAK) {
                assertThat(PageFurniture.prefixLength(rule.example())).as(rule.example()).isPositive();
            } else if (rule.kind() == PageFurniture.Kind.END) {
                assertThat(PageFurniture.commentsStart(rule.example())).as(rule.example()).isZero();
            } else if (rule.kind() == PageFurniture.Kind.LISTING) {
                assertThat(PageFurniture.isListing("Kessel dam to reopen.\n" + rule.example())).as(rule.example())
                        .isTrue();
            } else {
                assertThat(PageFurniture.of(rule.example())).as(rule.example()).contains(rule.kind());
            }
        });
    }

    @Test
    void newsThatMentionsAProgrammeOrAProducerIsNoListing() {
        assertThat(PageFurniture.isListing("The BBC broadcast a programme on the dam on Friday. Oil producers met in"
                + " Vienna. The information programme of the ministry starts in May.")).isFalse();
    }

    @Test
    void aNoticeThatEndsTheArticleStartsWhatIsNotItsOwnOnItsLine() {
        String article = "Engineers inspected the broken dam on Friday.\n";
        String text = article + "We welcome comments that advance the story through relevant opinion.\n"
                + "A former broker who turned to journalism 12 years ago, he lives in Kessel.\n";
        assertThat(PageFurniture.commentsStart(text)).isEqualTo(article.length());
        assertThat(PageFurniture.commentsStart(article)).isEqualTo(article.length());
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
        assertThat(PageFurniture.of("The photo: a flooded valley that the dam's owner released on Monday.")).isEmpty();
        // a time in prose, or a page's own stamp without a comment's dashes
        assertThat(PageFurniture.of("The dam broke - 9 hours ago, officials said, and the water is still rising."))
                .isEmpty();
        assertThat(PageFurniture.of("March 14, 2021 2:21 PM Engineers inspected the dam on Friday.")).isNotEqualTo(
                java.util.Optional.of(PageFurniture.Kind.COMMENT));
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
    void aStampThatScrapingRanIntoTheLeadCutsOffTheHeadlineAndLeavesTheLead() {
        String lead = "The oil giant BP has been severely criticised in a major report.";
        for (String page : new String[] {
            "6 January 2011 Last updated at 18:51 GMT Help ",
            "Page last updated at 10:39 GMT, Wednesday, 28 September 2011 11:39 UK ",
            "BP faces criticism Report blames the company Thursday 6 January 2011 17.33 GMT ",
            "BP faces criticism By Ana Ruiz Thursday, January 6, 2011; 11:00 AM ",
            "A boat skims oil off the coast. (AP Photo/Ana Ruiz) (Ana Ruiz - AP) ",
            "(AP Photo) "}) {
            String sentence = page + lead;
            assertThat(sentence.substring(PageFurniture.prefixLength(sentence))).as(page).isEqualTo(lead);
            assertThat(PageFurniture.of(sentence)).as(page).isEmpty();
        }
    }

    @Test
    void aStampWithNothingAfterItIsAStampAndProseDatesAreNot() {
        assertThat(PageFurniture.of("Thursday 6 January 2011 17.33 GMT")).contains(PageFurniture.Kind.STAMP);
        assertThat(PageFurniture.of("A boat skims oil off the coast. (AP Photo/Ana Ruiz)"))
                .contains(PageFurniture.Kind.STAMP);
        assertThat(PageFurniture.of("President Bush pauses in the Rose Garden, Saturday, Oct. 11, 2008, in "
                + "Washington.")).contains(PageFurniture.Kind.STAMP);
        String prose = "The explosion on Tuesday, April 20, 2010, killed 11 workers at 10:15 GMT on the rig.";
        assertThat(PageFurniture.of(prose)).isEmpty();
        assertThat(PageFurniture.prefixLength(prose)).isZero();
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
