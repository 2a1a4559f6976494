package org.reelpress.wordpress;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.reelpress.identity.ApplicationPasswords;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in an API call that carries {@code Authorization: Basic login:application-password}, for
 * this request only. Wrong credentials, including the account's own password, are a 401 in
 * WordPress's shape; no {@code WWW-Authenticate} is sent, so browsers never offer to remember them.
 */
class ApplicationPasswordFilter extends OncePerRequestFilter {

    private final ApplicationPasswords passwords;
    private final RestResponses responses;

    ApplicationPasswordFilter(ApplicationPasswords passwords, RestResponses responses) {
        this.passwords = passwords;
        this.responses = responses;
    }

    static boolean carriesPassword(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!carriesPassword(request)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Authentication> signedIn = credentials(request.getHeader(HttpHeaders.AUTHORIZATION).substring(6).strip())
                .flatMap(pair -> passwords.authenticate(pair[0], pair[1]));
        if (signedIn.isEmpty()) {
            write(response, responses, new RestException("incorrect_password",
                    "The provided password is an invalid application password.", 401));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signedIn.get());
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }

    private static Optional<String[]> credentials(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 1 ? Optional.empty() : Optional.of(new String[]{decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static void write(HttpServletResponse response, RestResponses responses, RestException error) throws IOException {
        response.setStatus(error.status());
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(responses.write(error.body()).getBytes(StandardCharsets.UTF_8));
    }
}
