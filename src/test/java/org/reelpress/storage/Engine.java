package org.reelpress.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The two databases the blog runs on, each handing tests fresh databases migrated as the blog
 * migrates its own. SQLite gets a new temporary file each time; PostgreSQL is one embedded server
 * for the whole test run, started on first use.
 */
public enum Engine {
    SQLITE, POSTGRESQL;

    /** A new, empty database, as a JDBC URL: a new file for SQLite, a new database on the PostgreSQL server. */
    public String newDatabaseUrl() {
        return switch (this) {
            case SQLITE -> "jdbc:sqlite:" + temporaryFile() + SqliteSettings.FROM_THE_BLOG;
            case POSTGRESQL -> Postgres.newDatabaseUrl();
        };
    }

    /**
     * A fresh database with the blog's tables, made by Flyway from this engine's migration folder.
     * On PostgreSQL it is a new schema in one shared database, reached through one small pool:
     * opening a PostgreSQL connection takes tens of milliseconds, so tests must not open one per statement.
     */
    public DataSource newMigratedDatabase() {
        DataSource database = switch (this) {
            case SQLITE -> new DriverManagerDataSource(newDatabaseUrl());
            case POSTGRESQL -> Postgres.newSchema();
        };
        Flyway.configure().dataSource(database)
                .locations("classpath:db/migration/" + name().toLowerCase(Locale.ROOT))
                .load().migrate();
        return database;
    }

    private static Path temporaryFile() {
        try {
            Path file = Files.createTempFile("reelpress-", ".db");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The parameters of the blog's own SQLite URL (WAL, synchronous=FULL, foreign keys...), read so they cannot drift. */
    private static final class SqliteSettings {
        static final String FROM_THE_BLOG = read();

        private static String read() {
            try (InputStream in = Engine.class.getResourceAsStream("/application.properties")) {
                Properties properties = new Properties();
                properties.load(in);
                String url = properties.getProperty("spring.datasource.url");
                return url.substring(url.indexOf('?'));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The embedded server, started when first asked for. {@link EmbeddedPostgres#start()} registers
     * a JVM shutdown hook that stops it and deletes its files.
     */
    private static final class Postgres {
        static final AtomicInteger COUNT = new AtomicInteger();
        static final EmbeddedPostgres SERVER = start();
        static final HikariDataSource SCHEMAS = new HikariDataSource(schemasPool());

        static String newDatabaseUrl() {
            String name = "reelpress_" + COUNT.incrementAndGet();
            execute(SERVER.getPostgresDatabase(), "CREATE DATABASE " + name);
            return SERVER.getJdbcUrl("postgres", name);
        }

        /** Every connection taken from the shared pool looks only into this new schema. */
        static DataSource newSchema() {
            String schema = "test_" + COUNT.incrementAndGet();
            execute(SCHEMAS, "CREATE SCHEMA " + schema);
            return new DelegatingDataSource(SCHEMAS) {
                @Override
                public Connection getConnection() throws SQLException {
                    Connection connection = super.getConnection();
                    connection.setSchema(schema);
                    return connection;
                }
            };
        }

        private static HikariConfig schemasPool() {
            HikariConfig pool = new HikariConfig();
            pool.setJdbcUrl(newDatabaseUrl());
            pool.setMaximumPoolSize(4);
            pool.setPoolName("test-schemas");
            return pool;
        }

        private static void execute(DataSource database, String sql) {
            try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot run " + sql, e);
            }
        }

        private static EmbeddedPostgres start() {
            try {
                return EmbeddedPostgres.start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
            }
        }
    }
}
