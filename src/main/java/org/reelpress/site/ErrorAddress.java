package org.reelpress.site;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /error} is where the server shows its error pages, not a page of its own: asked for directly it
 * had no error to show and answered 500, as if the blog had failed. Asked for directly, it is not found.
 */
@Component
class ErrorAddress extends OncePerRequestFilter {

    private static final String PATH = "/error";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String uri = request.getRequestURI();
        int start = request.getContextPath().length();
        int end = start + PATH.length();
        // read in place: this runs for every request, and almost none is for /error
        return !(uri.startsWith(PATH, start)
                && (uri.length() == end || uri.charAt(end) == '/' || uri.charAt(end) == '.'));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
