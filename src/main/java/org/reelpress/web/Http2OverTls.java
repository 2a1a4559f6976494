package org.reelpress.web;

import org.springframework.boot.web.server.AbstractConfigurableWebServerFactory;
import org.springframework.boot.web.server.Http2;
import org.springframework.boot.web.server.Ssl;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * HTTP/2 whenever the blog has a certificate (server.ssl.bundle, see the README), unless
 * server.http2.enabled=false says otherwise. Over plain HTTP it stays HTTP/1.1: browsers speak
 * HTTP/2 only over TLS, and a proxy in front speaks HTTP/1.1 to the blog anyway.
 */
@Component
class Http2OverTls implements WebServerFactoryCustomizer<AbstractConfigurableWebServerFactory>, Ordered {

    private final boolean allowed;

    Http2OverTls(Environment environment) {
        this.allowed = environment.getProperty("server.http2.enabled", Boolean.class, true);
    }

    @Override
    public void customize(AbstractConfigurableWebServerFactory server) {
        if (allowed && Ssl.isEnabled(server.getSsl())) {
            Http2 http2 = new Http2();
            http2.setEnabled(true);
            server.setHttp2(http2);
        }
    }

    /** After Spring Boot's own customizer, which copies the server.* properties. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
