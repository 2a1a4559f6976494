package org.reelpress.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A backup is one zip file: a consistent copy of the SQLite database, made by {@code VACUUM INTO}
 * while the blog keeps serving (it reads as one transaction, so it sees every commit before it and
 * none after), and the other files of the data directory (uploads). The search index is left out:
 * the blog rebuilds it from the database.
 */
final class Backups {

    static final String DATABASE = "reelpress.db";
    private static final List<String> LEFT_OUT = List.of(DATABASE, DATABASE + "-wal", DATABASE + "-shm", DATABASE + "-journal");
    private static final String INDEX_FOLDER = "search";

    record Summary(long databaseBytes, int files) {
    }

    private Backups() {
    }

    static Summary backup(Path dataDir, Path target) throws IOException, SQLException {
        Path database = dataDir.resolve(DATABASE);
        if (!Files.isRegularFile(database)) {
            throw new IOException("there is no blog database at " + database);
        }
        Path snapshot = Files.createTempFile(target.toAbsolutePath().getParent(), "reelpress-snapshot-", ".db");
        Files.delete(snapshot); // VACUUM INTO wants to make the file itself
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + database + "?busy_timeout=10000");
                 Statement statement = db.createStatement()) {
                statement.execute("VACUUM INTO '" + snapshot.toString().replace("'", "''") + "'");
            }
            int files = 0;
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
                add(zip, DATABASE, snapshot);
                for (Path file : otherFiles(dataDir)) {
                    add(zip, dataDir.relativize(file).toString().replace('\\', '/'), file);
                    files++;
                }
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Summary(Files.size(snapshot), files);
        } finally {
            Files.deleteIfExists(snapshot);
            Files.deleteIfExists(partial);
        }
    }

    /**
     * Unpacks {@code source} into {@code dataDir}, which must be empty or missing, and checks the
     * database it brought. Names that would land outside the folder, or in its {@code native/}
     * folder, are refused.
     */
    static Summary restore(Path source, Path dataDir) throws IOException, SQLException {
        Path root = dataDir.toAbsolutePath().normalize();
        boolean sawDatabase = false;
        int files = 0;
        Files.createDirectories(root);
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(source))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path target = root.resolve(entry.getName()).normalize();
                // native code is never taken from a backup: the blog writes its own copy of SQLite's library
                if (!target.startsWith(root) || entry.isDirectory() || root.relativize(target).startsWith(SqliteLibrary.FOLDER)) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                Files.copy(zip, target);
                if (entry.getName().equals(DATABASE)) {
                    sawDatabase = true;
                } else {
                    files++;
                }
            }
        }
        if (!sawDatabase) {
            throw new IOException(source + " is not a Reelpress backup: it holds no " + DATABASE);
        }
        Path database = root.resolve(DATABASE);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement statement = db.createStatement();
             ResultSet check = statement.executeQuery("PRAGMA integrity_check")) {
            String verdict = check.next() ? check.getString(1) : "no answer";
            if (!"ok".equals(verdict)) {
                throw new IOException("the database in " + source + " is damaged: " + verdict);
            }
        }
        return new Summary(Files.size(database), files);
    }

    static boolean isEmptyOrMissing(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private static List<Path> otherFiles(Path dataDir) throws IOException {
        try (Stream<Path> walk = Files.walk(dataDir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> !(file.getParent().equals(dataDir) && LEFT_OUT.contains(file.getFileName().toString())))
                    .filter(file -> !dataDir.relativize(file).startsWith(INDEX_FOLDER))
                    .filter(file -> !dataDir.relativize(file).startsWith(SqliteLibrary.FOLDER))
                    .filter(file -> !file.getFileName().toString().endsWith(".partial"))
                    .sorted().toList();
        }
    }

    private static void add(ZipOutputStream zip, String name, Path file) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        try (InputStream in = Files.newInputStream(file)) {
            in.transferTo(zip);
        }
        zip.closeEntry();
    }
}
