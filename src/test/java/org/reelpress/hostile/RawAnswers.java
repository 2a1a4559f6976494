package org.reelpress.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/** Reading what the server answers on a raw socket, for tests that talk HTTP byte by byte. */
final class RawAnswers {

    private RawAnswers() {
    }

    /**
     * Everything the server sends until it closes the connection; fails when it holds on past the
     * socket's read timeout, which {@code patience} names for the message.
     */
    static String readToTheEnd(InputStream in, String patience) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                read.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("The server still held the connection after " + patience + "; it had sent: "
                    + read.toString(StandardCharsets.ISO_8859_1));
        } catch (SocketException reset) {
            // a reset is the server letting go too
        }
        return read.toString(StandardCharsets.ISO_8859_1);
    }
}
