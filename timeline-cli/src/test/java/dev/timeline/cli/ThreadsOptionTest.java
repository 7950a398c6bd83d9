package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code --threads N} on {@code tag} and {@code chronology}: the output is the same whatever the number. */
class ThreadsOptionTest {
    private static final String SEEDS = Path.of("..", "seeds").toString();

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true),
                new PrintWriter(err, true));
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void tagWritesTheSameDocumentsInTheSameOrderOnOneThreadAsOnFour() {
        String[] one = run("tag", SEEDS, "--threads", "1", "--format", "json");
        String[] four = run("tag", SEEDS, "--threads", "4", "--format", "json");
        assertThat(one[0]).isEqualTo("0");
        assertThat(four[1]).isEqualTo(one[1]).contains("\"id\" : \"000_3237690696da5641\"");
    }

    @Test
    void chronologyIsTheSameOnOneThreadAsOnThree() {
        String[] one = run("chronology", SEEDS, "--threads", "1", "--format", "json");
        String[] three = run("chronology", SEEDS, "--threads", "3", "--format", "json");
        assertThat(one[0]).isEqualTo("0");
        assertThat(three[1]).isEqualTo(one[1]).isNotBlank();
    }

    @Test
    void zeroThreadsIsAUsageError() {
        String[] tag = run("tag", SEEDS, "--threads", "0");
        String[] chronology = run("chronology", SEEDS, "--threads", "0");
        assertThat(tag[0]).isEqualTo("2");
        assertThat(tag[2]).contains("the number of threads must be at least 1, not 0");
        assertThat(chronology[0]).isEqualTo("2");
        assertThat(chronology[2]).contains("the number of threads must be at least 1, not 0");
    }
}
