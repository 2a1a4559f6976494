package org.reelpress.storage;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.sqlite.core.DB;
import org.sqlite.jdbc4.JDBC4PreparedStatement;

/**
 * A prepared statement that {@link KeepingConnection} keeps when its caller closes it. Made ready for
 * the next caller: its results closed and the statement reset, so no read snapshot (and no WAL read
 * lock) outlives its query, and its parameters and batch cleared. One that an error closed, or whose
 * caller changed a setting that would outlast the query, is closed for good instead. Its parameters
 * are cleared in Java only, never with {@code clearParameters()}: SQLite's {@code clear_bindings}
 * marks a statement whose plan looked at its parameters as expired, and the next run compiles it
 * again, which is the cost keeping it saves. A statement must be closed before its connection goes
 * back to the pool, as Spring's JDBC templates do: the pool closes what is left open, and a caller
 * who closed it only afterwards (a stream of rows left open past its transaction) would close it
 * under the next caller, who may hold it by then.
 */
final class KeptStatement extends JDBC4PreparedStatement {

    private final KeepingConnection keeper;
    private final boolean namesItsColumns;
    private boolean lent = true;
    private String[] columnNames;

    KeptStatement(KeepingConnection keeper, String sql) throws SQLException {
        super(keeper, sql);
        this.keeper = keeper;
        this.namesItsColumns = sql.indexOf('*') < 0; // a COUNT(*) or a product keeps none either: no loss worth a parser
    }

    String sql() {
        return sql;
    }

    void lend() {
        lent = true;
    }

    @Override
    public void close() throws SQLException {
        if (!lent) {
            return;
        }
        lent = false;
        if (!keeper.takeBack(this)) {
            super.close();
        }
    }

    /**
     * The driver forgets the names of a query's columns whenever its results close, which every run
     * begins with, and asks SQLite for each of them again: a call into native code and a new text for
     * each column of each query of every page. A statement that names its columns gets the same names
     * at every run, so they are handed back to its next results. One with a {@code *} does not: after a
     * schema change SQLite compiles it again, and the {@code *} then stands for the tables' new columns.
     */
    @Override
    public ResultSet getResultSet() throws SQLException {
        if (rs.colsMeta == null && namesItsColumns) {
            rs.colsMeta = columnNames;
        }
        ResultSet results = super.getResultSet();
        columnNames = rs.colsMeta;
        return results;
    }

    @Override
    public boolean isClosed() {
        return !lent || super.isClosed();
    }

    boolean readyForNext() {
        try {
            if (pointer.isClosed() || super.isClosed() || getMaxRows() != 0 || getQueryTimeout() != 0
                    || isCloseOnCompletion()) {
                return false;
            }
            rs.close();
            clearGeneratedKeys();
            clearBatch(); // empties the parameters too: the driver binds every one from there at each run
            pointer.safeRunInt(DB::reset);
            return true;
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /** Closes it for good: let go by its connection, or one copy too many. */
    void discard() {
        try {
            super.close();
        } catch (SQLException e) {
            // its connection is closing too, and finalizes what is left
        }
    }
}
