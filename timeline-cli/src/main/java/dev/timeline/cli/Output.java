package dev.timeline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a command's result to {@code --out FILE} or to standard output. */
final class Output {
    private Output() {
    }

    static void write(String text, Path file, PrintWriter out) throws IOException {
        if (file == null) {
            out.print(text);
            out.flush();
        } else {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
    }
}
