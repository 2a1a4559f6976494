package org.reelpress.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.reelpress.post.PostChanged;
import org.reelpress.storage.Engine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Several blog instances share one database: each runs the scheduler, and each due post is still
 * published, and announced, exactly once.
 */
class PublishingOnceTest {

    private static final int POSTS = 30;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void twoInstancesCatchingUpAtOncePublishEachDuePostOnce(Engine engine) throws Exception {
        DataSource database = engine.newMigratedDatabase();
        JdbcClient db = JdbcClient.create(database);
        long now = Instant.now().toEpochMilli();
        long author = db.sql("""
                INSERT INTO users (login, email, display_name, role, created_at)
                VALUES ('writer', 'writer@example.org', 'Writer', 'author', :now) RETURNING id""")
                .param("now", now).query(Long.class).single();
        for (int i = 0; i < POSTS; i++) {
            db.sql("""
                    INSERT INTO posts (slug, title, markdown, html, excerpt, status, author_id, published_at, created_at, updated_at)
                    VALUES (:slug, 'Due', '', '', '', 'scheduled', :author, :due, :now, :now)""")
                    .param("slug", "due-" + i).param("author", author).param("due", now - 60_000L * (i + 1))
                    .param("now", now).update();
        }
        List<Long> announced = Collections.synchronizedList(new ArrayList<>());
        List<ScheduledPublishing> instances = List.of(instance(database, announced), instance(database, announced));

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Long>>> runs = new ArrayList<>();
            for (ScheduledPublishing instance : instances) {
                runs.add(threads.submit(() -> {
                    start.await();
                    List<Long> published = new ArrayList<>();
                    for (int round = 0; round < 3; round++) {
                        published.addAll(instance.publishDue());
                    }
                    return published;
                }));
            }
            start.countDown();
            List<Long> published = new ArrayList<>();
            for (Future<List<Long>> run : runs) {
                published.addAll(run.get());
            }
            assertThat(published).hasSize(POSTS).doesNotHaveDuplicates();
            assertThat(announced).hasSize(POSTS).doesNotHaveDuplicates();
            assertThat(db.sql("SELECT COUNT(*) FROM posts WHERE status = 'published'").query(Integer.class).single())
                    .isEqualTo(POSTS);
        } finally {
            threads.shutdownNow();
        }
    }

    private static ScheduledPublishing instance(DataSource database, List<Long> announced) {
        return new ScheduledPublishing(JdbcClient.create(database), Clock.systemUTC(),
                event -> announced.add(((PostChanged) event).postId()),
                new TransactionTemplate(new DataSourceTransactionManager(database)));
    }
}
