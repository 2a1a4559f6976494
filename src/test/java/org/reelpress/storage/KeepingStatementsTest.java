package org.reelpress.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.jdbc4.JDBC4ResultSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeepingStatementsTest {

    private static final String FILMS = "SELECT id, title FROM films WHERE id >= ? ORDER BY id";

    @TempDir
    Path folder;

    private String url;
    private KeepingConnection connection;
    private Connection other;

    @BeforeEach
    void openADatabaseOfThreeFilms() throws SQLException {
        url = "jdbc:sqlite:" + folder.resolve("films.db") + "?journal_mode=WAL&busy_timeout=10000";
        connection = (KeepingConnection) new SqliteConnections(url, new Properties()).getConnection();
        other = DriverManager.getConnection(url);
        try (Statement setUp = other.createStatement()) {
            setUp.executeUpdate("CREATE TABLE films (id INTEGER PRIMARY KEY, title TEXT NOT NULL)");
            setUp.executeUpdate("INSERT INTO films VALUES (1, 'Alien'), (2, 'Brazil'), (3, 'Cube')");
        }
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
        other.close();
    }

    @Test
    void theNextCallerOfTheSameTextGetsTheClosedStatementBackWithItsParametersCleared() throws SQLException {
        PreparedStatement first = connection.prepareStatement(FILMS);
        first.setInt(1, 2);
        assertThat(titles(first)).containsExactly("Brazil", "Cube");
        first.close();

        PreparedStatement second = connection.prepareStatement(FILMS);
        assertThat(second).isSameAs(first);
        assertThat(second.isClosed()).isFalse();
        assertThat(titles(second)).as("no parameter set: NULL, which matches no row").isEmpty();
        second.setInt(1, 3);
        assertThat(titles(second)).containsExactly("Cube");
        second.close();
    }

    @Test
    void aStatementIsClosedToItsCallerOnceGivenBack() throws SQLException {
        PreparedStatement statement = connection.prepareStatement(FILMS);
        statement.close();
        assertThat(statement.isClosed()).isTrue();
        statement.close(); // a second close changes nothing
        assertThat(connection.idleCount()).isEqualTo(1);
    }

    @Test
    void twoOpenUsesOfOneTextGetTwoStatements() throws SQLException {
        PreparedStatement first = connection.prepareStatement(FILMS);
        PreparedStatement second = connection.prepareStatement(FILMS);
        assertThat(second).isNotSameAs(first);
        first.setInt(1, 1);
        second.setInt(1, 3);
        try (ResultSet a = first.executeQuery(); ResultSet b = second.executeQuery()) {
            assertThat(a.next()).isTrue();
            assertThat(b.next()).isTrue();
            assertThat(a.getString(2)).isEqualTo("Alien");
            assertThat(b.getString(2)).isEqualTo("Cube");
        }
        first.close();
        second.close();
        assertThat(connection.idleCount()).as("one copy kept, the other closed").isEqualTo(1);
    }

    @Test
    void aQueryLeftHalfReadHoldsNoSnapshotOnceItsStatementIsClosed() throws SQLException {
        PreparedStatement reading = connection.prepareStatement(FILMS);
        reading.setInt(1, 1);
        ResultSet rows = reading.executeQuery();
        assertThat(rows.next()).isTrue();
        reading.close(); // its result set left open and unread, as a caller that stops early leaves it

        try (Statement writing = other.createStatement()) {
            writing.executeUpdate("INSERT INTO films VALUES (4, 'Dune')");
        }
        try (PreparedStatement counting = connection.prepareStatement("SELECT count(*) FROM films")) {
            assertThat(single(counting)).as("sees the film written after the first query").isEqualTo(4);
        }
        try (PreparedStatement again = connection.prepareStatement(FILMS)) {
            again.setInt(1, 1);
            assertThat(titles(again)).containsExactly("Alien", "Brazil", "Cube", "Dune");
        }
    }

    @Test
    void aStatementThatFailedIsNotHandedOutAgainAndItsTextStillWorks() throws SQLException {
        String insert = "INSERT INTO films (id, title) VALUES (?, ?)";
        PreparedStatement failing = connection.prepareStatement(insert);
        failing.setInt(1, 1);
        failing.setString(2, "Alien again");
        assertThatThrownBy(failing::executeUpdate).isInstanceOf(SQLException.class);
        failing.close();

        try (PreparedStatement next = connection.prepareStatement(insert)) {
            next.setInt(1, 5);
            next.setString(2, "Eraserhead");
            assertThat(next.executeUpdate()).isEqualTo(1);
        }
        try (PreparedStatement counting = connection.prepareStatement("SELECT count(*) FROM films")) {
            assertThat(single(counting)).isEqualTo(4);
        }
    }

    @Test
    void aStatementFromATransactionRolledBackWorksAfterwards() throws SQLException {
        String insert = "INSERT INTO films (id, title) VALUES (?, ?)";
        connection.setAutoCommit(false);
        try (PreparedStatement inserting = connection.prepareStatement(insert)) {
            inserting.setInt(1, 6);
            inserting.setString(2, "Fargo");
            inserting.executeUpdate();
        }
        connection.rollback();
        connection.setAutoCommit(true);

        try (PreparedStatement inserting = connection.prepareStatement(insert)) {
            inserting.setInt(1, 7);
            inserting.setString(2, "Gattaca");
            inserting.executeUpdate();
        }
        try (PreparedStatement reading = connection.prepareStatement(FILMS)) {
            reading.setInt(1, 4);
            assertThat(titles(reading)).containsExactly("Gattaca");
        }
        try (PreparedStatement reading = other.prepareStatement(FILMS)) {
            reading.setInt(1, 4);
            assertThat(titles(reading)).as("committed, seen by another connection").containsExactly("Gattaca");
        }
    }

    @Test
    void aKeptStatementReadsTheNewTablesAfterAMigrationChangedThem() throws SQLException {
        try (PreparedStatement reading = connection.prepareStatement(FILMS)) {
            reading.setInt(1, 1);
            assertThat(titles(reading)).containsExactly("Alien", "Brazil", "Cube");
        }
        // columns in another order, other rows
        rebuildFilmsElsewhere("title TEXT NOT NULL, year INTEGER, id INTEGER PRIMARY KEY", "'Heat', 1995, 8");
        try (PreparedStatement reading = connection.prepareStatement(FILMS)) {
            reading.setInt(1, 1);
            try (ResultSet rows = reading.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).isEqualTo(8);
                assertThat(rows.getString(2)).isEqualTo("Heat");
                assertThat(rows.next()).isFalse();
            }
        }
    }

    @Test
    void aKeptStatementOfEveryColumnFindsTheNewColumnsByNameAfterAMigrationReorderedThem() throws SQLException {
        String everyColumn = "SELECT * FROM films WHERE id >= ? ORDER BY id";
        try (PreparedStatement reading = connection.prepareStatement(everyColumn)) {
            reading.setInt(1, 1);
            try (ResultSet rows = reading.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString("title")).isEqualTo("Alien");
            }
        }
        // the same columns the other way round: names kept from before would read each as the other
        rebuildFilmsElsewhere("title TEXT NOT NULL, id INTEGER PRIMARY KEY", "'Heat', 8");
        try (PreparedStatement reading = connection.prepareStatement(everyColumn)) {
            reading.setInt(1, 1);
            try (ResultSet rows = reading.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString("title")).isEqualTo("Heat");
                assertThat(rows.getInt("id")).isEqualTo(8);
            }
        }
    }

    @Test
    void atMostSixtyFourAreKeptTheLeastRecentlyUsedLetGo() throws SQLException {
        List<PreparedStatement> closed = new ArrayList<>();
        for (int i = 0; i < KeepingConnection.MOST_KEPT + 6; i++) {
            PreparedStatement statement = connection.prepareStatement("SELECT " + i);
            statement.close();
            closed.add(statement);
        }
        assertThat(connection.idleCount()).isEqualTo(KeepingConnection.MOST_KEPT);
        assertThat(((KeptStatement) closed.getFirst()).pointer.isClosed()).as("the oldest, let go").isTrue();
        assertThat(((KeptStatement) closed.getLast()).pointer.isClosed()).isFalse();
        try (PreparedStatement first = connection.prepareStatement("SELECT 0")) {
            assertThat(first).isNotSameAs(closed.getFirst());
            assertThat(single(first)).isEqualTo(0);
        }
    }

    @Test
    void closingTheConnectionClosesItsStatementsKeptAndLent() throws SQLException {
        PreparedStatement kept = connection.prepareStatement(FILMS);
        kept.close();
        PreparedStatement lent = connection.prepareStatement("SELECT count(*) FROM films");

        connection.close();

        assertThat(((KeptStatement) kept).pointer.isClosed()).isTrue();
        assertThat(((KeptStatement) lent).pointer.isClosed()).isTrue();
        lent.close(); // its caller closing it late is no error
        assertThat(connection.idleCount()).isZero();
        assertThatThrownBy(() -> connection.prepareStatement(FILMS)).isInstanceOf(SQLException.class);
    }

    @Test
    void aStatementWhoseCallerChangedALastingSettingIsNotKept() throws SQLException {
        PreparedStatement limited = connection.prepareStatement(FILMS);
        limited.setMaxRows(1);
        limited.close();
        try (PreparedStatement next = connection.prepareStatement(FILMS)) {
            assertThat(next).isNotSameAs(limited);
            next.setInt(1, 1);
            assertThat(titles(next)).hasSize(3);
        }
    }

    @Test
    void theUrlsOwnOpenModeIsKept() throws SQLException {
        String readOnly = url + "&open_mode=1";
        try (Connection reading = new SqliteConnections(readOnly, new Properties()).getConnection();
             PreparedStatement writing = reading.prepareStatement("INSERT INTO films VALUES (9, 'Ikiru')")) {
            assertThatThrownBy(writing::executeUpdate).hasMessageContaining("readonly");
        }
    }

    @Test
    void aQueryCancelledFromAnotherThreadStopsAndItsTextStillWorks() throws Exception {
        String endless = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n";
        PreparedStatement counting = connection.prepareStatement(endless);
        Thread canceller = Thread.ofPlatform().start(() -> {
            try {
                Thread.sleep(200);
                counting.cancel(); // sqlite3_interrupt, the one call made from another thread
            } catch (InterruptedException | SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThatThrownBy(counting::executeQuery).hasMessageContaining("interrupt");
        canceller.join();
        counting.close();
        try (PreparedStatement reading = connection.prepareStatement(FILMS)) {
            reading.setInt(1, 3);
            assertThat(titles(reading)).containsExactly("Cube");
        }
    }

    @Test
    void aKeptStatementKeepsItsColumnNamesAndFindsColumnsByNameAtEveryRun() throws SQLException {
        String byName = "SELECT id AS film, title AS \"Film Title\" FROM films WHERE id >= ? ORDER BY id";
        String[] firstNames = null;
        for (int run = 1; run <= 3; run++) {
            try (PreparedStatement statement = connection.prepareStatement(byName)) {
                statement.setInt(1, run);
                try (ResultSet rows = statement.executeQuery()) {
                    assertThat(rows.getMetaData().getColumnName(2)).isEqualTo("Film Title");
                    // the names the driver finds columns by: asked of SQLite at the first run only
                    String[] names = rows.unwrap(JDBC4ResultSet.class).colsMeta;
                    assertThat(names).containsExactly("film", "Film Title");
                    if (firstNames == null) {
                        firstNames = names;
                    }
                    assertThat(names).isSameAs(firstNames);
                    assertThat(rows.next()).isTrue();
                    assertThat(rows.getInt("FILM")).isEqualTo(run);
                    assertThat(rows.getString("film title")).isEqualTo(List.of("Alien", "Brazil", "Cube").get(run - 1));
                }
            }
        }
        assertThat(connection.idleCount()).isEqualTo(1);
    }

    /** Another connection rebuilds the films table as a migration would: these columns, this one row. */
    private void rebuildFilmsElsewhere(String columns, String row) throws SQLException {
        try (Statement migrating = other.createStatement()) {
            migrating.executeUpdate("CREATE TABLE films_new (" + columns + ")");
            migrating.executeUpdate("INSERT INTO films_new VALUES (" + row + ")");
            migrating.executeUpdate("DROP TABLE films");
            migrating.executeUpdate("ALTER TABLE films_new RENAME TO films");
        }
    }

    private static List<String> titles(PreparedStatement statement) throws SQLException {
        List<String> titles = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                titles.add(rows.getString("title"));
            }
        }
        return titles;
    }

    private static int single(PreparedStatement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
