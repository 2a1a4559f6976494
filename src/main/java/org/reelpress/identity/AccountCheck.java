package org.reelpress.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session outlives the account's standing: an account deleted meanwhile, or a writer blocked
 * meanwhile, is signed out on their next request instead of keeping what the session granted
 * (one lookup by id per signed-in request).
 * (A blocked commenter stays signed in and is told they may not comment.)
 */
class AccountCheck extends OncePerRequestFilter {

    private final UserRepository users;
    private final SecurityContextLogoutHandler signOut = new SecurityContextLogoutHandler();

    AccountCheck(UserRepository users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedIn signedIn
                && !inGoodStanding(signedIn)) {
            signOut.logout(request, response, authentication);
        }
        chain.doFilter(request, response);
    }

    private boolean inGoodStanding(SignedIn signedIn) {
        return users.find(signedIn.userId())
                .filter(user -> !user.deleted())
                .filter(user -> !(user.blocked() && user.role() != Role.COMMENTER))
                .isPresent();
    }
}
