package org.reelpress.web;

import org.springframework.security.web.csrf.CsrfToken;

/** The hidden field every state-changing form carries, so that no other site can submit it. */
public record FormToken(String name, String value) {

    public static FormToken of(CsrfToken token) {
        return new FormToken(token.getParameterName(), token.getToken());
    }
}
