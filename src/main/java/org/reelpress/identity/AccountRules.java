package org.reelpress.identity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a writer's account must look like however it is made, on the setup page or with the
 * {@code create-user} command. Whether a login is still free is the repository's to say.
 */
final class AccountRules {

    static final String LOGIN_TAKEN = "That login is taken.";

    private static final Pattern LOGIN = Pattern.compile("[\\p{L}\\p{N}._-]{3,60}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private AccountRules() {
    }

    /** What is wrong with each detail, keyed {@code login}, {@code displayName} and {@code email}; empty when nothing is. */
    static Map<String, String> problems(String login, String displayName, String email) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!LOGIN.matcher(login).matches()) {
            problems.put("login", "A login has 3 to 60 letters, digits, dots, dashes or underscores.");
        }
        if (displayName.isEmpty() || displayName.length() > 100) {
            problems.put("displayName", "Please give the name readers will see, up to 100 characters.");
        }
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            problems.put("email", "Please give an e-mail address, such as you@example.com.");
        }
        return problems;
    }

    /** What is wrong with a password for this login, if anything. */
    static Optional<String> passwordProblem(String password, String login) {
        if (password.length() < Passwords.MIN_LENGTH) {
            return Optional.of("A password needs at least " + Passwords.MIN_LENGTH + " characters.");
        }
        if (password.equalsIgnoreCase(login)) {
            return Optional.of("The password must not be the login.");
        }
        return Optional.empty();
    }
}
