package org.reelpress.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reelpress.BlogTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The blog's own pool, on SQLite: its connections keep their statements and run without SQLite's mutex. */
class SqlitePoolTest extends BlogTest {

    @Autowired
    DataSource database;

    @Autowired
    JdbcClient db;

    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void emptyTheScratchSettings() {
        db.sql("DELETE FROM settings WHERE name LIKE 'pool-test-%'").update();
    }

    @Test
    void aConnectionFromThePoolHandsTheSameStatementToItsNextCaller() throws Exception {
        try (Connection connection = database.getConnection()) {
            assertThat(connection.isWrapperFor(KeepingConnection.class)).isTrue();
            PreparedStatement first = connection.prepareStatement("SELECT value FROM settings WHERE name = ?");
            KeptStatement kept = first.unwrap(KeptStatement.class);
            first.close();
            try (PreparedStatement second = connection.prepareStatement("SELECT value FROM settings WHERE name = ?")) {
                assertThat(second.unwrap(KeptStatement.class)).isSameAs(kept);
            }
        }
    }

    @Test
    void readersAndWritersOnManyThreadsAtOnceSeeEveryCommittedWrite() throws Exception {
        int writers = 4;
        int readers = 8;
        int writes = 150;
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> work = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(writers + readers)) {
            for (int w = 0; w < writers; w++) {
                String writer = "pool-test-" + w + "-";
                work.add(threads.submit(() -> {
                    go.await();
                    for (int i = 0; i < writes; i++) {
                        String name = writer + i;
                        String value = "v" + i;
                        transactions.executeWithoutResult(status -> db.sql(
                                "INSERT INTO settings (name, value) VALUES (:name, :value)")
                                .param("name", name).param("value", value).update());
                        assertThat(db.sql("SELECT value FROM settings WHERE name = :name").param("name", name)
                                .query(String.class).single()).isEqualTo(value);
                    }
                    return null;
                }));
            }
            for (int r = 0; r < readers; r++) {
                work.add(threads.submit(() -> {
                    go.await();
                    int last = 0;
                    for (int i = 0; i < writes * 2; i++) {
                        List<String> names = db.sql("SELECT name FROM settings WHERE name LIKE 'pool-test-%' ORDER BY name")
                                .query(String.class).list();
                        assertThat(names.size()).as("committed rows never disappear").isGreaterThanOrEqualTo(last);
                        assertThat(names).allMatch(name -> name.startsWith("pool-test-"));
                        last = names.size();
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> done : work) {
                done.get();
            }
        }
        assertThat(db.sql("SELECT COUNT(*) FROM settings WHERE name LIKE 'pool-test-%'").query(Integer.class).single())
                .isEqualTo(writers * writes);
    }
}
