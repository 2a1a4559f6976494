package org.reelpress.web;

import org.apache.catalina.connector.Connector;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The buffers Tomcat gives each connection: how large, and kept for the next connection once one closes.
 * <p>
 * Tomcat hands a response to the network in slices no larger than the connection's write buffer, 8 KB
 * unless told otherwise: a review page with its discussion (about 120 KB) took fifteen system calls. A
 * larger buffer sends such a page in two, at the price of that much memory per open connection.
 * <p>
 * Tomcat keeps no closed connection's buffers when the heap is under 2 GB, as a small blog's is: every
 * new connection allocated them afresh, and they lived as long as it did. A kept-alive connection lasts
 * seconds, longer than the young generation's collections leave anything there, so each connection's
 * buffers were moved to the old generation to die there, and under load the JVM stopped every minute
 * or few for a full collection of it (200–400 ms with the serial collector). Kept, up to the given
 * number of closed connections' buffers serve the next ones; over TLS a connection's buffers are larger.
 */
@Component
class ConnectionBuffers implements TomcatConnectorCustomizer {

    private final DataSize writeBuffer;
    private final int kept;

    ConnectionBuffers(@Value("${reelpress.http.write-buffer:64KB}") DataSize writeBuffer,
                      @Value("${reelpress.http.kept-connection-buffers:64}") int kept) {
        if (kept < 0) {
            // Tomcat would read -1 as "keep every one" and -2 as "work it out from the heap", the case avoided here
            throw new IllegalStateException("reelpress.http.kept-connection-buffers must be 0 or more, not " + kept);
        }
        this.writeBuffer = writeBuffer;
        this.kept = kept;
    }

    @Override
    public void customize(Connector connector) {
        set(connector, "socket.appWriteBufSize", Long.toString(writeBuffer.toBytes()));
        set(connector, "socket.bufferPool", Integer.toString(kept));
    }

    /** Tomcat ignores a property it does not know, and says so only at debug level. */
    private static void set(Connector connector, String name, String value) {
        if (!connector.setProperty(name, value)) {
            throw new IllegalStateException("Tomcat's connector did not take " + name + "=" + value);
        }
    }
}
