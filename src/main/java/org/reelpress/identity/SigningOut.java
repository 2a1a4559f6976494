package org.reelpress.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.CookieClearingLogoutHandler;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Component;

/** Ends a session from inside a request, as the sign-out button does: for when an account goes away. */
@Component
public class SigningOut {

    /** The session cookie and the "keep me signed in" cookie, both gone on sign-out. */
    static final String[] COOKIES = {"JSESSIONID", "remember-me"};

    public void now(HttpServletRequest request, HttpServletResponse response) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        new SecurityContextLogoutHandler().logout(request, response, authentication);
        new CookieClearingLogoutHandler(COOKIES).logout(request, response, authentication);
    }
}
