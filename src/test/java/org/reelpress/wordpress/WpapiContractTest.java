package org.reelpress.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.reelpress.Fixtures.MadePost;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API as a published WordPress client sees it: the npm package {@code wpapi} lists posts, reads
 * one, comments as a guest and lists the post's comments. Needs Node.js and npm (CI installs them);
 * without them this test fails rather than skips.
 */
class WpapiContractTest extends RestApiTest {

    private static final Path CLIENT = Path.of("target", "wpapi-contract");

    @Test
    void aPublishedWordPressClientReadsAndComments() throws Exception {
        installClient();
        MadePost post = fixtures.post("Read by wpapi", "Seen by a *WordPress* client.");
        fixtures.post("Also listed", "Text.");

        JsonNode result = JsonMapper.builder().build().readTree(run(List.of("node", "contract.js", url(""),
                String.valueOf(post.id())), 120));

        assertThat(result.get("listed").get("count").asInt()).isEqualTo(2);
        assertThat(result.get("listed").get("total").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(result.get("listed").get("totalPages").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(result.get("post").get("id").asLong()).isEqualTo(post.id());
        assertThat(result.get("post").get("title").asString()).isEqualTo(post.title());
        assertThat(result.get("post").get("link").asString()).isEqualTo(url(post.permalink()));
        long created = result.get("created").get("id").asLong();
        assertThat(result.get("created").get("status").asString()).isEqualTo("approved");
        assertThat(result.get("created").get("post").asLong()).isEqualTo(post.id());
        assertThat(result.get("comments").get(0).get("id").asLong()).isEqualTo(created);
        assertThat(result.get("comments").get(0).get("author_name").asString()).isEqualTo("Client Reader");
        assertThat(result.get("missing").get("code").asString()).isEqualTo("rest_post_invalid_id");
        assertThat(result.get("missing").get("status").asInt()).isEqualTo(404);
    }

    /** Copies the script beside its own node_modules in target/ and installs wpapi there, once per build folder. */
    private static void installClient() throws IOException, InterruptedException {
        Files.createDirectories(CLIENT);
        for (String file : List.of("package.json", "contract.js")) {
            try (InputStream in = WpapiContractTest.class.getResourceAsStream("/wpapi/" + file)) {
                Files.copy(in, CLIENT.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        if (!Files.isDirectory(CLIENT.resolve("node_modules/wpapi"))) {
            run(List.of("npm", "install", "--no-package-lock", "--no-audit", "--no-fund", "--loglevel=error"), 600);
        }
    }

    private static String run(List<String> command, int seconds) throws IOException, InterruptedException {
        Path output = Files.createTempFile("wpapi-", ".out");
        Path errors = Files.createTempFile("wpapi-", ".log");
        try {
            Process process = new ProcessBuilder(command).directory(CLIENT.toFile())
                    .redirectOutput(output.toFile()).redirectError(errors.toFile()).start();
            boolean finished = process.waitFor(seconds, TimeUnit.SECONDS);
            if (!finished) {
                process.destroyForcibly();
            }
            assertThat(finished).as("%s finished within %d s", command, seconds).isTrue();
            assertThat(process.exitValue()).as("%s exit code; it said: %s", command, Files.readString(errors)).isZero();
            return Files.readString(output, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(output);
            Files.deleteIfExists(errors);
        }
    }
}
