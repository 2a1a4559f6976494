package org.reelpress.identity;

import java.io.Console;
import java.io.InputStream;
import java.io.PrintStream;

/**
 * Where a command reads and writes. {@code console} is there only when a person is typing at a
 * terminal, and is null when standard input comes from a pipe or a file.
 */
public record Terminal(InputStream in, PrintStream out, PrintStream err, Console console) {

    /** This process's own standard streams, and its console when it runs in a terminal. */
    public static Terminal system() {
        return new Terminal(System.in, System.out, System.err, interactive(System.console()));
    }

    private static Console interactive(Console console) {
        if (console == null) {
            return null;
        }
        try {
            // Java 22 to 24 hand out a console even when the streams are redirected; from 22 on it can tell
            return (boolean) Console.class.getMethod("isTerminal").invoke(console) ? console : null;
        } catch (ReflectiveOperationException e) {
            return console; // Java 21 has a console only when it runs in a terminal
        }
    }
}
