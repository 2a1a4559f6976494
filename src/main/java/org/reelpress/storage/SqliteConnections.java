package org.reelpress.storage;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;

import org.sqlite.JDBC;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteOpenMode;

/**
 * Opens the pool's SQLite connections: each keeps its prepared statements ({@link KeepingConnection})
 * and is opened without SQLite's per-connection mutex ({@code SQLITE_OPEN_NOMUTEX}). That mutex
 * guards a connection used by two threads at once, which never happens here: the pool lends a
 * connection to one thread at a time, and the driver itself runs every call on a connection inside
 * one Java lock (its {@code DB}'s synchronized methods, which statements go through too). The one
 * call made from another thread, {@code Statement.cancel} ({@code sqlite3_interrupt}), takes no mutex
 * in SQLite either way. Without it, each of the thousands of column reads a page makes is cheaper.
 * A URL that names its own {@code open_mode} keeps it.
 */
final class SqliteConnections extends SQLiteDataSource {

    static final String OPEN_MODE = "open_mode";
    static final int READ_WRITE_CREATE_NO_MUTEX =
            SQLiteOpenMode.READWRITE.flag | SQLiteOpenMode.CREATE.flag | SQLiteOpenMode.NOMUTEX.flag;

    private final Properties settings;

    SqliteConnections(String url, Properties settings) {
        setUrl(url);
        this.settings = settings;
    }

    @Override
    public SQLiteConnection getConnection(String username, String password) throws SQLException { // SQLite has no users
        Properties opening = new Properties();
        opening.putAll(settings);
        if (!namesItsOpenMode(getUrl())) { // the driver lets these settings win over the URL's
            opening.putIfAbsent(OPEN_MODE, String.valueOf(READ_WRITE_CREATE_NO_MUTEX));
        }
        return new KeepingConnection(getUrl(), getUrl().substring(JDBC.PREFIX.length()), opening);
    }

    private static boolean namesItsOpenMode(String url) {
        int query = url.indexOf('?');
        return query >= 0 && Arrays.stream(url.substring(query + 1).split("&"))
                .anyMatch(parameter -> parameter.trim().toLowerCase(Locale.ROOT).startsWith(OPEN_MODE + "="));
    }
}
