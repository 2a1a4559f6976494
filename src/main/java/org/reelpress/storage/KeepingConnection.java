package org.reelpress.storage;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.sqlite.jdbc4.JDBC4Connection;

/**
 * A SQLite connection that keeps the statements it prepared. The driver compiles each statement
 * afresh, and compiling a review's comment query costs a sixth of running it. A statement its caller
 * closes is made ready again ({@link KeptStatement#readyForNext}) and kept for the next caller who
 * prepares the same text; one caller at a time: preparing a text whose statement is in use compiles
 * another. The pool sits above and closes what it lent when a connection comes back, which here
 * only puts the statements back; closing this connection closes them all. At most {@link #MOST_KEPT}
 * are kept, the least recently used let go first. A subclass of the driver's own connection rather
 * than a wrapper, so each call costs what it cost before.
 */
final class KeepingConnection extends JDBC4Connection {

    /** The most idle statements one connection keeps; a page runs a handful, the whole blog some dozens. */
    static final int MOST_KEPT = 64;

    private final Map<String, KeptStatement> idle = new LinkedHashMap<>(32, 0.75f, true);
    private boolean closing;

    KeepingConnection(String url, String fileName, Properties settings) throws SQLException {
        super(url, fileName, settings);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int type, int concurrency, int holdability)
            throws SQLException {
        checkOpen();
        checkCursor(type, concurrency, holdability);
        KeptStatement statement;
        synchronized (idle) {
            statement = idle.remove(sql);
        }
        if (statement == null) {
            return new KeptStatement(this, sql);
        }
        statement.lend();
        return statement;
    }

    /** Keeps a statement its caller closed, if it can be made ready for the next; false to close it. */
    boolean takeBack(KeptStatement statement) {
        if (!statement.readyForNext()) {
            return false;
        }
        List<KeptStatement> surplus = new ArrayList<>(1);
        synchronized (idle) {
            if (closing) {
                return false;
            }
            KeptStatement displaced = idle.put(statement.sql(), statement);
            if (displaced != null) {
                surplus.add(displaced); // two callers had the same text at once; one copy is enough
            }
            if (idle.size() > MOST_KEPT) {
                var eldest = idle.values().iterator();
                surplus.add(eldest.next());
                eldest.remove();
            }
        }
        surplus.forEach(KeptStatement::discard);
        return true;
    }

    /** How many statements wait for a caller; for tests. */
    int idleCount() {
        synchronized (idle) {
            return idle.size();
        }
    }

    @Override
    public void close() throws SQLException {
        List<KeptStatement> kept;
        synchronized (idle) {
            closing = true;
            kept = new ArrayList<>(idle.values());
            idle.clear();
        }
        kept.forEach(KeptStatement::discard);
        super.close();
    }
}
