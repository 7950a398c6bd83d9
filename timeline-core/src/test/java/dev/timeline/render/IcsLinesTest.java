package dev.timeline.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class IcsLinesTest {
    private static String folded(String line) throws IOException {
        StringBuilder out = new StringBuilder();
        IcsLines.write(out, line);
        return out.toString();
    }

    @Property
    void foldingKeepsLinesShortSplitsNoCharacterAndUnfoldsToTheOriginal(
            @ForAll @StringLength(max = 400) String text) throws IOException {
        String line = "DESCRIPTION:" + IcsLines.text(text);
        String out = folded(line);
        assertThat(out).endsWith("\r\n");
        byte[] bytes = out.getBytes(StandardCharsets.UTF_8);
        int start = 0;
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                assertThat(i - start).isLessThanOrEqualTo(75);
                assertThat(decodes(bytes, start, i)).isTrue();
                start = i + 2;
            }
        }
        assertThat(out.substring(0, out.length() - 2).replace("\r\n ", "")).isEqualTo(line);
    }

    @Test
    void aMultiByteCharacterAtTheLimitMovesWholeToTheNextLine() throws IOException {
        String line = "X".repeat(74) + "é";
        assertThat(folded(line)).isEqualTo("X".repeat(74) + "\r\n é\r\n");
        String emoji = "X".repeat(73) + "😀";
        assertThat(folded(emoji)).isEqualTo("X".repeat(73) + "\r\n 😀\r\n");
    }

    @Test
    void textEscapesBackslashSemicolonCommaAndLineBreaks() {
        assertThat(IcsLines.text("a\\b;c,d\ne\r\nf\rg")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf\\ng");
        assertThat(IcsLines.text("bell\u0007")).isEqualTo("bell ");
    }

    private static boolean decodes(byte[] bytes, int from, int to) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, to - from));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
