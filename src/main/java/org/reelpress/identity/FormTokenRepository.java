package org.reelpress.identity;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * The forms' token, kept in a cookie (HttpOnly, SameSite=Lax, Secure over HTTPS). Every reader who
 * arrives without the cookie gets a new token, so under load tokens are drawn and their cookies
 * written thousands of times a second: the tokens come from a {@link TokenRandom}, where Spring's
 * own repository asks /dev/urandom (a system call under one lock) each time, and the cookie is
 * written as the header it ends up as, where the server's cookie writer builds and checks a
 * general cookie for each.
 */
final class FormTokenRepository implements CsrfTokenRepository {

    static final String HEADER = "X-XSRF-TOKEN";
    static final String PARAMETER = "_csrf";
    /** Set on a request whose token was just forgotten (signing out), so it is not read back from its cookie. */
    private static final String FORGOTTEN = FormTokenRepository.class.getName() + ".forgotten";

    private final String cookieName;
    private final SecureRandom random = TokenRandom.seeded();

    FormTokenRepository(String cookieName) {
        this.cookieName = cookieName;
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        byte[] token = new byte[16];
        random.nextBytes(token);
        return new DefaultCsrfToken(HEADER, PARAMETER, HexFormat.of().formatHex(token));
    }

    /** Gives the reader the token's cookie, or, for no token, one that ends theirs. */
    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        StringBuilder cookie = new StringBuilder(96).append(cookieName).append('=');
        if (token != null) {
            cookie.append(token.getToken());
        }
        String context = request.getContextPath();
        cookie.append("; Path=").append(context.isEmpty() ? "/" : context);
        if (token == null) {
            cookie.append("; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:10 GMT");
        }
        if (request.isSecure()) {
            cookie.append("; Secure");
        }
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.append("; HttpOnly; SameSite=Lax").toString());
        if (token == null) {
            request.setAttribute(FORGOTTEN, Boolean.TRUE);
        } else if (request.getAttribute(FORGOTTEN) != null) {
            request.removeAttribute(FORGOTTEN);
        }
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null || request.getAttribute(FORGOTTEN) != null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (cookie.getName().equals(cookieName) && !cookie.getValue().isEmpty()) {
                return new DefaultCsrfToken(HEADER, PARAMETER, cookie.getValue());
            }
        }
        return null;
    }
}
