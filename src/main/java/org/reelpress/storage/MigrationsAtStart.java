package org.reelpress.storage;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Migrates the database at start, before any bean that reads it ({@link MigrationsFirst} puts
 * them after this one), with the migrations for its engine. Flyway is built only when there is
 * something to migrate ({@link ShippedMigrations}): building Flyway 13 costs more than a second of
 * CPU (it resolves its configuration by writing and reading JSON), and most starts find the schema
 * current. This replaces Spring Boot's Flyway start-up, which builds it every time
 * ({@code spring.flyway.enabled=false}).
 */
@Component
class MigrationsAtStart implements InitializingBean {

    static final String LOCATION = "classpath:db/migration/{vendor}";

    private final DataSource database;
    private final ResourcePatternResolver resources;

    MigrationsAtStart(DataSource database, ResourcePatternResolver resources) {
        this.database = database;
        this.resources = resources;
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        String location = LOCATION.replace("{vendor}", vendorOf(database));
        if (!ShippedMigrations.allApplied(database, location, resources)) {
            Flyway.configure(resources.getClassLoader()).dataSource(database).locations(location).load().migrate();
        }
    }

    /** The engine's name as the migration folders spell it: sqlite, postgresql. */
    static String vendorOf(DataSource database) throws SQLException {
        try (Connection connection = database.getConnection()) {
            return DatabaseDriver.fromJdbcUrl(connection.getMetaData().getURL()).getId();
        }
    }
}
