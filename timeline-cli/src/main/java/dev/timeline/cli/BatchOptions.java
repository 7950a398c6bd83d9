package dev.timeline.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options of every command that reads a batch of documents and writes one result ({@code chronology},
 * {@code summarize}, {@code tag}): where the result goes, and whether a file that cannot be read stops the run.
 */
final class BatchOptions {
    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output; never an"
            + " input, nor a .txt, .jsonl or .tml file in an input folder.")
    Path out;

    @Option(names = "--strict",
            description = "Fail on the first file or line of JSON Lines that cannot be read (bytes that are not UTF-8,"
                    + " malformed JSON Lines or TimeML) or id that two documents share, instead of reporting it and"
                    + " going on.")
    boolean strict;
}
