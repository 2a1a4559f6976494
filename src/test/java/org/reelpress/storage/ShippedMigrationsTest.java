package org.reelpress.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Whether a start may skip Flyway: only when the database holds exactly the migrations shipped, unchanged. */
class ShippedMigrationsTest {

    private static boolean allApplied(DataSource database) {
        try {
            String location = MigrationsAtStart.LOCATION.replace("{vendor}", MigrationsAtStart.vendorOf(database));
            return ShippedMigrations.allApplied(database, location, new PathMatchingResourcePatternResolver());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void findsEveryMigrationAppliedRightAfterFlywayRan(Engine engine) {
        assertThat(allApplied(engine.newMigratedDatabase())).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void sendsANewMigrationToFlyway(Engine engine) {
        DataSource database = engine.newMigratedDatabase();
        JdbcClient.create(database).sql("DELETE FROM flyway_schema_history WHERE version = '20'").update();

        assertThat(allApplied(database)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void sendsAMigrationEditedSinceItRanToFlyway(Engine engine) {
        DataSource database = engine.newMigratedDatabase();
        JdbcClient.create(database).sql("UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '7'").update();

        assertThat(allApplied(database)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void sendsAFailedMigrationToFlyway(Engine engine) {
        DataSource database = engine.newMigratedDatabase();
        JdbcClient.create(database).sql("UPDATE flyway_schema_history SET success = false WHERE version = '20'").update();

        assertThat(allApplied(database)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void sendsADatabaseWithNoHistoryToFlyway(Engine engine) {
        assertThat(allApplied(new DriverManagerDataSource(engine.newDatabaseUrl()))).isFalse();
    }
}
