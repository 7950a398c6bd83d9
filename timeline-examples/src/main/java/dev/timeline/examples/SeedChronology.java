package dev.timeline.examples;

import dev.timeline.chronology.Chronologies;
import dev.timeline.chronology.Chronology;
import dev.timeline.document.Documents;
import dev.timeline.render.Renderers;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The main job as an API call: the chronology of the five seed articles, printed as text. Run it with
 * {@code mvn -B -q exec:java -pl timeline-examples} or pass another folder as the first argument.
 */
public final class SeedChronology {
    private SeedChronology() {
    }

    /** Prints the chronology of the folder {@code args[0]} (default: the repository's {@code seeds/}). */
    public static void main(String[] args) {
        Path folder = args.length > 0 ? Path.of(args[0])
                : Files.isDirectory(Path.of("seeds")) ? Path.of("seeds") : Path.of("..", "seeds");
        Chronology chronology = Chronologies.build(Documents.readFolder(folder));
        System.out.print(Renderers.forFormat("text").orElseThrow().render(chronology));
    }
}
