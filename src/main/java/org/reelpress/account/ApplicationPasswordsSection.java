package org.reelpress.account;

import java.util.List;

import org.reelpress.identity.ApplicationPassword;

/**
 * The account page's application passwords, for a writer (someone who signs in with a password):
 * the ones they have, the one just made ({@code created}, shown this once, else null),
 * and what was wrong with the last request ({@code problem}, with the name they typed kept).
 */
public record ApplicationPasswordsSection(boolean offered, List<ApplicationPassword> passwords, String created,
                                          String createdName, String notice, String problem, String typedName) {

    static ApplicationPasswordsSection listing(boolean offered, List<ApplicationPassword> passwords) {
        return new ApplicationPasswordsSection(offered, passwords, null, null, null, null, "");
    }

    ApplicationPasswordsSection withCreated(String secret, String name) {
        return new ApplicationPasswordsSection(offered, passwords, secret, name, null, null, "");
    }

    ApplicationPasswordsSection withNotice(String message) {
        return new ApplicationPasswordsSection(offered, passwords, null, null, message, null, "");
    }

    ApplicationPasswordsSection withProblem(String message, String typed) {
        return new ApplicationPasswordsSection(offered, passwords, null, null, null, message, typed);
    }
}
