package org.reelpress.storage;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Transactions that take their turn. SQLite lets one transaction at a time hold the database
 * (ours begin IMMEDIATE), and a connection that finds it taken polls with growing sleeps; the
 * group-commit writer, taking it again the moment it lets go, could keep a writer's save or a
 * sign-in waiting past the busy timeout ("database is locked"). Here every SQLite transaction
 * first queues, first come first served, for one lock in this process. PostgreSQL runs
 * transactions side by side, so there this is a plain transaction manager.
 */
class OneWriterAtATime extends JdbcTransactionManager {

    private final ReentrantLock turn = new ReentrantLock(true);
    private final Set<Object> holding = ConcurrentHashMap.newKeySet();
    private final boolean oneAtATime;

    OneWriterAtATime(DataSource dataSource, boolean oneAtATime) {
        super(dataSource);
        this.oneAtATime = oneAtATime;
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        if (!oneAtATime) {
            super.doBegin(transaction, definition);
            return;
        }
        turn.lock();
        try {
            super.doBegin(transaction, definition);
            holding.add(transaction);
        } catch (RuntimeException | Error e) {
            turn.unlock();
            throw e;
        }
    }

    @Override
    protected void doCleanupAfterCompletion(Object transaction) {
        try {
            super.doCleanupAfterCompletion(transaction);
        } finally {
            if (holding.remove(transaction)) {
                turn.unlock();
            }
        }
    }
}
