package dev.timeline.examples;

import dev.timeline.chronology.Chronologies;
import dev.timeline.chronology.Chronology;
import dev.timeline.document.Documents;
import dev.timeline.render.Renderer;
import dev.timeline.render.Renderers;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the chronology of a folder of articles as files people can open: {@code chronology.html} (a page with a
 * chart, for any browser, offline), {@code chronology.timeline.json} (for Knight Lab's TimelineJS viewer) and
 * {@code chronology.ics} (for calendar applications). Run it with
 * {@code mvn -B -q exec:java -pl timeline-examples -Dexec.mainClass=dev.timeline.examples.WriteChronologyFiles}.
 */
public final class WriteChronologyFiles {
    private WriteChronologyFiles() {
    }

    /**
     * Writes the three files for the folder {@code args[0]} (default: the repository's {@code seeds/}) into the folder
     * {@code args[1]} (default: {@code target/chronology}), creating it, and prints their paths.
     *
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path folder = args.length > 0 ? Path.of(args[0])
                : Files.isDirectory(Path.of("seeds")) ? Path.of("seeds") : Path.of("..", "seeds");
        Path out = args.length > 1 ? Path.of(args[1]) : Path.of("target", "chronology");
        for (Path file : write(Chronologies.build(Documents.readFolder(folder)), out)) {
            System.out.println(file);
        }
    }

    /**
     * Writes {@code chronology} as HTML, TimelineJS JSON and iCalendar into {@code dir}; returns the files written.
     *
     * @throws IOException if a file cannot be written
     */
    public static List<Path> write(Chronology chronology, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (String[] f : new String[][] {{"html", "chronology.html"}, {"timelinejs", "chronology.timeline.json"},
                {"ics", "chronology.ics"}}) {
            Renderer renderer = Renderers.forFormat(f[0]).orElseThrow();
            Path file = dir.resolve(f[1]);
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                renderer.render(chronology, w);
            }
            files.add(file);
        }
        return files;
    }
}
