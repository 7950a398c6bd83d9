package dev.timeline.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.document.Document;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link StorySummarizer} on a small invented story: a dam breaks, a village is evacuated, an inquiry opens. */
class StorySummarizerTest {
    private static final LocalDate MAY_3 = LocalDate.of(2021, 5, 3);
    private static final LocalDate MAY_4 = LocalDate.of(2021, 5, 4);
    private static final LocalDate MAY_10 = LocalDate.of(2021, 5, 10);

    private static final List<Document> STORY = List.of(
            article("a1", MAY_3, "The Kessel dam broke on Monday after three days of heavy rain.\n"
                    + "Water flooded the valley below the dam within an hour of the break.\n"
                    + "Rescue teams from three towns searched the valley for missing villagers."),
            article("a2", MAY_4, "Engineers inspected the broken Kessel dam on Tuesday as the valley drained.\n"
                    + "The dam broke on Monday, flooding farms along the river for many miles.\n"
                    + "Officials said the reservoir had been full for weeks before the break."),
            article("a3", MAY_4, "Hundreds of villagers were evacuated on Tuesday from the flooded valley.\n"
                    + "The Kessel dam broke on Monday, the worst flood in the region for fifty years."),
            article("a4", MAY_10, "A public inquiry into the Kessel dam failure opened on Monday in the capital.\n"
                    + "The dam broke on May 3, flooding the valley and forcing hundreds from their homes.\n"
                    + "At 5:03 pm on 09 May 2021, reader99 wrote: I saw this coming on 9 May 2021 and on 8 May 2021."),
            Document.of("undated", "The dam broke on Monday, a reader wrote, long before anyone knew it would."));

    private static Document article(String id, LocalDate published, String text) {
        return Document.of(id, text).withDct(published);
    }

    @Test
    void theDayMostArticlesNameComesFirstInSalienceAndTheTimelineIsInDateOrder() {
        StoryTimeline story = StorySummarizer.english().summarize(STORY, StoryOptions.of(3, 2));
        assertThat(story.days()).extracting(StoryDay::date).containsExactly(MAY_3, MAY_4, MAY_10);
        StoryDay may3 = story.days().get(0);
        assertThat(may3.documents()).isEqualTo(4);
        assertThat(story.days()).allSatisfy(d -> assertThat(d.salience()).isLessThanOrEqualTo(may3.salience()));
        assertThat(story.articlesRead()).isEqualTo(4);
        assertThat(story.articlesLeftOut()).isEqualTo(1);
    }

    @Test
    void aDaysSentencesComeFromArticlesOfThatDayAndSayWhatHappened() {
        StoryTimeline story = StorySummarizer.english().summarize(STORY, StoryOptions.of(1, 2));
        StoryDay day = story.days().get(0);
        assertThat(day.date()).isEqualTo(MAY_3);
        assertThat(day.sentences()).isNotEmpty().hasSizeLessThanOrEqualTo(2);
        assertThat(day.sentences()).allSatisfy(s -> {
            assertThat(s.published()).isBetween(MAY_3, MAY_4);
            assertThat(STORY.stream().filter(d -> d.id().equals(s.documentId())).findFirst().orElseThrow().text()
                    .substring(s.start(), s.end()).replaceAll("\\s+", " ")).isEqualTo(s.text());
        });
        assertThat(day.sentences().get(0).text()).contains("dam");
    }

    @Test
    void readersCommentsVoteForNoDayAndAreNeverQuoted() {
        StoryTimeline story = StorySummarizer.english().summarize(STORY, StoryOptions.of(10, 3));
        assertThat(story.days()).extracting(StoryDay::date)
                .doesNotContain(LocalDate.of(2021, 5, 9), LocalDate.of(2021, 5, 8));
        assertThat(story.days()).flatExtracting(StoryDay::sentences).extracting(StorySentence::text)
                .noneMatch(t -> t.contains("wrote:"));
    }

    @Test
    void theRangeKeepsItsDaysAndReadsOnlyArticlesPublishedInIt() {
        StoryTimeline story = StorySummarizer.english().summarize(STORY,
                StoryOptions.of(5, 1).withRange(MAY_4, MAY_10));
        assertThat(story.days()).extracting(StoryDay::date).allMatch(d -> !d.isBefore(MAY_4) && !d.isAfter(MAY_10));
        assertThat(story.articlesRead()).isEqualTo(3);
        assertThat(story.articlesLeftOut()).isEqualTo(2);
    }

    @Test
    void noSentenceIsUsedTwiceAndNoDayHasMoreThanAsked() {
        StoryTimeline story = StorySummarizer.english().summarize(STORY, StoryOptions.of(10, 2));
        List<String> texts = story.days().stream().flatMap(d -> d.sentences().stream()).map(StorySentence::text)
                .toList();
        assertThat(texts).doesNotHaveDuplicates();
        assertThat(story.days()).allSatisfy(d -> assertThat(d.sentences()).hasSizeLessThanOrEqualTo(2));
        assertThat(story.days().size()).isEqualTo(Math.min(10, story.daysNamed()));
    }

    @Test
    void oneThreadAndManyGiveTheSameTimeline() {
        StoryOptions options = StoryOptions.of(3, 2);
        assertThat(StorySummarizer.english().summarize(STORY, options.withThreads(1)))
                .isEqualTo(StorySummarizer.english().summarize(STORY, options.withThreads(4)));
    }

    @Test
    void anArticleThatPrintsItsDateTakesPartWithThatDate() {
        Document printed = Document.of("wire", "KESSEL, May 4, 2021 (Reuters) - The dam broke on Monday, officials"
                + " said, flooding the valley below.");
        StoryTimeline story = StorySummarizer.english().summarize(List.of(printed), StoryOptions.of(1, 1));
        assertThat(story.articlesRead()).isEqualTo(1);
        assertThat(story.days()).extracting(StoryDay::date).containsExactly(MAY_3);
    }

    @Test
    void noDatedArticleGivesAnEmptyTimeline() {
        StoryTimeline story = StorySummarizer.english().summarize(List.of(STORY.get(4)), StoryOptions.of(3, 1));
        assertThat(story.days()).isEmpty();
        assertThat(story.articlesRead()).isZero();
    }

    @Test
    void theBaselineRanksDaysByTheArticlesNamingThem() {
        StoryTimeline story = StorySummarizer.english().summarize(STORY,
                StoryOptions.of(1, 1).withRanking(DateRanking.ARTICLE_COUNT));
        assertThat(story.days()).extracting(StoryDay::date).containsExactly(MAY_3);
        assertThat(story.days().get(0).salience()).isEqualTo(4.0);
    }
}
