package dev.timeline.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The tagger is one package that uses none of its subpackages (eval and timeml use it), and its engine is internal. */
class TaggerPackageTest {
    @Test
    void theTaggerPackageImportsNoneOfItsSubpackages() throws IOException {
        Path dir = Path.of("src/main/java/dev/timeline/tag");
        List<String> imports;
        try (Stream<Path> files = Files.list(dir)) {
            imports = files.filter(p -> p.toString().endsWith(".java")).flatMap(TaggerPackageTest::lines)
                    .filter(l -> l.startsWith("import dev.timeline.tag.")).toList();
        }
        assertThat(imports).isEmpty();
    }

    @Test
    void theEngineIsNoPublicApi() {
        assertThat(Modifier.isPublic(Engine.class.getModifiers())).isFalse();
        assertThat(Modifier.isPublic(Tagger.class.getModifiers())).isTrue();
    }

    private static Stream<String> lines(Path p) {
        try {
            return Files.readAllLines(p).stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
