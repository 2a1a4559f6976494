package org.reelpress.storage;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code backup FILE} and {@code restore FILE}: an online snapshot of the blog's SQLite data
 * directory, and bringing one back into an empty data directory. They work on the files alone,
 * without starting the blog, so a backup can run beside the serving blog. PostgreSQL has its own
 * tools for this (pg_dump and pg_restore; see the README).
 */
public final class BackupCommands {

    public static final String BACKUP = "backup";
    public static final String RESTORE = "restore";

    private static final String DATA_DIR_OPTION = "--reelpress.data-dir=";
    private static final String USAGE = """
            Usage: java -jar reelpress.jar backup FILE [--reelpress.data-dir=PATH]
                   java -jar reelpress.jar restore FILE [--reelpress.data-dir=PATH]

            backup   writes a consistent copy of the blog's database and uploads to FILE (a zip),
                     while the blog keeps serving
            restore  unpacks such a FILE into the data directory, which must be empty or missing:
                     stop the blog and move the old data directory aside first

            The data directory is --reelpress.data-dir, else REELPRESS_DATA_DIR, else ./data.
            On PostgreSQL use pg_dump and pg_restore instead.
            Exit status: 0 done, 2 refused (the reason goes to standard error), 1 failed.
            """;

    private BackupCommands() {
    }

    public static boolean handles(String command) {
        return command.equals(BACKUP) || command.equals(RESTORE);
    }

    public static int run(String command, List<String> args, Map<String, String> environment, PrintStream out, PrintStream err) {
        List<String> files = new ArrayList<>();
        Path dataDir = Path.of(environment.getOrDefault("REELPRESS_DATA_DIR", "./data"));
        for (String arg : args) {
            if (arg.equals("--help")) {
                out.print(USAGE);
                return 0;
            } else if (arg.startsWith(DATA_DIR_OPTION)) {
                dataDir = Path.of(arg.substring(DATA_DIR_OPTION.length()));
            } else if (!arg.startsWith("--")) {
                files.add(arg);
            }
        }
        if (files.size() != 1) {
            err.println(command + ": name one file. See " + command + " --help.");
            return 2;
        }
        if (environment.getOrDefault("SPRING_DATASOURCE_URL", "").startsWith("jdbc:postgresql")) {
            err.println(command + ": this blog runs on PostgreSQL: use pg_dump and pg_restore (see the README).");
            return 2;
        }
        Path file = Path.of(files.getFirst());
        try {
            return command.equals(BACKUP) ? backup(dataDir, file, out, err) : restore(file, dataDir, out, err);
        } catch (IOException | SQLException | RuntimeException e) {
            err.println(command + ": " + e.getMessage());
            return 1;
        }
    }

    private static int backup(Path dataDir, Path file, PrintStream out, PrintStream err) throws IOException, SQLException {
        if (file.toAbsolutePath().getParent() == null || !Files.isDirectory(file.toAbsolutePath().getParent())) {
            err.println(BACKUP + ": the folder for " + file + " does not exist.");
            return 2;
        }
        Backups.Summary summary = Backups.backup(dataDir, file);
        out.printf("Backed up the database (%,d bytes) and %d other files from %s to %s%n",
                summary.databaseBytes(), summary.files(), dataDir, file);
        return 0;
    }

    private static int restore(Path file, Path dataDir, PrintStream out, PrintStream err) throws IOException, SQLException {
        if (!Files.isRegularFile(file)) {
            err.println(RESTORE + ": there is no file " + file + ".");
            return 2;
        }
        if (!Backups.isEmptyOrMissing(dataDir)) {
            err.println(RESTORE + ": " + dataDir + " is not empty. Stop the blog, move that folder aside, and restore again.");
            return 2;
        }
        Backups.Summary summary = Backups.restore(file, dataDir);
        out.printf("Restored the database (%,d bytes) and %d other files into %s. Start the blog to serve them.%n",
                summary.databaseBytes(), summary.files(), dataDir);
        return 0;
    }
}
