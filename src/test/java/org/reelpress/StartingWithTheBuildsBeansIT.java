package org.reelpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar started as docs/deployment.md recommends, with {@code -Dspring.aot.enabled=true}:
 * it serves the blog from the beans worked out at build time, and a start whose settings the build
 * did not have, or a command, works them out itself and still does its work.
 */
class StartingWithTheBuildsBeansIT {

    private static final String BUILD_TIME = "-Dspring.aot.enabled=true";

    @TempDir
    Path data;

    private Process blog;
    private Path log;

    @AfterEach
    void stopTheBlog() throws InterruptedException {
        if (blog != null) {
            blog.destroy();
            if (!blog.waitFor(30, TimeUnit.SECONDS)) {
                blog.destroyForcibly();
            }
        }
    }

    @Test
    void servesTheBlogFromTheBuildsBeans() throws Exception {
        int port = start();

        assertThat(get(port, "/")).contains("A Page of Madness (狂った一頁)");
        assertThat(get(port, "/feed/")).contains("<rss");
        assertThat(get(port, "/actuator/health")).contains("\"status\":\"UP\"");
        assertThat(Files.readString(log)).contains("Starting AOT-processed ReelpressApplication")
                .doesNotContain("Working out the beans at start");
    }

    @Test
    void withMailSetUpWorksTheBeansOutAtStartAndSaysWhy() throws Exception {
        int port = start("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + freePort());

        assertThat(get(port, "/")).contains("A Page of Madness (狂った一頁)");
        assertThat(Files.readString(log))
                .contains("Working out the beans at start rather than taking the build's, because mail is set up (spring.mail.host)")
                .doesNotContain("AOT-processed");
    }

    @Test
    void aCommandStillRuns() throws Exception {
        Path output = data.resolve("command.log");
        Process command = new ProcessBuilder(javaWith("create-user", "--role", "administrator", "--login", "yuna",
                "--email", "yuna@example.com", "--reelpress.data-dir=" + data.resolve("blog")))
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try (var input = command.getOutputStream()) {
            input.write("a-long-enough-password\n".getBytes(StandardCharsets.UTF_8));
        }
        if (!command.waitFor(120, TimeUnit.SECONDS)) {
            command.destroyForcibly();
        }

        assertThat(command.exitValue()).as(Files.readString(output)).isZero();
        assertThat(Files.readString(output)).contains("Created administrator \"yuna\" <yuna@example.com> as user 1");
    }

    private int start(String... settings) throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = javaWith("--server.port=" + port, "--server.address=127.0.0.1",
                "--reelpress.data-dir=" + data.resolve("blog"));
        command.addAll(List.of(settings));
        log = data.resolve("blog.log");
        blog = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!blog.isAlive()) {
                throw new IllegalStateException("The blog stopped while starting:\n" + Files.readString(log));
            }
            try {
                get(port, "/");
                return port;
            } catch (IOException notListeningYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("The blog did not serve its front page in two minutes:\n" + Files.readString(log));
    }

    private static List<String> javaWith(String... args) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, BUILD_TIME, "-jar", System.getProperty("reelpress.jar")));
        command.addAll(List.of(args));
        return command;
    }

    private static String get(int port, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
