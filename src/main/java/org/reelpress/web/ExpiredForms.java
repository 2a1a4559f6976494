package org.reelpress.web;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * A form sent with a missing or stale CSRF token (the page was open too long, or the session
 * ended) is not acted on, but nothing typed is lost: the reader goes back to the page the form was
 * on, which shows the fields as they were sent, with a fresh token. Other refusals get the 403 page.
 */
@Component
public class ExpiredForms implements AccessDeniedHandler {

    /** The flash attribute holding the fields of a form sent with a stale token. */
    public static final String FLASH = "expiredForm";
    private static final int LONGEST_FIELD = 100_000;

    private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();
    private final SessionFlashMapManager flashes = new SessionFlashMapManager();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        String back = sameSitePage(request);
        if (!(denied instanceof CsrfException) || !"POST".equals(request.getMethod()) || back == null) {
            forbidden.handle(request, response, denied);
            return;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!name.startsWith("_") && values.length > 0 && values[0].length() <= LONGEST_FIELD) {
                fields.put(name, values[0]);
            }
        });
        FlashMap flash = new FlashMap();
        flash.put(FLASH, fields);
        flash.setTargetRequestPath(back.replaceAll("[?#].*", ""));
        flashes.saveOutputFlashMap(flash, request, response);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", back + "#respond");
    }

    /** The page the form was sent from, when it is a page of this blog; null otherwise. */
    private static String sameSitePage(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return null;
        }
        try {
            URI from = new URI(referer);
            boolean here = from.getHost() == null || from.getHost().equalsIgnoreCase(request.getServerName());
            String path = from.getRawPath();
            return here && path != null && path.startsWith("/") && !path.startsWith("//")
                    ? path + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery()) : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
