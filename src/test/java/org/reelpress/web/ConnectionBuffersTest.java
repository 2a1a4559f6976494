package org.reelpress.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.reelpress.BlogTest;
import org.reelpress.Fixtures.MadePost;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A closed connection's buffers serve the next connection (Tomcat on its own keeps none in a heap
 * under 2 GB), and a connection on kept buffers gets its own answer, with nothing of the last one's.
 * The second holds whatever the tests' heap: with the setting there is a pool at any size.
 */
class ConnectionBuffersTest extends BlogTest {

    @Autowired
    private WebServerApplicationContext context;

    @Test
    void theServerKeepsClosedConnectionsBuffersWhateverTheHeap() {
        Connector connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();

        assertThat(String.valueOf(connector.getProperty("socket.bufferPool"))).isEqualTo("64");
        assertThat(String.valueOf(connector.getProperty("socket.appWriteBufSize"))).isEqualTo("65536");
    }

    @Test
    void aShortAnswerAfterALongOneOnTheSameBuffersIsWholeAndItsOwn() throws IOException {
        // longer than a write buffer, so that the buffers a short answer gets next held a long page's tail
        MadePost post = fixtures.post("A long review for the buffers", "Every scene lingers. ".repeat(5_000));
        String longPage = withoutFormFields(fetch(post.permalink()));
        String shortAnswer = fetch("/robots.txt");
        assertThat(longPage).hasSizeGreaterThan(100_000).contains("A long review for the buffers");

        for (int turn = 0; turn < 20; turn++) {
            assertThat(withoutFormFields(fetch(post.permalink()))).as("the long page, turn %d", turn).isEqualTo(longPage);
            assertThat(fetch("/robots.txt")).as("the short answer, turn %d", turn).isEqualTo(shortAnswer);
        }
    }

    /** The comment form's token and time, which each reader gets afresh. */
    private static String withoutFormFields(String page) {
        return page.replaceAll("name=\"(_csrf|stamp)\" value=\"[^\"]*\"", "name=\"$1\"");
    }

    /** The body of one GET on a connection of its own, read to the end the server closes it at. */
    private String fetch(String path) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            String whole = answer.toString(StandardCharsets.UTF_8);
            assertThat(whole).as("the answer to %s", path).startsWith("HTTP/1.1 200");
            String body = whole.substring(whole.indexOf("\r\n\r\n") + 4);
            String length = whole.lines().filter(line -> line.regionMatches(true, 0, "Content-Length:", 0, 15))
                    .findFirst().map(line -> line.substring(15).strip()).orElse(null);
            assertThat(length).as("the length of %s", path).isNotNull();
            assertThat(body.getBytes(StandardCharsets.UTF_8)).as("the body of %s", path).hasSize(Integer.parseInt(length));
            return body;
        }
    }
}
