package org.reelpress.cache;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * A kept page is served before the security filters run, so the forms' token is made ready here the
 * way they would: the reader's token from its cookie (or a new one, with its cookie), offered to the
 * page's form field masked afresh for each page, as Spring Security's own filter does.
 */
class FormTokens {

    private final CsrfTokenRepository tokens;
    private final XorCsrfTokenRequestAttributeHandler masks;

    FormTokens(CsrfTokenRepository tokens, XorCsrfTokenRequestAttributeHandler masks) {
        this.tokens = tokens;
        this.masks = masks;
    }

    void prepare(HttpServletRequest request, HttpServletResponse response) {
        masks.handle(request, response, tokens.loadDeferredToken(request, response)::get);
    }
}
