package org.reelpress.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.reelpress.BlogTest;
import org.springframework.test.context.TestPropertySource;

/**
 * Clients that send too slowly, too much or nonsense: the server lets go of a connection that stops
 * talking, and answers each abuse with a 4xx page or JSON that shows no stack trace. Timeouts are a
 * second here; the blog's own are in application.properties. (An oversized form's 413 is in
 * PostingACommentTest, an oversized upload's in UploadingImagesTest, too many comments' 429 in
 * CommentingTooFastTest.)
 */
@TestPropertySource(properties = {"server.tomcat.connection-timeout=1s", "server.tomcat.keep-alive-timeout=1s",
        "reelpress.connections.header-deadline=2s", "reelpress.connections.per-address=40"})
class AbusiveRequestsTest extends BlogTest {

    /** How long a test waits for the server before it says the server held on. */
    private static final int PATIENCE_MS = 15_000;

    @Test
    void closesAConnectionThatSendsHalfARequestAndFallsSilent() throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(PATIENCE_MS);
            socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: localhost\r\nUser-Agent: slow".getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            long start = System.nanoTime();

            String answer = RawAnswers.readToTheEnd(socket.getInputStream(), PATIENCE_MS + " ms");

            Duration held = Duration.ofNanos(System.nanoTime() - start);
            assertThat(held).as("how long the half request held the connection").isLessThan(Duration.ofSeconds(5));
            assertThat(answer).doesNotContain("200 OK");
        }
    }

    @Test
    void closesAnIdleConnectionAfterItsAnswer() throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(PATIENCE_MS);
            socket.getOutputStream().write("GET /robots.txt HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            long start = System.nanoTime();

            String answer = RawAnswers.readToTheEnd(socket.getInputStream(), PATIENCE_MS + " ms");

            assertThat(answer).startsWith("HTTP/1.1 ");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("answer plus idle time").isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void answersARequestLineThatIsNotHttpWith400AndNoStackTrace() throws IOException {
        String answer = raw("G@T /<> HTTP/1.1\r\nHost: localhost\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400");
        assertNoInternals(answer);
    }

    @Test
    void answersBrokenPercentEncodingWith400AndNoStackTrace() throws IOException {
        String answer = raw("GET /%zz%/?s=%E0%A4%A HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400");
        assertNoInternals(answer);
    }

    @Test
    void answersHeadersPastTheLimitWith4xxAndNoStackTrace() throws IOException {
        String answer = raw("GET / HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "a".repeat(40_000) + "\r\nConnection: close\r\n\r\n");

        assertThat(answer).matches("(?s)HTTP/1.1 4(00|31).*");
        assertNoInternals(answer);
    }

    @Test
    void answersBrokenJsonToTheApiWith400Json() throws IOException {
        String body = "{\"post\": 1, \"content\": \"unclosed";
        String answer = raw("POST /wp-json/wp/v2/comments HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body);

        assertThat(answer).startsWith("HTTP/1.1 400").contains("application/json").contains("\"code\"");
        assertNoInternals(answer);
    }

    @Test
    void answersAnUnknownMethodWithout500() throws IOException {
        String answer = raw("BREW /comments HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(answer).matches("(?s)HTTP/1.1 (4\\d\\d|501).*");
        assertNoInternals(answer);
    }

    private static void assertNoInternals(String answer) {
        assertThat(answer).doesNotContain("Exception", "\tat ", "at org.", "at java.", "Apache Tomcat");
    }

    /** Sends {@code request} byte for byte and reads the whole answer. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(PATIENCE_MS);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return RawAnswers.readToTheEnd(socket.getInputStream(), PATIENCE_MS + " ms");
        }
    }

}
