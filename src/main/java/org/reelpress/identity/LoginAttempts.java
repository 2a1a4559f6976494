package org.reelpress.identity;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows password guessing two ways: each address gets a few tries a minute, and an account
 * whose password was mistyped too often in a row waits a quarter of an hour.
 */
@Component
class LoginAttempts {

    static final int FAILURES_BEFORE_LOCK = 5;
    static final Duration LOCK = Duration.ofMinutes(15);
    private final UserRepository users;
    private final Clock clock;
    private final int triesPerMinute;
    private final Cache<String, Bucket> perAddress = Caffeine.newBuilder()
            .maximumSize(50_000).expireAfterAccess(10, TimeUnit.MINUTES).build();

    LoginAttempts(UserRepository users, Clock clock,
                  @Value("${reelpress.sign-in.tries-per-minute:10}") int triesPerMinute) {
        this.users = users;
        this.clock = clock;
        this.triesPerMinute = triesPerMinute;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        users.recordFailedLogin(event.getAuthentication().getName(), FAILURES_BEFORE_LOCK, clock.instant().plus(LOCK));
    }

    @EventListener
    void succeeded(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof WriterPrincipal writer) {
            users.clearFailedLogins(writer.getUsername());
        }
    }

    /** Sends a sign-in from an address that tried too often back to the sign-in page, unchecked. */
    OncePerRequestFilter addressLimit(String signInPath) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if ("POST".equals(request.getMethod()) && signInPath.equals(request.getServletPath())
                        && !bucketFor(request.getRemoteAddr()).tryConsume(1)) {
                    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                    response.setHeader("Location", signInPath + "?error=slow");
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

    private Bucket bucketFor(String address) {
        return perAddress.get(address, key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(triesPerMinute).refillGreedy(triesPerMinute, Duration.ofMinutes(1)).build())
                .build());
    }
}
