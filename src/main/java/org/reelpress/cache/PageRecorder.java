package org.reelpress.cache;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.reelpress.site.SettingsRepository;
import org.reelpress.web.PageTags;
import org.reelpress.web.PersonalField;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Records a page rendered for an anonymous reader so that {@link PageCacheFilter} can keep it for
 * everyone: only a page whose handler named what it is made of ({@link PageTags}), answered 200,
 * set no cookie but the form token's and started no session. It sits inside the security filters,
 * where it knows who is reading.
 */
class PageRecorder extends OncePerRequestFilter {

    static final String RECORDED = PageRecorder.class.getName();
    private static final String FORM_COOKIE = "reelpress_form";

    /** A page fit to keep, what it is made of, and the cache's mark from before its rendering began. */
    record Recorded(CachedPage page, Set<String> tags, long began) {
    }

    private final PageCache cache;
    private final SettingsRepository settings;
    private final List<PersonalField> personalFields;

    PageRecorder(PageCache cache, SettingsRepository settings, List<PersonalField> personalFields) {
        this.cache = cache;
        this.settings = settings;
        this.personalFields = personalFields;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!PageCacheFilter.forEveryone(request) || request.getUserPrincipal() != null) {
            chain.doFilter(request, response);
            return;
        }
        long began = cache.beginRendering();
        ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, rendered);
        Set<String> tags = PageTags.of(request);
        if (!tags.isEmpty() && rendered.getStatus() == HttpServletResponse.SC_OK && rendered.getContentType() != null
                && onlyTheFormCookie(rendered) && request.getSession(false) == null) {
            CachedPage page = CachedPage.of(rendered.getContentType(), rendered.getContentAsByteArray(), personalFields,
                    settings.site());
            request.setAttribute(RECORDED, new Recorded(page, Set.copyOf(tags), began));
            if (page.sameForEveryone()) {
                rendered.setHeader(HttpHeaders.ETAG, page.etag());
                rendered.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
            }
            rendered.setHeader(HttpHeaders.CACHE_CONTROL,
                    page.sameForEveryone() ? PageCacheFilter.CACHE_CONTROL : PageCacheFilter.PRIVATE);
        }
        rendered.copyBodyToResponse();
    }

    /** A new reader's first page gives them their form token's cookie; nothing else may be set on a page kept for all. */
    private static boolean onlyTheFormCookie(HttpServletResponse response) {
        return response.getHeaders(HttpHeaders.SET_COOKIE).stream().allMatch(cookie -> cookie.startsWith(FORM_COOKIE + "="));
    }
}
