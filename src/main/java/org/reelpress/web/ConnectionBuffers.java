package org.reelpress.web;

import org.apache.catalina.connector.Connector;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Tomcat hands a response to the network in slices no larger than each connection's write buffer,
 * 8 KB unless told otherwise: a review page with its discussion (about 120 KB) took fifteen system
 * calls. A larger buffer sends such a page in two, at the price of that much memory per open connection.
 */
@Component
class SocketWriteBuffer implements TomcatConnectorCustomizer {

    private final DataSize size;

    SocketWriteBuffer(@Value("${reelpress.http.write-buffer:64KB}") DataSize size) {
        this.size = size;
    }

    @Override
    public void customize(Connector connector) {
        connector.setProperty("socket.appWriteBufSize", Long.toString(size.toBytes()));
    }
}
