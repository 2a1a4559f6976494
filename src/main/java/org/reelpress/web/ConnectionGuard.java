package org.reelpress.web;

import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Runs the blog's HTTP connector as {@link GuardedHttpProtocol}, with the limits of
 * {@code reelpress.connections.*}. The trusted proxies' addresses are not capped: every reader
 * behind a proxy or CDN arrives from them.
 */
@Component
class ConnectionGuard implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final ConnectionLimits limits;
    private final Pattern proxies;

    ConnectionGuard(ConnectionLimits limits, @Value("${server.tomcat.remoteip.internal-proxies:}") String proxies) {
        this.limits = limits;
        this.proxies = proxies.isBlank() ? null : Pattern.compile(proxies);
    }

    @Override
    public void customize(TomcatServletWebServerFactory server) {
        server.setProtocol(GuardedHttpProtocol.class.getName());
        server.addProtocolHandlerCustomizers(protocol -> {
            if (protocol instanceof GuardedHttpProtocol guarded) {
                guarded.limit(limits, proxies);
            }
        });
    }
}
