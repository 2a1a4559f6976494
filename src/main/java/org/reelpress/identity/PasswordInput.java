package org.reelpress.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The new account's password for {@code create-user}: typed twice, unseen, by a person at a
 * terminal, or else the first line of standard input, so that it never shows in the process list.
 */
final class PasswordInput {

    private PasswordInput() {
    }

    static String read(Terminal terminal, String login) throws CommandRefused {
        return terminal.console() != null ? typed(terminal, login) : firstLine(terminal);
    }

    private static String typed(Terminal terminal, String login) throws CommandRefused {
        char[] first = terminal.console().readPassword("Password for %s: ", login);
        if (first == null || first.length == 0) {
            throw new CommandRefused("No password was typed.");
        }
        char[] again = terminal.console().readPassword("The same password again: ");
        if (!Arrays.equals(first, again)) {
            throw new CommandRefused("The two passwords differ.");
        }
        return new String(first);
    }

    private static String firstLine(Terminal terminal) throws CommandRefused {
        String line;
        try {
            line = new BufferedReader(new InputStreamReader(terminal.in(), StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            throw new CommandRefused("Standard input could not be read: " + e.getMessage());
        }
        if (line == null || line.isEmpty()) {
            throw new CommandRefused("No password on standard input; give it as the first line, e.g. "
                    + "printf '%s\\n' \"$PASSWORD\" | java -jar reelpress.jar create-user ...");
        }
        return line;
    }
}
