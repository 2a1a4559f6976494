package org.reelpress.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class MigrationsTest {

    @Test
    void createTheSameTablesAndColumnsOnBothEngines() throws SQLException {
        Map<String, Set<String>> sqlite = tablesAndColumns(Engine.SQLITE);
        Map<String, Set<String>> postgresql = tablesAndColumns(Engine.POSTGRESQL);

        assertThat(sqlite).containsKeys("users", "identities", "works", "posts", "terms", "post_terms", "comments",
                "settings", "outbox", "subscriptions", "spam_tokens");
        assertThat(postgresql).isEqualTo(sqlite);
    }

    /** The blog's tables, each with its column names, lower-cased; Flyway's own history table left out. */
    private static Map<String, Set<String>> tablesAndColumns(Engine engine) throws SQLException {
        Map<String, Set<String>> tables = new TreeMap<>();
        try (Connection connection = engine.newMigratedDatabase().getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String schema = connection.getSchema();
            try (ResultSet rows = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (rows.next()) {
                    tables.put(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT), new TreeSet<>());
                }
            }
            tables.remove("flyway_schema_history");
            for (Map.Entry<String, Set<String>> table : tables.entrySet()) {
                try (ResultSet rows = meta.getColumns(null, schema, table.getKey(), "%")) {
                    while (rows.next()) {
                        table.getValue().add(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return tables;
    }
}
