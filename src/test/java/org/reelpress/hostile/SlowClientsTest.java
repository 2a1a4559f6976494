package org.reelpress.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.jsoup.Connection;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.reelpress.BlogTest;
import org.reelpress.identity.Role;
import org.springframework.test.context.TestPropertySource;

/**
 * Clients that hold connections without finishing their requests (slowloris): headers that trickle
 * in a byte at a time are cut at the header deadline, and one address cannot hold more than its share
 * of connections; readers and honest slow uploads are not hurt. The limits are lowered here (the same
 * settings as {@link AbusiveRequestsTest}, so both share one blog); the blog's own are in README.
 */
@TestPropertySource(properties = {"server.tomcat.connection-timeout=1s", "server.tomcat.keep-alive-timeout=1s",
        "reelpress.connections.header-deadline=2s", "reelpress.connections.per-address=40"})
class SlowClientsTest extends BlogTest {

    private static final Duration DEADLINE = Duration.ofSeconds(2);
    private static final int PER_ADDRESS = 40;
    /** How long a test waits for the server before it says the server held on. */
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @Test
    void cutsHeadersThatTrickleInPastTheDeadlineWhileReadersGetPagesAtOnce() throws Exception {
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Duration>> tricklers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                tricklers.add(clients.submit(() -> trickleHeadersUntilCut(Duration.ofMillis(250))));
            }
            Thread.sleep(1_000);

            long start = System.nanoTime();
            String page = raw("GET /robots.txt HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            Duration reading = Duration.ofNanos(System.nanoTime() - start);

            assertThat(page).startsWith("HTTP/1.1 200");
            // answered before the tricklers' deadline: while all 20 held their connections
            assertThat(reading).as("a reader's wait while 20 clients trickle").isLessThan(Duration.ofSeconds(1));
            for (Future<Duration> trickler : tricklers) {
                // each sends a byte every quarter second, so Tomcat's one-second timeout alone never cuts it
                assertThat(trickler.get()).as("how long a trickling request held its connection")
                        .isBetween(DEADLINE, DEADLINE.plusSeconds(2));
            }
        }
    }

    @Test
    void answersHeadersThatTakeTheirTimeButMeetTheDeadline() throws IOException {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            for (String line : List.of("GET /robots.txt HTTP/1.1\r\n", "Host: localhost\r\n", "Accept: text/plain\r\n",
                    "Connection: close\r\n", "\r\n")) {
                out.write(line.getBytes(StandardCharsets.US_ASCII));
                out.flush();
                pause(Duration.ofMillis(250)); // 1.25 s in all, within the 2 s deadline
            }

            assertThat(RawAnswers.readToTheEnd(socket.getInputStream(), String.valueOf(PATIENCE))).startsWith("HTTP/1.1 200");
        }
    }

    @Test
    void takesAMegabyteImageUploadedSlowlyOverTwoSeconds() throws IOException {
        Connection writer = signedIn(users.create(Role.AUTHOR, "Author On A Slow Line"));
        Document library = writer.newRequest(url("/admin/media")).get();
        String csrf = library.selectFirst("form.upload input[name=_csrf]").val();
        String cookies = writer.cookieStore().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        byte[] image = noisePng(600, 600);
        assertThat(image.length).isGreaterThan(1_000_000);
        byte[] body = multipart("slow-upload-boundary", csrf, "slow-line.png", image);

        String answer;
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /admin/media HTTP/1.1\r\nHost: localhost:" + port + "\r\nCookie: " + cookies
                    + "\r\nContent-Type: multipart/form-data; boundary=slow-upload-boundary\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            int pieces = 20;
            int piece = body.length / pieces + 1;
            for (int from = 0; from < body.length; from += piece) {
                out.write(body, from, Math.min(piece, body.length - from));
                out.flush();
                pause(Duration.ofMillis(110)); // 20 pieces, 2.2 s: longer than the header deadline
            }
            answer = RawAnswers.readToTheEnd(socket.getInputStream(), String.valueOf(PATIENCE));
        }

        assertThat(answer).startsWith("HTTP/1.1 303");
        assertThat(writer.newRequest(url("/admin/media")).get().text()).contains("slow-line.png");
    }

    @Test
    void refusesAnAddressMoreConnectionsThanItsShare() throws IOException {
        List<Socket> held = new ArrayList<>();
        try {
            for (int i = 0; i < PER_ADDRESS; i++) {
                held.add(connect());
            }
            try (Socket oneTooMany = connect()) {
                oneTooMany.getOutputStream().write("GET /robots.txt HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                String answer = RawAnswers.readToTheEnd(oneTooMany.getInputStream(), String.valueOf(PATIENCE));

                assertThat(answer).doesNotContain("200 OK");
                if (!answer.isEmpty()) { // the 429 may be lost when the request was still on its way as the server closed
                    assertThat(answer).startsWith("HTTP/1.1 429");
                }
            }
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }

        // once the client lets go, it is welcome again
        String later = null;
        for (long until = System.nanoTime() + PATIENCE.toNanos(); System.nanoTime() < until; pause(Duration.ofMillis(100))) {
            later = raw("GET /robots.txt HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            if (later.startsWith("HTTP/1.1 200")) {
                break;
            }
        }
        assertThat(later).startsWith("HTTP/1.1 200");
    }

    /** Sends a request line and then one header byte every {@code every}; returns how long until the server closed. */
    private Duration trickleHeadersUntilCut(Duration every) throws IOException {
        try (Socket socket = connect()) {
            socket.setSoTimeout((int) every.toMillis());
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            long start = System.nanoTime();
            out.write("GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            while (Duration.ofNanos(System.nanoTime() - start).compareTo(PATIENCE) < 0) {
                try {
                    if (in.read() < 0) {
                        return Duration.ofNanos(System.nanoTime() - start);
                    }
                    throw new AssertionError("The server answered a request whose headers never ended");
                } catch (SocketTimeoutException stillOpen) {
                    out.write('a');
                    out.flush();
                } catch (SocketException reset) {
                    return Duration.ofNanos(System.nanoTime() - start);
                }
            }
            throw new AssertionError("The server still held a trickling connection after " + PATIENCE);
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket("localhost", port);
        socket.setSoTimeout((int) PATIENCE.toMillis());
        return socket;
    }

    private String raw(String request) throws IOException {
        try (Socket socket = connect()) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return RawAnswers.readToTheEnd(socket.getInputStream(), String.valueOf(PATIENCE));
        }
    }

    private static byte[] multipart(String boundary, String csrf, String fileName, byte[] file) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String fields = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"alt\"\r\n\r\nStatic on a slow line\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: image/png\r\n\r\n";
        body.writeBytes(fields.getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return body.toByteArray();
    }

    /** Random pixels, which PNG cannot compress: about three bytes a pixel. */
    private static byte[] noisePng(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(9);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
