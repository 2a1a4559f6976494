package org.reelpress.mail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.net.SocketFactory;

/**
 * Sockets that close themselves {@code life} after they were made, whatever is happening on them.
 * JavaMail's own timeouts bound each read and write, not a whole conversation: a server that answers
 * a byte at a time could stretch one mail past its claim. With these, a send ends within its life.
 */
class ShortLivedSockets extends SocketFactory {

    private final Duration life;

    ShortLivedSockets(Duration life) {
        this.life = life;
    }

    /** What JavaMail calls; it connects the socket itself. */
    @Override
    public Socket createSocket() {
        return closedAfterLife(new Socket());
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        Socket socket = createSocket();
        socket.bind(new InetSocketAddress(localHost, localPort));
        socket.connect(new InetSocketAddress(host, port), (int) life.toMillis());
        return socket;
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        Socket socket = createSocket();
        socket.bind(new InetSocketAddress(localAddress, localPort));
        socket.connect(new InetSocketAddress(address, port), (int) life.toMillis());
        return socket;
    }

    private Socket connected(InetSocketAddress to) throws IOException {
        Socket socket = createSocket();
        socket.connect(to, (int) life.toMillis());
        return socket;
    }

    private Socket closedAfterLife(Socket socket) {
        CompletableFuture.delayedExecutor(life.toMillis(), TimeUnit.MILLISECONDS).execute(() -> {
            try {
                socket.close();
            } catch (IOException alreadyGone) {
                // closed either way
            }
        });
        return socket;
    }
}
