package org.reelpress.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sqlite.jdbc4.JDBC4PreparedStatement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeptStatementsTest {

    private static final String NAMES_FROM = "SELECT name FROM things WHERE id >= ? ORDER BY id";

    private HikariDataSource pool;

    @BeforeEach
    void openAPoolAsTheBlogDoes() throws SQLException {
        pool = new HikariDataSource();
        pool.setJdbcUrl(Engine.SQLITE.newDatabaseUrl());
        pool.setMaximumPoolSize(2);
        new KeepingStatements().postProcessAfterInitialization(pool, "dataSource");
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT NOT NULL)");
            statement.execute("INSERT INTO things (id, name) VALUES (1, 'one'), (2, 'two'), (3, 'three')");
        }
    }

    @AfterEach
    void closeThePool() {
        pool.close();
    }

    @Test
    void theSameStatementServesTheNextCallerOfTheSameTextAfterTheConnectionWentBackToThePool() throws SQLException {
        PreparedStatement first = underlying(NAMES_FROM);
        PreparedStatement second = underlying(NAMES_FROM);

        assertThat(second).isSameAs(first);
        assertThat(first.isClosed()).isFalse();
        assertThat(underlying("SELECT COUNT(*) FROM things")).isNotSameAs(first);
    }

    @Test
    void aQueryLeftHalfReadHoldsNoSnapshotOnceItsStatementIsClosed() throws SQLException {
        try (Connection reader = pool.getConnection(); Connection writer = pool.getConnection()) {
            try (PreparedStatement names = reader.prepareStatement(NAMES_FROM)) {
                names.setInt(1, 1);
                ResultSet rows = names.executeQuery();
                assertThat(rows.next()).isTrue(); // two rows left unread
            }
            try (Statement write = writer.createStatement()) {
                write.execute("INSERT INTO things (id, name) VALUES (4, 'four')");
            }
            try (PreparedStatement count = reader.prepareStatement("SELECT COUNT(*) FROM things");
                 ResultSet rows = count.executeQuery()) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(4); // another query on the reader sees the write
            }
        }
    }

    @Test
    void aKeptStatementForgetsTheLastCallersParameters() throws SQLException {
        try (Connection connection = pool.getConnection()) {
            assertThat(names(connection, 3)).containsExactly("three");
            try (PreparedStatement again = connection.prepareStatement(NAMES_FROM)) {
                assertThat(unbound(again)).isTrue();
            }
        }
    }

    @Test
    void twoCallersOfOneTextAtOnceEachGetTheirOwnStatement() throws SQLException {
        try (Connection connection = pool.getConnection();
             PreparedStatement outer = connection.prepareStatement(NAMES_FROM)) {
            outer.setInt(1, 2);
            List<String> pairs = new ArrayList<>();
            try (ResultSet rows = outer.executeQuery()) {
                while (rows.next()) {
                    pairs.add(rows.getString(1) + ":" + String.join(",", names(connection, 3)));
                }
            }
            assertThat(pairs).containsExactly("two:three", "three:three");
        }
    }

    @Test
    void aStatementThatFailedServesTheNextCallerAndTheTransactionRollsBackAsAsked() throws SQLException {
        String insert = "INSERT INTO things (id, name) VALUES (?, ?)";
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement add = connection.prepareStatement(insert)) {
                add.setInt(1, 1);
                add.setString(2, "again");
                assertThatThrownBy(add::executeUpdate).isInstanceOf(SQLException.class);
            }
            try (PreparedStatement add = connection.prepareStatement(insert)) {
                add.setInt(1, 5);
                add.setString(2, "five");
                assertThat(add.executeUpdate()).isEqualTo(1);
            }
            assertThat(names(connection, 5)).containsExactly("five");
            connection.rollback();
            connection.setAutoCommit(true);
            assertThat(names(connection, 1)).containsExactly("one", "two", "three");
        }
    }

    @Test
    void aStatementWhoseLimitsWereChangedIsClosedRatherThanKept() throws SQLException {
        PreparedStatement limited;
        try (Connection connection = pool.getConnection();
             PreparedStatement names = connection.prepareStatement(NAMES_FROM)) {
            names.setMaxRows(1);
            limited = names.unwrap(JDBC4PreparedStatement.class);
        }
        assertThat(limited.isClosed()).isTrue();
        try (Connection connection = pool.getConnection()) {
            assertThat(names(connection, 1)).containsExactly("one", "two", "three");
        }
    }

    @Test
    void closingTheConnectionClosesTheStatementsItKept() throws SQLException {
        PreparedStatement kept = underlying(NAMES_FROM);

        pool.close();

        assertThat(kept.isClosed()).isTrue();
    }

    @Test
    void aClosedStatementCannotBeUsedAgainByTheCallerWhoClosedIt() throws SQLException {
        try (Connection connection = pool.getConnection()) {
            PreparedStatement names = connection.prepareStatement(NAMES_FROM);
            names.close();
            assertThat(names.isClosed()).isTrue();
            assertThatThrownBy(() -> names.setInt(1, 1)).isInstanceOf(SQLException.class);
        }
    }

    /** The driver's statement behind the one the pool lends for {@code sql}, used once and given back with its connection. */
    private PreparedStatement underlying(String sql) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            PreparedStatement statement = connection.prepareStatement(sql);
            statement.executeQuery().next();
            return statement.unwrap(JDBC4PreparedStatement.class);
        }
    }

    private static List<String> names(Connection connection, int from) throws SQLException {
        try (PreparedStatement names = connection.prepareStatement(NAMES_FROM)) {
            names.setInt(1, from);
            List<String> found = new ArrayList<>();
            try (ResultSet rows = names.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
            return found;
        }
    }

    /** Whether running {@code statement} without binding its parameter finds no bound value left over. */
    private static boolean unbound(PreparedStatement statement) {
        try (ResultSet rows = statement.executeQuery()) {
            return !rows.next(); // id >= NULL matches nothing
        } catch (SQLException notBound) {
            return true;
        }
    }
}
