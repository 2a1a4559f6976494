package org.reelpress.cache;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Renders pages for anonymous readers that {@link KeptPageValve} found no kept copy of, and keeps
 * them: a page is kept once {@link PageRecorder}, inside the security filters, has found it fit for
 * everyone, with the headers all the filters gave it, and before its first byte leaves. A reader
 * with anything personal on the page (signed in, their own held comments, remembered details, a
 * session) gets it rendered afresh, which keeps the page cacheable for everyone else.
 */
class PageCacheFilter extends OncePerRequestFilter {

    /** Cookies that make a page personal; the form token's cookie does not (anonymous forms carry no token). */
    private static final List<String> PERSONAL_COOKIES = List.of("JSESSIONID", "remember-me", "reelpress_commenter", "reelpress_mine");
    private static final List<String> NEVER_KEPT = List.of("/media/", "/assets/", "/avatars/", "/wp-json/");
    /** Shared caches (a CDN, a proxy) may keep it, and ask each time whether it is still current (ETag). */
    static final String CACHE_CONTROL = "public, no-cache";
    static final String PRIVATE = "private, no-cache";

    private final PageCache cache;

    PageCacheFilter(PageCache cache) {
        this.cache = cache;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!forEveryone(request)) {
            chain.doFilter(request, response);
            return;
        }
        // held back until kept: a reader who has the page may at once change what it shows
        ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, held);
        if (request.getAttribute(PageRecorder.RECORDED) instanceof PageRecorder.Recorded recorded) {
            cache.store(keyOf(request), recorded.page().sentAs(held), recorded.tags(), recorded.began());
        }
        held.copyBodyToResponse();
    }

    /**
     * A plain read of a page by someone the blog knows nothing about: no query, no credentials, no
     * personal cookie. Files and the REST API are never kept (they have ETags of their own), and
     * are not held in memory on their way out either: an image may be megabytes.
     */
    static boolean forEveryone(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getQueryString() != null
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return false;
        }
        String path = request.getRequestURI();
        for (String neverKept : NEVER_KEPT) {
            if (path.startsWith(neverKept)) {
                return false;
            }
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (PERSONAL_COOKIES.contains(cookie.getName())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Scheme, host and path: absolute links in pages and feeds follow the address the reader used. */
    static String keyOf(HttpServletRequest request) {
        return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort() + request.getRequestURI();
    }
}
