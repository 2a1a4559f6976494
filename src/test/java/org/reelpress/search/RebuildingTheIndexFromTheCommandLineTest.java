package org.reelpress.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reelpress.ReelpressApplication;

/** {@code rebuild-search-index} run as {@code main} runs it, on a data directory of its own. */
class RebuildingTheIndexFromTheCommandLineTest {

    @TempDir
    Path dataDir;

    private record Run(int status, String out, String err) {
    }

    private Run rebuild(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = RebuildSearchIndex.run(ReelpressApplication.class, List.of(args),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void rebuildsTheIndexOfAFreshBlogWithItsSampleReview() throws IOException {
        Run run = rebuild("--reelpress.data-dir=" + dataDir);

        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("Rebuilt the search index: one post or page in ");
        try (Stream<Path> files = Files.list(dataDir.resolve("search"))) {
            assertThat(files.map(file -> file.getFileName().toString())).anyMatch(name -> name.startsWith("segments_"));
        }
    }

    @Test
    void refusesAnUnknownArgument() {
        Run run = rebuild("--force");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("unknown argument --force");
    }

    @Test
    void explainsItself() {
        Run run = rebuild("--help");

        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("Usage: java -jar reelpress.jar rebuild-search-index");
    }
}
