package org.reelpress.site;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;

/**
 * {@code /error} is where the server shows its error pages, not a page of its own: asked for directly it
 * had no error to show and answered 500, as if the blog had failed. Asked for directly, it is not found.
 * (A plain filter runs on the request as it arrives, never on the error page's own dispatch.)
 */
@Component
class ErrorAddress extends HttpFilter {

    private static final String PATH = "/error";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (askedFor(request)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Whether the address is /error, or under it, as Spring MVC reads it: decoded and without
     * {@code ;parameters} ({@code /%65rror} is /error too). Read in place, as this runs for every request.
     */
    private static boolean askedFor(HttpServletRequest request) {
        String path = request.getPathInfo() == null ? request.getServletPath()
                : request.getServletPath() + request.getPathInfo();
        int end = PATH.length();
        return path.startsWith(PATH) && (path.length() == end || path.charAt(end) == '/' || path.charAt(end) == '.');
    }
}
