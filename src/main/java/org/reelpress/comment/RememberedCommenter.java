package org.reelpress.comment;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * "Save my name, email, and website for the next time I comment": kept in a cookie that only
 * the reader's own browser sends back, and read into the form on their next visit.
 */
@Component
class RememberedCommenter {

    static final String COOKIE = "reelpress_commenter";
    private static final String SEPARATOR = "\n";

    record Details(String name, String email, String url) {
    }

    Optional<Details> read(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return Optional.empty();
        }
        for (Cookie cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName())) {
                return decode(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    void remember(HttpServletRequest request, HttpServletResponse response, Details details) {
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(
                String.join(SEPARATOR, details.name(), details.email(), details.url()).getBytes(StandardCharsets.UTF_8));
        set(request, response, value, Duration.ofDays(365));
    }

    void forget(HttpServletRequest request, HttpServletResponse response) {
        set(request, response, "", Duration.ZERO);
    }

    private static void set(HttpServletRequest request, HttpServletResponse response, String value, Duration maxAge) {
        ResponseCookie cookie = ResponseCookie.from(COOKIE, value)
                .path("/").httpOnly(true).secure(request.isSecure()).sameSite("Lax").maxAge(maxAge).build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    private static Optional<Details> decode(String value) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8).split(SEPARATOR, -1);
            return parts.length == 3 ? Optional.of(new Details(parts[0], parts[1], parts[2])) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
