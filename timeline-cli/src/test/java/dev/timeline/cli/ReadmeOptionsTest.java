package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The README names every command and every option that a command's {@code --help} shows. */
class ReadmeOptionsTest {
    @Test
    void everyOptionOfEveryCommandIsInTheReadme() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        CommandLine cli = Main.commandLine(System.in, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, CommandLine> command : cli.getSubcommands().entrySet()) {
            if (!readme.contains("timeline " + command.getKey())) {
                missing.add(command.getKey());
            }
            for (CommandLine.Model.OptionSpec option : command.getValue().getCommandSpec().options()) {
                if (option.usageHelp() || option.versionHelp() || option.hidden()) {
                    continue;
                }
                String name = option.longestName();
                if (!readme.matches("(?s).*`[^`]*" + java.util.regex.Pattern.quote(name) + "\\b[^`]*`.*")) {
                    missing.add(command.getKey() + " " + name);
                }
            }
        }
        assertThat(missing).as("commands and options of --help that the README does not name in code").isEmpty();
    }
}
