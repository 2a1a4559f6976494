package org.reelpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Features that others build on never name them back: they publish events or offer a seam
 * instead. Read from the sources, so a stray import fails here before it tangles the packages.
 */
class FeatureBoundariesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/reelpress");

    private static List<String> importsOf(String feature, String... forbidden) throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES.resolve(feature))) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .flatMap(file -> {
                        try {
                            return Files.readAllLines(file).stream()
                                    .filter(line -> line.startsWith("import "))
                                    .filter(line -> Stream.of(forbidden).anyMatch(f -> line.contains("org.reelpress." + f + ".")))
                                    .map(line -> file.getFileName() + ": " + line);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .toList();
        }
    }

    @Test
    void identityNamesNoFeatureThatBuildsOnIt() throws IOException {
        assertThat(importsOf("identity", "comment", "account", "post")).isEmpty();
    }

    @Test
    void commentsNameNoAccountPage() throws IOException {
        assertThat(importsOf("comment", "account")).isEmpty();
    }

    @Test
    void readingTheBlogNamesNothingOfTheWritersAdmin() throws IOException {
        assertThat(importsOf("post", "editor")).isEmpty();
        assertThat(importsOf("comment", "editor")).isEmpty();
    }
}
