package dev.timeline.cli;

import dev.timeline.tag.timeml.CatConversion;
import dev.timeline.tag.timeml.CatXml;
import dev.timeline.tag.timeml.CatXmlException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code timeline convert-cat <in dir> <out dir>}: CAT XML (MEANTIME) to TimeML gold, one {@code .tml} per
 * {@code .xml}. A file that cannot be converted is reported on one line naming the file, line and column; the others
 * are still converted, and the exit code is then 1.
 */
@Command(name = "convert-cat", mixinStandardHelpOptions = true,
        description = {"Converts a folder of CAT XML files (the MEANTIME corpus) to TimeML gold, one .tml per .xml,"
                + " for te3score.py and anchor_score.py.",
                "Prints what each file holds and what the conversion had to approximate (notes)."})
final class ConvertCatCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN_DIR", description = "Folder of CAT XML (.xml) files.")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT_DIR", description = "Folder for the .tml files (created if missing).")
    Path outDir;

    @Option(names = "--sentences", paramLabel = "N",
            description = "Keep only the first N sentences of each document (MEANTIME annotates sentences 0-5 fully: "
                    + "use 6 to score a system on the annotated part only).")
    Integer sentences;

    @Override
    public Integer call() throws IOException {
        if (sentences != null && sentences < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--sentences must be at least 1");
        }
        Problems.requireFolder(in, "convert-cat wants a folder of MEANTIME CAT .xml files");
        List<Path> files;
        try (var list = Files.list(in)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".xml") && Files.isRegularFile(p)).sorted()
                    .toList();
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException(in + ": no .xml files");
        }
        Files.createDirectories(outDir);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int events = 0;
        int timexes = 0;
        int anchors = 0;
        int failed = 0;
        for (Path f : files) {
            CatConversion c;
            try {
                c = sentences == null ? CatXml.convert(f) : CatXml.convert(f, sentences);
            } catch (CatXmlException e) {
                err.println("timeline: " + e.getMessage());
                failed++;
                continue;
            }
            c.writeTo(outDir);
            out.printf("%s: %d events, %d timexes, %d anchors%n", c.name(), c.events(), c.timexes(), c.anchors());
            c.notes().forEach(n -> out.println("  note: " + n));
            events += c.events();
            timexes += c.timexes();
            anchors += c.anchors();
        }
        out.printf("%d of %d files converted to %s: %d events, %d timexes, %d anchors%n", files.size() - failed,
                files.size(), outDir, events, timexes, anchors);
        out.flush();
        err.flush();
        return failed == 0 ? 0 : 1;
    }
}
