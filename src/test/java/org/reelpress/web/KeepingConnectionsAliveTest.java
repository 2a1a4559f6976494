package org.reelpress.web;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.reelpress.BlogTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A reader's browser (or a proxy in front) can keep one connection for many pages, as with nginx. */
class KeepingConnectionsAliveTest extends BlogTest {

    @Test
    void oneConnectionCarriesAThousandRequestsAndIsClosedAfterThem() throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            for (int request = 1; request <= 1000; request++) {
                out.write(("HEAD / HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                String head = headOf(in);
                assertThat(head).as("answer %d", request).startsWith("HTTP/1.1 200");
                if (request < 1000) {
                    assertThat(head).as("answer %d", request).doesNotContainIgnoringCase("Connection: close");
                } else {
                    assertThat(head).as("the last one allowed").containsIgnoringCase("Connection: close");
                }
            }
        }
    }

    /** The status line and headers of one answer to HEAD, which has no body. */
    private static String headOf(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < end.length) {
            int b = in.read();
            assertThat(b).as("the server closed the connection early; it had sent: %s", head).isNotNegative();
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }
}
