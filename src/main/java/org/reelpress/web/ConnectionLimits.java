package org.reelpress.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What one client may hold of the server. {@code headerDeadline}: a request's line and headers must
 * all arrive within this long of its first byte, however steadily they trickle in (Tomcat's own
 * connection timeout starts again with every byte). {@code perAddress}: how many connections one
 * address may hold at once; the trusted proxies ({@code server.tomcat.remoteip.internal-proxies}) are
 * not counted, since every reader behind them shares their address. Zero turns either off.
 */
@ConfigurationProperties("reelpress.connections")
record ConnectionLimits(Duration headerDeadline, Integer perAddress) {

    ConnectionLimits {
        headerDeadline = headerDeadline == null ? Duration.ofSeconds(20) : headerDeadline;
        perAddress = perAddress == null ? 100 : perAddress;
        if (headerDeadline.isNegative() || perAddress < 0) {
            throw new IllegalArgumentException("reelpress.connections.header-deadline and .per-address cannot be negative");
        }
    }
}
