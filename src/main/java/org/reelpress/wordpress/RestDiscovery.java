package org.reelpress.wordpress;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How WordPress clients find the API from any page of the blog: a {@code Link: <…/wp-json/>;
 * rel="https://api.w.org/"} header on every page. And the plain-address form of a route,
 * {@code /?rest_route=/wp/v2/posts}, is read as {@code /wp-json/wp/v2/posts}.
 */
@Component
class RestDiscovery extends OncePerRequestFilter {

    private final RestSite site;

    RestDiscovery(RestSite site) {
        this.site = site;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        String route = request.getParameter("rest_route");
        if ("/".equals(path) && route != null && route.startsWith("/") && !route.contains("..")) {
            request.getRequestDispatcher(RestSite.API + route).forward(request, response);
            return;
        }
        if (("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && !path.startsWith(RestSite.API) && !path.startsWith("/assets/") && !path.startsWith("/avatars/")) {
            response.addHeader("Link", "<" + site.url(RestSite.API + "/") + ">; rel=\"https://api.w.org/\"");
        }
        chain.doFilter(request, response);
    }
}
