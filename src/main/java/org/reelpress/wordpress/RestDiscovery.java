package org.reelpress.wordpress;

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
 * How WordPress clients find the API from any page of the blog: a {@code Link: <…/wp-json/>;
 * rel="https://api.w.org/"} header on every page. And the plain-address form of a route,
 * {@code /?rest_route=/wp/v2/posts}, is read as {@code /wp-json/wp/v2/posts}. Runs after the
 * request's character encoding is set and before security, so that a route given this way is
 * guarded as the API is, and a query string that cannot be decoded gets an API error, not a page.
 * (A plain filter: it runs once, on the request as it arrives, never on a forward or an error page.)
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class RestDiscovery extends HttpFilter {

    private final RestSite site;
    private final RestResponses responses;
    /** The last Link header made, and what it was made from: nearly every request comes in on one address. */
    private volatile Link last = new Link("", "", -1, "", "");

    private record Link(String scheme, String host, int port, String contextPath, String header) {
    }

    RestDiscovery(RestSite site, RestResponses responses) {
        this.site = site;
        this.responses = responses;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        boolean api = path.startsWith(RestSite.API);
        String route = null;
        try {
            if (api || "/".equals(path)) {
                route = request.getParameter("rest_route");
            }
        } catch (RuntimeException undecodable) {
            if (!api) {
                throw undecodable;
            }
            ApplicationPasswordFilter.write(response, responses, new RestException("rest_invalid_request",
                    "The query string could not be read: check its percent-encoding.", 400));
            return;
        }
        if ("/".equals(path) && route != null && route.startsWith("/") && !route.contains("..")) {
            request.getRequestDispatcher(RestSite.API + route).forward(request, response);
            return;
        }
        if (("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && !api && !path.startsWith("/assets/") && !path.startsWith("/avatars/")) {
            response.addHeader("Link", linkFor(request));
        }
        chain.doFilter(request, response);
    }

    /**
     * The API's address as a Link header. The blog's base address is made from the request's scheme,
     * host, port and context path alone (or the configured site address), so the header made for
     * the last request serves the next one that came in on the same address.
     */
    private String linkFor(HttpServletRequest request) {
        Link link = last;
        if (link.port() != request.getServerPort() || !link.host().equals(request.getServerName())
                || !link.scheme().equals(request.getScheme()) || !link.contextPath().equals(request.getContextPath())) {
            link = new Link(request.getScheme(), request.getServerName(), request.getServerPort(), request.getContextPath(),
                    "<" + site.base(request) + RestSite.API + "/" + ">; rel=\"https://api.w.org/\"");
            last = link;
        }
        return link.header();
    }
}
