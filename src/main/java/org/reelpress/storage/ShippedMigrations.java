package org.reelpress.storage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32;

import javax.sql.DataSource;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The migrations this build ships, compared with the ones the database records as applied. When
 * both hold the same versions with the same checksums and none failed, Flyway would find nothing
 * to do or to report, so the blog need not start it. Any doubt (no history yet, a new or edited
 * migration, a failed one) answers "no", and Flyway decides.
 */
final class ShippedMigrations {

    private ShippedMigrations() {
    }

    /** Whether {@code database} already has every migration in {@code location} (a folder such as {@code classpath:db/migration/sqlite}), unchanged. */
    static boolean allApplied(DataSource database, String location, ResourcePatternResolver resources) {
        try (Connection connection = database.getConnection()) {
            Map<String, Integer> shipped = shipped(location, resources);
            return !shipped.isEmpty() && shipped.equals(applied(connection));
        } catch (SQLException | IOException | RuntimeException e) {
            return false;
        }
    }

    /** Version → checksum of each versioned migration; empty when the folder holds a kind of script Flyway alone understands. */
    private static Map<String, Integer> shipped(String location, ResourcePatternResolver resources) throws IOException {
        Map<String, Integer> versions = new HashMap<>();
        for (Resource script : resources.getResources(location + "/*.sql")) {
            String name = script.getFilename();
            if (name == null || !name.startsWith("V") || !name.contains("__")) {
                return Map.of();
            }
            versions.put(name.substring(1, name.indexOf("__")).replace('_', '.'), checksumOf(script));
        }
        return versions;
    }

    /** Version → checksum of each migration the history records; empty when one failed. */
    private static Map<String, Integer> applied(Connection connection) throws SQLException {
        Map<String, Integer> versions = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version, checksum, success FROM flyway_schema_history")) {
            while (rows.next()) {
                if (!rows.getBoolean("success") || rows.getString("version") == null) {
                    return Map.of();
                }
                versions.put(rows.getString("version"), rows.getInt("checksum"));
            }
        }
        return versions;
    }

    /** Flyway's checksum: CRC-32 over the UTF-8 bytes of each line without its line ending, a leading byte order mark left out. */
    private static int checksumOf(Resource script) throws IOException {
        CRC32 crc = new CRC32();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(script.getInputStream(), StandardCharsets.UTF_8))) {
            String line = lines.readLine();
            if (line != null && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            for (; line != null; line = lines.readLine()) {
                crc.update(line.getBytes(StandardCharsets.UTF_8));
            }
        }
        return (int) crc.getValue();
    }
}
