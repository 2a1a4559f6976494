package org.reelpress.identity;

import java.util.Map;

/** The first-run form: who will own the blog. The password is never sent back to the page. */
public record SetupForm(String token, String login, String displayName, String email, Map<String, String> errors) {

    public String error(String field) {
        return errors.get(field);
    }
}
