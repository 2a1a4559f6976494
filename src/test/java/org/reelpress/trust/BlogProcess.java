package org.reelpress.trust;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

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
        List<String> command = blogCommand(databaseUrl, dataDir, "--server.port=" + port, "--server.address=127.0.0.1");
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

    /**
     * Runs one of the blog's commands (such as {@code create-user}) on the same data, with
     * {@code input} as its standard input, and fails with its output unless it exits with 0.
     */
    static void runCommand(String databaseUrl, Path dataDir, String input, String... args) {
        List<String> command = blogCommand(databaseUrl, dataDir, args);
        try {
            Files.createDirectories(dataDir);
            Path output = Files.createTempFile(dataDir, "command-", ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            try (var stdin = process.getOutputStream()) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
            if (!process.waitFor(STARTUP.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", args) + " failed:\n" + Files.readString(output));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> blogCommand(String databaseUrl, Path dataDir, String... args) {
        List<String> command = new ArrayList<>(List.of(javaCommand(), "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                "org.reelpress.ReelpressApplication"));
        command.addAll(List.of(args));
        command.addAll(List.of("--reelpress.data-dir=" + dataDir, "--spring.datasource.url=" + databaseUrl));
        return command;
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

    /**
     * SIGTERM, as a service manager or an orchestrator stops it, then waits up to {@code patience}
     * for the process to end; answers its exit status, or -1 when it was still running (then killed).
     */
    int terminate(Duration patience) {
        process.destroy();
        try {
            if (process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                return process.exitValue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        kill();
        return -1;
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
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

    /** Waits for the helpers' latch, as long as the blog may take to start. */
    static void await(CountDownLatch latch, String what) {
        try {
            if (!latch.await(STARTUP.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("Waited " + STARTUP + " for " + what);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
