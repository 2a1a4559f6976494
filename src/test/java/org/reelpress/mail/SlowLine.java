package org.reelpress.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;

/**
 * A line to a real server on which the server's first words (an SMTP greeting) arrive {@code delay}
 * late, and the rest as fast as they come: a slow mail server, for the sender's sake.
 */
final class SlowLine implements AutoCloseable {

    private final ServerSocket listening;

    SlowLine(int serverPort, Duration delay) throws IOException {
        listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.startVirtualThread(() -> {
            while (!listening.isClosed()) {
                try {
                    Socket client = listening.accept();
                    Socket server = new Socket(InetAddress.getLoopbackAddress(), serverPort);
                    Thread.startVirtualThread(() -> copy(client, server, Duration.ZERO));
                    Thread.startVirtualThread(() -> copy(server, client, delay));
                } catch (IOException closed) {
                    return;
                }
            }
        });
    }

    int port() {
        return listening.getLocalPort();
    }

    private static void copy(Socket from, Socket to, Duration firstDelay) {
        try (from; to) {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            byte[] buffer = new byte[8192];
            boolean first = true;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                if (first) {
                    Thread.sleep(firstDelay);
                    first = false;
                }
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException | InterruptedException gone) {
            // either side hung up: so do we, closing both
        }
    }

    @Override
    public void close() throws IOException {
        listening.close();
    }
}
