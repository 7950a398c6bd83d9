package dev.timeline.examples;

import dev.timeline.chronology.Chronologies;
import dev.timeline.chronology.Chronology;
import dev.timeline.document.Document;
import dev.timeline.document.Documents;
import dev.timeline.render.Renderers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Merging two corpora: build one chronology from the documents of both, so that a happening reported in each becomes
 * one event with the sources of both. (Merging two finished timelines with {@code Timeline.merge} would only join
 * events by id.)
 */
public final class MergeTwoCorpora {
    private MergeTwoCorpora() {
    }

    /** Prints the Markdown chronology of the folders {@code args[0]} and {@code args[1]}. */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: MergeTwoCorpora FOLDER_A FOLDER_B");
            System.exit(2);
        }
        List<Document> all = new ArrayList<>(Documents.readFolder(Path.of(args[0])));
        all.addAll(Documents.readFolder(Path.of(args[1])));
        Chronology chronology = Chronologies.build(all);
        System.out.print(Renderers.forFormat("md").orElseThrow().render(chronology));
    }
}
