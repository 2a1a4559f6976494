package org.reelpress.cache;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.reelpress.site.SettingsRepository;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves pages to anonymous readers from the {@link PageCache} before anything else looks at the
 * request: the same bytes for everyone, gzipped once, with an ETag that answers 304, and the headers
 * the page was first sent with. A reader with anything personal on the page (signed in, their own
 * held comments, remembered details, a session) gets it rendered afresh, which keeps the page
 * cacheable for everyone else. A page rendered here is kept once {@link PageRecorder}, inside the
 * security filters, has found it fit for everyone, with the headers all the filters gave it, and
 * before its first byte leaves.
 */
class PageCacheFilter extends OncePerRequestFilter {

    /** Cookies that make a page personal; the form token's cookie does not (anonymous forms carry no token). */
    private static final List<String> PERSONAL_COOKIES = List.of("JSESSIONID", "remember-me", "reelpress_commenter", "reelpress_mine");
    private static final List<String> NEVER_KEPT = List.of("/media/", "/assets/", "/avatars/", "/wp-json/");
    /** Shared caches (a CDN, a proxy) may keep it, and ask each time whether it is still current (ETag). */
    static final String CACHE_CONTROL = "public, no-cache";
    static final String PRIVATE = "private, no-cache";

    private final PageCache cache;
    private final SettingsRepository settings;
    private final FormTokens formTokens;

    PageCacheFilter(PageCache cache, SettingsRepository settings, FormTokens formTokens) {
        this.cache = cache;
        this.settings = settings;
        this.formTokens = formTokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!forEveryone(request)) {
            chain.doFilter(request, response);
            return;
        }
        String key = keyOf(request);
        CachedPage page = cache.find(key);
        if (page != null && page.settings().equals(settings.site())) {
            send(page, request, response);
            return;
        }
        // held back until kept: a reader who has the page may at once change what it shows
        ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, held);
        if (request.getAttribute(PageRecorder.RECORDED) instanceof PageRecorder.Recorded recorded) {
            cache.store(key, recorded.page().sentAs(held), recorded.tags(), recorded.began());
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
    private static String keyOf(HttpServletRequest request) {
        return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort() + request.getRequestURI();
    }

    private void send(CachedPage page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType());
        page.writeHeaders(response);
        if (!page.sameForEveryone()) {
            // each reader's own form fields: no shared cache may keep it; the server compresses it on the way out
            formTokens.prepare(request, response);
            response.setHeader(HttpHeaders.CACHE_CONTROL, PRIVATE);
            page.writeFor(request, response);
            return;
        }
        response.setHeader(HttpHeaders.ETAG, page.etag());
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        String match = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (match != null && (match.contains(page.etag()) || match.contains("W/" + page.etag()))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        String accepts = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        boolean gzip = accepts != null && accepts.contains("gzip");
        byte[] body = gzip ? page.gzipped() : page.body();
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
