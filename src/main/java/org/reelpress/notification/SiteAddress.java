package org.reelpress.notification;

import org.reelpress.mail.Mailer;
import org.reelpress.site.ReelpressProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The blog's public address, for links in mail: the configured site URL. Never the address a
 * request came in on, which its sender chooses and could point at their own site.
 */
@Component
class SiteAddress {

    private static final Logger log = LoggerFactory.getLogger(SiteAddress.class);

    private final String base;

    SiteAddress(ReelpressProperties properties, Mailer mailer, @Value("${server.port:8080}") int port) {
        base = properties.siteUrl().isEmpty() ? "http://localhost:" + port : properties.siteUrl();
        if (mailer.enabled() && properties.siteUrl().isEmpty()) {
            log.warn("REELPRESS_SITE_URL is not set: links in mail will point to {}", base);
        }
    }

    /** An absolute address for a path on the blog, such as {@code /2026/11/review/}. */
    String of(String path) {
        return base + path;
    }

    String unsubscribe(Subscription subscription) {
        return of("/subscriptions/" + subscription.token() + "/unsubscribe");
    }
}
