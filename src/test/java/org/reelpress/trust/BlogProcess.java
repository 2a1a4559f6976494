package org.reelpress.trust;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The blog as a process of its own, started from the tests' classpath, so that a test can kill it
 * as a power cut would (SIGKILL: no shutdown hook, no flush) and start it again on the same data.
 */
final class BlogProcess {

    private static final Duration STARTUP = Duration.ofSeconds(120);

    private final Process process;
    private final int port;
    private final Path log;

    private BlogProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the blog on {@code databaseUrl} with its data in {@code dataDir} and waits until it serves pages. */
    static BlogProcess start(String databaseUrl, Path dataDir, String... settings) {
        int port = freePort();
        Path log = dataDir.resolve("blog-" + System.nanoTime() + ".log");
        List<String> command = new ArrayList<>(List.of(javaCommand(), "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                "org.reelpress.ReelpressApplication", "--server.port=" + port, "--server.address=127.0.0.1",
                "--reelpress.data-dir=" + dataDir, "--spring.datasource.url=" + databaseUrl));
        command.addAll(List.of(settings));
        try {
            Files.createDirectories(dataDir);
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            BlogProcess blog = new BlogProcess(process, port, log);
            blog.awaitPages();
            return blog;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** SIGKILL, as the kernel's out-of-memory killer or a pulled plug would stop it. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitPages() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The blog stopped while starting:\n" + tail());
            }
            try {
                HttpRequest request = HttpRequest.newBuilder(URI.create(url("/"))).timeout(Duration.ofSeconds(5)).build();
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            sleep(Duration.ofMillis(200));
        }
        kill();
        throw new IllegalStateException("The blog did not serve its front page within " + STARTUP + ":\n" + tail());
    }

    /** The end of the blog's log, for a failing test's message. */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
