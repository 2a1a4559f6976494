package org.reelpress.feed;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.reelpress.site.ReelpressProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The blog's address for absolute links in feeds, sitemaps and page heads: the configured site
 * URL when there is one. Without it, the address the request came in on, but only a well-formed
 * one: a host name, an IPv4 address or a bracketed IPv6 address, and a numeric port. Anything else
 * in the Host (or a proxy's X-Forwarded-Host) is not echoed into pages; the server's own local
 * address stands in for it.
 */
@Component
class SiteUrl {

    private static final Logger log = LoggerFactory.getLogger(SiteUrl.class);

    private static final Pattern HOST_NAME = Pattern.compile(
            "(?i)(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\\.?");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-fA-F:.]{2,45}]");

    private final String configured;
    private final AtomicBoolean warned = new AtomicBoolean();
    /** The last host found well formed: nearly every request names the same one, and the check is two regular expressions. */
    private volatile String lastWellFormed = "";

    SiteUrl(ReelpressProperties properties) {
        this.configured = properties.siteUrl();
    }

    /** "https://reviews.example" with no closing slash. */
    String base(HttpServletRequest request) {
        if (!configured.isEmpty()) {
            return configured;
        }
        if (warned.compareAndSet(false, true)) {
            log.warn("REELPRESS_SITE_URL is not set: feeds and links in pages use the address each request came in on");
        }
        String scheme = "https".equalsIgnoreCase(request.getScheme()) ? "https" : "http";
        String host = request.getServerName();
        int port = request.getServerPort();
        if (!wellFormedHost(host)) {
            host = request.getLocalAddr().contains(":") ? "[" + request.getLocalAddr() + "]" : request.getLocalAddr();
            port = request.getLocalPort();
        }
        boolean defaultPort = port <= 0 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    private boolean wellFormedHost(String host) {
        if (host != null && host.equals(lastWellFormed)) {
            return true;
        }
        boolean wellFormed = wellFormed(host);
        if (wellFormed) {
            lastWellFormed = host;
        }
        return wellFormed;
    }

    /** An absolute address for a path on the blog that starts with a slash. */
    String of(HttpServletRequest request, String path) {
        return base(request) + path;
    }

    static boolean wellFormed(String host) {
        return host != null && (HOST_NAME.matcher(host).matches() || IPV6.matcher(host).matches());
    }
}
