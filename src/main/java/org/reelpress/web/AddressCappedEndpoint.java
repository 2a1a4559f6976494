package org.reelpress.web;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.apache.tomcat.util.net.NioChannel;
import org.apache.tomcat.util.net.NioEndpoint;
import org.apache.tomcat.util.net.SocketWrapperBase;

/**
 * Tomcat's NIO endpoint, refusing a new connection from an address that already holds as many as
 * it may: over plain HTTP it answers 429 and closes, over TLS it just closes. Counting walks the
 * open connections (at most Tomcat's max-connections, 8192 by default) once per new connection.
 */
class AddressCappedEndpoint extends NioEndpoint {

    private static final String WHY = "Too many connections from your address at once.\n";
    private static final byte[] TOO_MANY = ("HTTP/1.1 429 Too Many Requests\r\nContent-Type: text/plain\r\n"
            + "Content-Length: " + WHY.length() + "\r\nRetry-After: 10\r\nConnection: close\r\n\r\n" + WHY)
            .getBytes(StandardCharsets.US_ASCII);

    private volatile int perAddress;
    private volatile Pattern uncounted;

    void limit(int perAddress, Pattern uncounted) {
        this.perAddress = perAddress;
        this.uncounted = uncounted;
    }

    @Override
    protected boolean setSocketOptions(SocketChannel socket) {
        InetAddress client = socket.socket().getInetAddress();
        if (client != null && tooManyFrom(client.getHostAddress())) {
            refuse(socket);
            return false;
        }
        return super.setSocketOptions(socket);
    }

    private boolean tooManyFrom(String address) {
        int limit = perAddress;
        Pattern exempt = uncounted;
        if (limit <= 0 || exempt != null && exempt.matcher(address).matches()) {
            return false;
        }
        int held = 0;
        for (SocketWrapperBase<NioChannel> connection : getConnections()) {
            if (address.equals(connection.getRemoteAddr()) && ++held >= limit) {
                return true;
            }
        }
        return false;
    }

    /** The socket is still blocking here, and a fresh socket's send buffer takes these few bytes at once. */
    private void refuse(SocketChannel socket) {
        if (isSSLEnabled()) {
            return;
        }
        try {
            socket.write(ByteBuffer.wrap(TOO_MANY));
            socket.shutdownOutput();
        } catch (IOException gone) {
            // the client left already; Tomcat closes the socket either way
        }
    }
}
