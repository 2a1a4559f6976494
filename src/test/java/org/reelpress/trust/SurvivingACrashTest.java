package org.reelpress.trust;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.reelpress.storage.Engine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readers post comments while the blog is killed with SIGKILL at random moments, again and again;
 * after the last restart every comment the blog acknowledged must be there, whole, and the blog
 * must serve its pages. The short form that CI runs: a few rounds of a few seconds on each engine
 * (raise {@code reelpress.crash.rounds} for a longer soak).
 */
@ParameterizedClass
@EnumSource(Engine.class)
class SurvivingACrashTest {

    private static final int ROUNDS = Integer.getInteger("reelpress.crash.rounds", 3);
    private static final int READERS = 8;

    private final Engine engine;

    @TempDir
    Path dataDir;

    SurvivingACrashTest(Engine engine) {
        this.engine = engine;
    }

    @Test
    void everyAcknowledgedCommentIsThereWholeAfterTheBlogIsKilled() {
        String database = engine.newDatabaseUrl();
        Map<Long, String> acknowledged = new HashMap<>();
        for (int round = 1; round <= ROUNDS; round++) {
            BlogProcess blog = BlogProcess.start(database, dataDir);
            try (Commenters readers = Commenters.start(blog, READERS)) {
                BlogProcess.sleep(Duration.ofMillis(ThreadLocalRandom.current().nextLong(1_500, 4_000)));
                blog.kill();
                readers.close();
                acknowledged.putAll(readers.acknowledged());
                System.out.printf("%s, round %d: %d comments acknowledged before SIGKILL, %d refused%n",
                        engine, round, readers.acknowledged().size(), readers.refused());
            }
        }
        assertThat(acknowledged).as("comments acknowledged before the crashes").hasSizeGreaterThan(ROUNDS);

        BlogProcess blog = BlogProcess.start(database, dataDir);
        try {
            JdbcClient db = JdbcClient.create(new DriverManagerDataSource(database));
            Map<Long, String> stored = new HashMap<>();
            db.sql("SELECT id, body FROM comments").query((rs, row) -> stored.put(rs.getLong("id"), rs.getString("body"))).list();
            assertThat(stored).as("every acknowledged comment, with its text").containsAllEntriesOf(acknowledged);
            List<String> halfWritten = db.sql("""
                    SELECT CAST(id AS VARCHAR(20)) FROM comments
                    WHERE path = '' OR body_html = '' OR (parent_id IS NULL AND depth <> 1)""").query(String.class).list();
            assertThat(halfWritten).as("comments without their path or rendered text").isEmpty();
        } finally {
            blog.kill();
        }
    }
}
