package org.reelpress.storage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reelpress.BlogTest;
import org.reelpress.Fixtures.MadePost;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

class BackingUpTheBlogTest extends BlogTest {

    @Value("${reelpress.data-dir}")
    Path dataDir;

    @TempDir
    Path elsewhere;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aRestoredBackupHoldsEveryRowOfEveryTableAndTheUploads() throws IOException {
        MadePost post = fixtures.post("Backed up: 기생충", "A review worth keeping.");
        fixtures.comment(post, null, "Keeper", "A comment worth keeping too.");
        Path upload = dataDir.resolve("media/2026/11/poster.png");
        Files.createDirectories(upload.getParent());
        Files.write(upload, new byte[]{(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        Path backup = elsewhere.resolve("blog.zip");

        assertThat(command("backup", backup.toString(), "--reelpress.data-dir=" + dataDir)).as(err.toString()).isZero();
        Path restored = elsewhere.resolve("restored");
        assertThat(command("restore", backup.toString(), "--reelpress.data-dir=" + restored)).as(err.toString()).isZero();

        assertThat(everyRow(restored)).isEqualTo(everyRow(dataDir));
        assertThat(restored.resolve("media/2026/11/poster.png")).hasSameBinaryContentAs(upload);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Backed up the database", "Restored the database");
    }

    @Test
    void backsUpWhileReadersKeepCommentingAndKeepsWhatWasCommittedBefore() throws Exception {
        MadePost post = fixtures.post("Busy while backed up", "Text.");
        long before = fixtures.comment(post, null, "Early", "Here before the backup.");
        AtomicBoolean backingUp = new AtomicBoolean(true);
        Path backup = elsewhere.resolve("busy.zip");
        try (ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Integer> comments = readers.submit(() -> {
                int n = 0;
                while (backingUp.get()) {
                    fixtures.comment(post, null, "Reader " + n, "Comment " + n++ + " during the backup.");
                }
                return n;
            });
            assertThat(command("backup", backup.toString(), "--reelpress.data-dir=" + dataDir)).as(err.toString()).isZero();
            backingUp.set(false);
            assertThat(comments.get()).isPositive();
        }
        Path restored = elsewhere.resolve("busy");
        assertThat(command("restore", backup.toString(), "--reelpress.data-dir=" + restored)).as(err.toString()).isZero();

        assertThat(database(restored).sql("SELECT body FROM comments WHERE id = :id").param("id", before)
                .query(String.class).single()).isEqualTo("Here before the backup.");
    }

    @Test
    void refusesToRestoreOverADataDirectoryInUse() throws IOException {
        Path backup = elsewhere.resolve("any.zip");
        assertThat(command("backup", backup.toString(), "--reelpress.data-dir=" + dataDir)).isZero();

        assertThat(command("restore", backup.toString(), "--reelpress.data-dir=" + dataDir)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is not empty", "move that folder aside");
    }

    @Test
    void refusesAFileThatIsNotABackup() throws IOException {
        Path notABackup = Files.writeString(elsewhere.resolve("notes.zip"), "just some words");

        assertThat(command("restore", notABackup.toString(), "--reelpress.data-dir=" + elsewhere.resolve("x"))).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not a Reelpress backup");
    }

    @Test
    void sendsPostgresqlUsersToTheirOwnTools() {
        int status = BackupCommands.run("backup", List.of("x.zip"), Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://db/blog"),
                new PrintStream(out), new PrintStream(err));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("pg_dump");
    }

    private int command(String name, String... args) {
        return BackupCommands.run(name, List.of(args), Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static JdbcClient database(Path dataDir) {
        return JdbcClient.create(new DriverManagerDataSource("jdbc:sqlite:" + dataDir.resolve("reelpress.db")));
    }

    /** Every table's rows in storage order, as strings: what "nothing lost" means. */
    private static Map<String, List<String>> everyRow(Path dataDir) {
        JdbcClient db = database(dataDir);
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (String table : db.sql("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").query(String.class).list()) {
            tables.put(table, db.sql("SELECT * FROM \"" + table + "\"").query((rs, row) -> {
                List<String> values = new ArrayList<>();
                for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
                    values.add(String.valueOf(rs.getObject(column)));
                }
                return String.join("|", values);
            }).list());
        }
        return tables;
    }
}
