package org.reelpress.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/** The forms' token: each reader's own, matching the cookie the blog gave them (made on first use). */
@Component
class FormTokenField implements PersonalField {

    @Override
    public String name() {
        return "_csrf";
    }

    @Override
    public String freshValue(HttpServletRequest request) {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return token == null ? "" : token.getToken();
    }
}
