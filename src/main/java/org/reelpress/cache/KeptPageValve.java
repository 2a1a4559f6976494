package org.reelpress.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.ClientAbortException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.tomcat.util.http.MimeHeaders;
import org.reelpress.site.SettingsRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;

/**
 * Answers an anonymous reader's request for a kept page at Tomcat's door, before any servlet filter
 * runs: the same bytes for everyone, gzipped once, with an ETag that answers 304, or the page with
 * this reader's own form fields filled in. The headers the page was first sent with (those every
 * filter gave it) go out as the bytes they were kept as. Everything else goes on to the filters,
 * where {@link PageCacheFilter} keeps what is rendered for everyone.
 */
class KeptPageValve extends ValveBase {

    private static final byte[] CACHE_CONTROL = HttpHeaders.CACHE_CONTROL.getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] SHARED = PageCacheFilter.CACHE_CONTROL.getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] PRIVATE = PageCacheFilter.PRIVATE.getBytes(StandardCharsets.ISO_8859_1);

    private static final Logger log = LoggerFactory.getLogger(KeptPageValve.class);

    private final PageCache cache;
    private final SettingsRepository settings;
    private final FormTokens formTokens;

    KeptPageValve(PageCache cache, SettingsRepository settings, FormTokens formTokens) {
        super(true);
        this.cache = cache;
        this.settings = settings;
        this.formTokens = formTokens;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        HttpServletRequest reader = request.getRequest();
        CachedPage page = PageCacheFilter.forEveryone(reader) ? cache.find(PageCacheFilter.keyOf(reader)) : null;
        if (page == null || !page.settings().equals(settings.site())) {
            getNext().invoke(request, response);
            return;
        }
        try {
            send(page, reader, response.getResponse(), response.getCoyoteResponse().getMimeHeaders());
        } catch (ClientAbortException gone) {
            // the reader left before the page was sent: nothing to tell anyone (Tomcat's own servlet
            // valve says so at debug level; past a valve it would log an error with its stack trace)
            log.debug("A reader left while {} was being sent", reader.getRequestURI());
        }
    }

    private void send(CachedPage page, HttpServletRequest request, HttpServletResponse response, MimeHeaders headers)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType());
        if (page.locale() != null) {
            response.setLocale(page.locale());
        }
        page.writeHeaders(headers);
        if (!page.sameForEveryone()) {
            // each reader's own form fields: no shared cache may keep it; the server compresses it on the way out
            formTokens.prepare(request, response);
            set(headers, CACHE_CONTROL, PRIVATE);
            page.writeFor(request, response);
            return;
        }
        response.setHeader(HttpHeaders.ETAG, page.etag());
        set(headers, CACHE_CONTROL, SHARED);
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

    private static void set(MimeHeaders headers, byte[] name, byte[] value) {
        headers.addValue(name, 0, name.length).setBytes(value, 0, value.length);
    }
}
