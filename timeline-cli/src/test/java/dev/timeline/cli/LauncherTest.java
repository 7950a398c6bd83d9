package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./timeline} launcher with its class-data-sharing archive: used when newer than the jar, and whatever
 * state the archive is in, the program's own output and nothing else. Runs the real script on a stand-in jar that
 * prints its arguments, whether an archive was mapped, whether only the quick compiler runs (the launcher's default
 * unless {@code JAVA_OPTS} sets the compilation) and whether the heap asks for transparent huge pages (the default on
 * Linux unless {@code JAVA_OPTS} picks the pages).
 */
class LauncherTest {
    /** What the stand-in prints when the launcher asks for transparent huge pages: on Linux only. */
    /** What the launcher's huge-page flag adds: the kernel must offer the pages ({@code timeline} reads the same). */
    private static final String THP = offersHugePages() ? " thp" : "";

    @TempDir
    Path root;

    private Path jar;
    private Path jsa;

    @BeforeEach
    void standInJar() throws IOException {
        assumeTrue(ToolProvider.getSystemJavaCompiler() != null, "no Java compiler in this runtime");
        Path launcher = Path.of("..", "timeline");
        assumeTrue(Files.isRegularFile(launcher), "no launcher at " + launcher.toAbsolutePath());
        Files.copy(launcher, root.resolve("timeline"));
        Path src = Files.writeString(root.resolve("Hello.java"), "public class Hello { public static void"
                + " main(String[] a) { System.out.println(\"hello \" + String.join(\" \", a) + \" archive=\""
                + " + java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()"
                + ".anyMatch(x -> x.startsWith(\"-XX:SharedArchiveFile\"))"
                + " + (java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()"
                + ".contains(\"-XX:TieredStopAtLevel=1\") ? \" c1\" : \"\")"
                + " + (java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()"
                + ".contains(\"-XX:+UseTransparentHugePages\") ? \" thp\" : \"\")); } }");
        assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", root.toString(), src.toString()))
                .isZero();
        Path target = Files.createDirectories(root.resolve("timeline-cli/target"));
        jar = target.resolve("timeline.jar");
        jsa = target.resolve("timeline.jsa");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "Hello");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.putNextEntry(new JarEntry("Hello.class"));
            out.write(Files.readAllBytes(root.resolve("Hello.class")));
            out.closeEntry();
        }
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(60)));
    }

    private List<String> run(String... args) throws Exception {
        return runWith(null, args);
    }

    private List<String> runWith(String javaOpts, String... args) throws Exception {
        Path out = root.resolve("out.txt");
        Path err = root.resolve("err.txt");
        List<String> command = new java.util.ArrayList<>(List.of("sh", root.resolve("timeline").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().remove("JAVA_OPTS");
        if (javaOpts != null) {
            pb.environment().put("JAVA_OPTS", javaOpts);
        }
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return List.of(String.valueOf(p.exitValue()), Files.readString(out, StandardCharsets.UTF_8).strip(),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void withoutAnArchiveTheJarRunsAsIs() throws Exception {
        assertThat(run("tag", "x")).containsExactly("0", "hello tag x archive=false c1" + THP, "");
    }

    @Test
    void aDamagedArchiveNewerThanTheJarIsTriedAndFallsBackSilently() throws Exception {
        Files.writeString(jsa, "not an archive");
        assertThat(run("tag")).containsExactly("0", "hello tag archive=true c1" + THP, "");
    }

    @Test
    void anArchiveOlderThanTheJarIsNotUsed() throws Exception {
        try (OutputStream o = Files.newOutputStream(jsa)) {
            o.write(new byte[] {1, 2, 3});
        }
        Files.setLastModifiedTime(jsa, FileTime.from(Instant.now().minusSeconds(3600)));
        assertThat(run("tag")).containsExactly("0", "hello tag archive=false c1" + THP, "");
    }

    @Test
    void trainingCommandsKeepTheOptimizingCompiler() throws Exception {
        assertThat(run("eval", "x")).containsExactly("0", "hello eval x archive=false" + THP, "");
        assertThat(run("train-events", "x")).containsExactly("0", "hello train-events x archive=false" + THP, "");
        assertThat(run("chronology", "x")).containsExactly("0", "hello chronology x archive=false c1" + THP, "");
    }

    @Test
    void javaOptsThatSetTheCompilationAreLeftToChoose() throws Exception {
        assertThat(runWith("-Xmx64m", "tag")).containsExactly("0", "hello tag archive=false c1" + THP, "");
        assertThat(runWith("-Xmx64m -XX:TieredStopAtLevel=4", "tag")).containsExactly("0",
                "hello tag archive=false" + THP, "");
        assertThat(runWith("-XX:+TieredCompilation", "tag")).containsExactly("0", "hello tag archive=false" + THP, "");
        assertThat(runWith("-XX:-TieredCompilation -Xmx64m", "tag")).containsExactly("0",
                "hello tag archive=false" + THP, "");
    }

    @Test
    void javaOptsThatPickThePagesAreLeftToChoose() throws Exception {
        assertThat(runWith("-XX:-UseTransparentHugePages", "tag")).containsExactly("0", "hello tag archive=false c1",
                "");
        assertThat(runWith("-XX:-UseLargePages", "tag")).containsExactly("0", "hello tag archive=false c1", "");
    }

    private static boolean offersHugePages() {
        Path setting = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        try {
            return Files.isReadable(setting) && !Files.readString(setting).contains("[never]");
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
