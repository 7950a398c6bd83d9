package dev.timeline.examples;

import dev.timeline.document.Document;
import dev.timeline.document.Documents;
import dev.timeline.story.StoryDay;
import dev.timeline.story.StoryOptions;
import dev.timeline.story.StorySentence;
import dev.timeline.story.StorySummarizer;
import dev.timeline.story.StoryTimeline;
import dev.timeline.story.Timeline17Format;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A story's coverage summarized as a timeline: the days that matter most, each with the sentences that best say what
 * happened. Articles need their creation dates; here they come from folders named as dates
 * ({@code coverage/2010-04-22/3.txt}), as in the Timeline17 corpus.
 *
 * <pre>{@code
 * java -cp ... dev.timeline.examples.StoryTimelineExample coverage/ 20 2 [2010-04-20 2010-09-30]
 * }</pre>
 */
public final class StoryTimelineExample {
    private StoryTimelineExample() {
    }

    /** The timeline of the articles under {@code folder}: {@code dates} days, {@code sentences} sentences each. */
    public static StoryTimeline summarize(Path folder, int dates, int sentences, LocalDate from, LocalDate to) {
        List<Document> articles = Documents.read(List.of(folder));
        StoryOptions options = StoryOptions.of(dates, sentences).withRange(from, to);
        return StorySummarizer.english().summarize(articles, options);
    }

    /** Prints the timeline of a folder: {@code FOLDER DATES SENTENCES [FROM TO]}. */
    public static void main(String[] args) {
        if (args.length != 3 && args.length != 5) {
            System.err.println("usage: StoryTimelineExample FOLDER DATES SENTENCES [FROM TO]");
            System.exit(2);
        }
        LocalDate from = args.length == 5 ? LocalDate.parse(args[3]) : null;
        LocalDate to = args.length == 5 ? LocalDate.parse(args[4]) : null;
        StoryTimeline story = summarize(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]),
                from, to);
        for (StoryDay day : story.days()) {
            System.out.println(day.date() + "  (" + day.documents() + " articles name it)");
            for (StorySentence sentence : day.sentences()) {
                System.out.println("  " + sentence.text() + "  [" + sentence.documentId() + "]");
            }
        }
        System.out.println();
        System.out.println("In the Timeline17 layout:");
        System.out.print(Timeline17Format.write(story));
    }
}
