package org.reelpress.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reelpress.BlogTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GroupCommitTest extends BlogTest {

    @Autowired
    GroupCommit writes;

    @Autowired
    JdbcClient db;

    @BeforeEach
    void emptyTheScratchSettings() {
        db.sql("DELETE FROM settings WHERE name LIKE 'group-commit-%'").update();
    }

    @Test
    void everyWriteOfManyConcurrentCallersIsCommittedBeforeItsCallerHearsBack() throws Exception {
        int callers = 40;
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < callers; i++) {
                String name = "group-commit-" + i;
                answers.add(pool.submit(() -> {
                    go.await();
                    writes.write(() -> db.sql("INSERT INTO settings (name, value) VALUES (:name, 'x')")
                            .param("name", name).update());
                    // committed: a fresh connection outside any transaction sees it at once
                    return db.sql("SELECT COUNT(*) FROM settings WHERE name = :name").param("name", name)
                            .query(Integer.class).single() == 1;
                }));
            }
            go.countDown();
            for (Future<Boolean> answer : answers) {
                assertThat(answer.get()).isTrue();
            }
        }
        assertThat(scratchRows()).isEqualTo(callers);
    }

    @Test
    void aFailingWriteRollsBackAloneAndItsCallerGetsItsException() throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> good = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String name = "group-commit-good-" + i;
                good.add(pool.submit(() -> {
                    go.await();
                    return writes.write(() -> db.sql("INSERT INTO settings (name, value) VALUES (:name, 'x')")
                            .param("name", name).update());
                }));
            }
            Future<?> bad = pool.submit(() -> {
                go.await();
                return writes.write(() -> {
                    db.sql("INSERT INTO settings (name, value) VALUES ('group-commit-bad', 'x')").update();
                    throw new IllegalStateException("the caller changed its mind");
                });
            });
            go.countDown();
            for (Future<?> answer : good) {
                answer.get();
            }
            assertThatThrownBy(bad::get).hasRootCauseInstanceOf(IllegalStateException.class)
                    .hasRootCauseMessage("the caller changed its mind");
        }
        assertThat(scratchRows()).isEqualTo(10);
        assertThat(db.sql("SELECT COUNT(*) FROM settings WHERE name = 'group-commit-bad'").query(Integer.class).single())
                .isZero();
    }

    @Test
    void aWriteRunsInsideATransaction() {
        assertThat(writes.write(TransactionSynchronizationManager::isActualTransactionActive)).isTrue();
    }

    private int scratchRows() {
        return db.sql("SELECT COUNT(*) FROM settings WHERE name LIKE 'group-commit-%'").query(Integer.class).single();
    }
}
