package org.reelpress.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * The forms' token, kept in a cookie. Every reader who arrives without the cookie gets a new token,
 * so under load tokens are drawn thousands of times a second: they come from a DRBG seeded once by
 * the system, where Spring's own repository asks /dev/urandom (a system call under one lock) each time.
 */
final class FormTokenRepository implements CsrfTokenRepository {

    static final String HEADER = "X-XSRF-TOKEN";
    static final String PARAMETER = "_csrf";

    private final CookieCsrfTokenRepository cookies = new CookieCsrfTokenRepository();
    private final SecureRandom random = drbg();

    FormTokenRepository(String cookieName) {
        cookies.setCookieName(cookieName);
        cookies.setHeaderName(HEADER);
        cookies.setParameterName(PARAMETER);
        cookies.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Lax"));
    }

    /** A DRBG seeded from the system's entropy; the token masks, drawn as often as tokens, use one too. */
    static SecureRandom drbg() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException absent) {
            return new SecureRandom();
        }
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        byte[] token = new byte[16];
        random.nextBytes(token);
        return new DefaultCsrfToken(HEADER, PARAMETER, HexFormat.of().formatHex(token));
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        cookies.saveToken(token, request, response);
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        return cookies.loadToken(request);
    }
}
