package org.reelpress.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/** SQLite's native library kept in the data directory, so that a start need not copy it out of the driver. */
class SqliteLibraryTest {

    private static final String PROPERTY = "org.sqlite.lib.path";

    @TempDir
    Path dataDir;

    private String before;

    @BeforeEach
    void forgetWhereTheDriverWasPointed() {
        before = System.clearProperty(PROPERTY);
    }

    @AfterEach
    void pointItBack() {
        if (before == null) {
            System.clearProperty(PROPERTY);
        } else {
            System.setProperty(PROPERTY, before);
        }
    }

    @Test
    void keepsTheDriversOwnLibraryInTheDataDirectoryAndPointsTheDriverAtIt() throws IOException {
        SqliteLibrary.keepIn(dataDir);

        Path library = Path.of(System.getProperty(PROPERTY)).resolve(LibraryLoaderUtil.getNativeLibName());
        assertThat(library).startsWith(dataDir.resolve(SqliteLibrary.FOLDER).toAbsolutePath());
        assertThat(library.getParent().getFileName().toString()).contains(SQLiteJDBCLoader.getVersion());
        assertThat(Files.readAllBytes(library)).isEqualTo(driversOwnLibrary());
        try (var files = Files.list(library.getParent())) {
            assertThat(files).containsExactly(library); // nothing half-written left beside it
        }
    }

    @Test
    void writesTheCopyOnceAndUsesItAtLaterStarts() throws IOException {
        SqliteLibrary.keepIn(dataDir);
        Path library = Path.of(System.getProperty(PROPERTY)).resolve(LibraryLoaderUtil.getNativeLibName());
        FileTime written = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(library, written);

        System.clearProperty(PROPERTY); // a later start, in a new JVM
        SqliteLibrary.keepIn(dataDir);

        assertThat(Files.getLastModifiedTime(library)).isEqualTo(written);
        assertThat(Path.of(System.getProperty(PROPERTY)).resolve(LibraryLoaderUtil.getNativeLibName())).isEqualTo(library);
    }

    @Test
    void leavesAPathChosenByWhoeverStartedTheBlog() {
        System.setProperty(PROPERTY, "/opt/sqlite");

        SqliteLibrary.keepIn(dataDir);

        assertThat(System.getProperty(PROPERTY)).isEqualTo("/opt/sqlite");
        assertThat(dataDir.resolve(SqliteLibrary.FOLDER)).doesNotExist();
    }

    @Test
    void backupsLeaveTheCopyOut(@TempDir Path elsewhere) throws IOException, SQLException {
        DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(Backups.DATABASE)).close();
        Files.writeString(dataDir.resolve("media.txt"), "an upload");
        SqliteLibrary.keepIn(dataDir);
        Path backup = elsewhere.resolve("blog.zip");

        Backups.backup(dataDir, backup);

        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backup))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        assertThat(names).contains("media.txt").noneMatch(name -> name.startsWith(SqliteLibrary.FOLDER + "/"));
    }

    @Test
    void writesAgainACopyCutShort() throws IOException {
        SqliteLibrary.keepIn(dataDir);
        Path library = Path.of(System.getProperty(PROPERTY)).resolve(LibraryLoaderUtil.getNativeLibName());
        Files.write(library, new byte[0]); // as a crash before the disk had it could leave it

        System.clearProperty(PROPERTY);
        SqliteLibrary.keepIn(dataDir);

        assertThat(Files.readAllBytes(library)).isEqualTo(driversOwnLibrary());
    }

    @Test
    void restoringABackupNeverBringsNativeCode(@TempDir Path elsewhere) throws IOException, SQLException {
        DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(Backups.DATABASE)).close();
        Path backup = elsewhere.resolve("planted.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(backup))) {
            zip.putNextEntry(new ZipEntry(Backups.DATABASE));
            zip.write(Files.readAllBytes(dataDir.resolve(Backups.DATABASE)));
            zip.putNextEntry(new ZipEntry(SqliteLibrary.FOLDER + "/sqlite-1-Linux-x86_64/libsqlitejdbc.so"));
            zip.write("not the driver's library".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("media/poster.png"));
            zip.write(new byte[] {1, 2, 3});
        }
        Path restored = elsewhere.resolve("restored");

        Backups.restore(backup, restored);

        assertThat(restored.resolve("media/poster.png")).exists();
        assertThat(restored.resolve(SqliteLibrary.FOLDER)).doesNotExist();
    }

    private static byte[] driversOwnLibrary() throws IOException {
        try (InputStream original = SQLiteJDBCLoader.class.getResourceAsStream(
                LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName())) {
            return original.readAllBytes();
        }
    }
}
