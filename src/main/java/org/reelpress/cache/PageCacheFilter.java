package org.reelpress.cache;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.reelpress.site.SettingsRepository;
import org.reelpress.site.SiteSettings;
import org.reelpress.web.PageTags;
import org.reelpress.web.PersonalField;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves pages to anonymous readers from the {@link PageCache}: the same bytes for everyone,
 * gzipped once, with an ETag that answers 304. A reader with anything personal on the page (signed
 * in, their own held comments, remembered details, a message waiting in a session) gets it
 * rendered afresh, which keeps the page cacheable for everyone else. Only pages whose handler
 * named what they are made of ({@link PageTags}) are kept.
 */
class PageCacheFilter extends OncePerRequestFilter {

    /** Cookies that make a page personal; the form token's cookie does not (anonymous forms carry no token). */
    private static final String FORM_COOKIE = "reelpress_form";
    private static final List<String> PERSONAL_COOKIES = List.of("JSESSIONID", "remember-me", "reelpress_commenter", "reelpress_mine");
    /** Shared caches (a CDN, a proxy) may keep it, and ask each time whether it is still current (ETag). */
    static final String CACHE_CONTROL = "public, no-cache";
    static final String PRIVATE = "private, no-cache";

    private final PageCache cache;
    private final SettingsRepository settings;
    private final List<PersonalField> personalFields;

    PageCacheFilter(PageCache cache, SettingsRepository settings, List<PersonalField> personalFields) {
        this.cache = cache;
        this.settings = settings;
        this.personalFields = personalFields;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!forEveryone(request)) {
            chain.doFilter(request, response);
            return;
        }
        String key = keyOf(request);
        SiteSettings site = settings.site();
        CachedPage page = cache.find(key);
        if (page != null && page.settings().equals(site)) {
            send(page, request, response);
            return;
        }
        long began = cache.beginRendering();
        ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, rendered);
        Set<String> tags = PageTags.of(request);
        if (!tags.isEmpty() && rendered.getStatus() == HttpServletResponse.SC_OK && rendered.getContentType() != null
                && onlyTheFormCookie(rendered) && request.getSession(false) == null) {
            page = CachedPage.of(rendered.getContentType(), rendered.getContentAsByteArray(), personalFields, site);
            cache.store(key, page, tags, began);
            if (page.sameForEveryone()) {
                rendered.setHeader(HttpHeaders.ETAG, page.etag());
                rendered.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
            }
            rendered.setHeader(HttpHeaders.CACHE_CONTROL, page.sameForEveryone() ? CACHE_CONTROL : PRIVATE);
        }
        rendered.copyBodyToResponse();
    }

    private static boolean forEveryone(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getQueryString() != null || request.getUserPrincipal() != null) {
            return false;
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

    /** A new reader's first page gives them their form token's cookie; nothing else may be set on a page kept for all. */
    private static boolean onlyTheFormCookie(HttpServletResponse response) {
        return response.getHeaders(HttpHeaders.SET_COOKIE).stream().allMatch(cookie -> cookie.startsWith(FORM_COOKIE + "="));
    }

    /** Scheme, host and path: absolute links in pages and feeds follow the address the reader used. */
    private static String keyOf(HttpServletRequest request) {
        return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort() + request.getRequestURI();
    }

    private static void send(CachedPage page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType());
        if (!page.sameForEveryone()) {
            // each reader's own form fields: no shared cache may keep it; the server compresses it on the way out
            response.setHeader(HttpHeaders.CACHE_CONTROL, PRIVATE);
            page.writeFor(request, response.getOutputStream());
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
