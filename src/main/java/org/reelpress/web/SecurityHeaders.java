package org.reelpress.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What every answer tells the browser about the limits of this site's pages: scripts, styles and
 * images only from the blog itself (no inline script or style, so injected markup cannot run),
 * no framing by other sites, no plugins, and only the origin as referrer when a reader follows a
 * link out. Spring Security adds the rest: nosniff, X-Frame-Options, and HSTS on secure requests.
 * A sign-in form posts to the blog and is then redirected to the provider, so form-action stays open.
 * (A plain filter: it runs once, on the request as it arrives, never on a forward or an error page.)
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE) // first: the "Too large" page the next filter may answer with gets them too
class SecurityHeaders extends HttpFilter {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data: https:", // imported posts may still show images from their old host
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "frame-ancestors 'none'");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        chain.doFilter(request, response);
    }
}
