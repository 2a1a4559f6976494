package org.reelpress.storage;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sqlite.core.CoreStatement;
import org.sqlite.core.DB;

/**
 * One SQLite connection that keeps the statements it prepared. The driver compiles each statement
 * afresh, and a review's few queries cost about as much to compile as to run; here a statement the
 * caller closes is reset (so no read snapshot outlives its query), its parameters cleared, and kept
 * for the next caller who prepares the same text on this connection. A statement is lent to one
 * caller at a time: preparing a text whose statement is still in use compiles another. The pool sits
 * above this connection and closes every statement it lent out when the connection is given back,
 * which here only puts them back; closing the connection itself closes them all.
 */
final class KeptStatements {

    /** The most statements one connection keeps; the blog's own queries number a few hundred at most. */
    static final int MOST_KEPT = 256;

    /** Settings that outlive a query; a statement that had any of them changed is closed, not kept. */
    private static final Set<String> LASTING_SETTINGS = Set.of("setMaxRows", "setLargeMaxRows", "setQueryTimeout",
            "setFetchSize", "setFetchDirection", "setMaxFieldSize", "setEscapeProcessing", "setCursorName",
            "setPoolable", "closeOnCompletion", "addBatch");

    private final Connection connection;
    private final Map<String, PreparedStatement> idle = new LinkedHashMap<>(64, 0.75f, true);

    private KeptStatements(Connection connection) {
        this.connection = connection;
    }

    /** {@code connection}, made to keep its prepared statements. */
    static Connection keeping(Connection connection) {
        KeptStatements kept = new KeptStatements(connection);
        return (Connection) Proxy.newProxyInstance(KeptStatements.class.getClassLoader(),
                new Class<?>[]{Connection.class}, (self, method, args) -> kept.onConnection(self, method, args));
    }

    private Object onConnection(Object self, Method method, Object[] args) throws Throwable {
        return switch (method.getName()) {
            case "prepareStatement" -> args.length == 1 ? lend((String) args[0], self) : call(connection, method, args);
            case "close" -> {
                closeIdle();
                yield call(connection, method, args);
            }
            case "equals" -> self == args[0];
            case "hashCode" -> System.identityHashCode(self);
            case "toString" -> "kept statements of " + connection;
            default -> call(connection, method, args);
        };
    }

    private PreparedStatement lend(String sql, Object owner) throws SQLException {
        PreparedStatement statement;
        synchronized (idle) {
            statement = idle.remove(sql);
        }
        if (statement == null) {
            statement = connection.prepareStatement(sql);
        }
        return new Lent(sql, statement, (Connection) owner).proxy();
    }

    /** Resets a statement its caller closed and keeps it; a second copy of a kept text is closed. */
    private void giveBack(String sql, PreparedStatement statement) throws SQLException {
        try {
            resetAndClear(statement);
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
        List<PreparedStatement> surplus = new ArrayList<>(1);
        synchronized (idle) {
            PreparedStatement displaced = idle.put(sql, statement);
            if (displaced != null) {
                surplus.add(displaced);
            }
            if (idle.size() > MOST_KEPT) {
                var eldest = idle.entrySet().iterator();
                surplus.add(eldest.next().getValue());
                eldest.remove();
            }
        }
        for (PreparedStatement closing : surplus) {
            closing.close();
        }
    }

    private static void resetAndClear(PreparedStatement statement) throws SQLException {
        if (statement instanceof CoreStatement sqlite && !sqlite.pointer.isClosed()) {
            sqlite.pointer.safeRunInt(DB::reset);
        }
        statement.clearParameters();
    }

    private void closeIdle() throws SQLException {
        List<PreparedStatement> closing;
        synchronized (idle) {
            closing = new ArrayList<>(idle.values());
            idle.clear();
        }
        SQLException failure = null;
        for (PreparedStatement statement : closing) {
            try {
                statement.close();
            } catch (SQLException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** A kept statement in one caller's hands, until that caller closes it. */
    private final class Lent {
        private final String sql;
        private final PreparedStatement statement;
        private final Connection owner;
        private boolean closed;
        private boolean keepable = true;

        Lent(String sql, PreparedStatement statement, Connection owner) {
            this.sql = sql;
            this.statement = statement;
            this.owner = owner;
        }

        PreparedStatement proxy() {
            return (PreparedStatement) Proxy.newProxyInstance(KeptStatements.class.getClassLoader(),
                    new Class<?>[]{PreparedStatement.class}, (self, method, args) -> on(self, method, args));
        }

        private Object on(Object self, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            switch (name) {
                case "close" -> {
                    close();
                    return null;
                }
                case "isClosed" -> {
                    return closed || statement.isClosed();
                }
                case "getConnection" -> {
                    return owner;
                }
                case "equals" -> {
                    return self == args[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(self);
                }
                case "toString" -> {
                    return statement.toString();
                }
                default -> {
                    if (closed) {
                        throw new SQLException("The statement is closed");
                    }
                    if (LASTING_SETTINGS.contains(name)) {
                        keepable = false;
                    }
                    return call(statement, method, args);
                }
            }
        }

        private void close() throws SQLException {
            if (closed) {
                return;
            }
            closed = true;
            if (keepable && !statement.isClosed()) {
                giveBack(sql, statement);
            } else {
                statement.close();
            }
        }
    }
}
