package org.reelpress.storage;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.boot.flyway.autoconfigure.FlywayProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Migrates the database at start, as Spring Boot would, but builds Flyway only when there is
 * something to migrate ({@link ShippedMigrations}). Building it costs more than a second of CPU
 * (it resolves its configuration by writing and reading JSON), and on most starts it finds the
 * schema current. Other beans still wait for this one before they touch the database.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "spring.flyway.enabled", matchIfMissing = true)
class MigrationsAtStart {

    // Spring Boot's Flyway bean, built only when first used
    @Bean
    static BeanFactoryPostProcessor flywayWhenNeeded() {
        return factory -> {
            for (String name : factory.getBeanNamesForType(Flyway.class, true, false)) {
                factory.getBeanDefinition(name).setLazyInit(true);
            }
        };
    }

    @Bean
    FlywayMigrationInitializer flywayInitializer(@Lazy Flyway flyway, DataSource database, FlywayProperties settings,
            ResourcePatternResolver resources) {
        return new FlywayMigrationInitializer(flyway, lazyFlyway -> {
            if (!readsLikeTheDefault(settings) || !ShippedMigrations.allApplied(database, settings.getLocations(), resources)) {
                lazyFlyway.migrate();
            }
        });
    }

    /** The check reads the default history table through the blog's own connections; other settings leave it to Flyway. */
    private static boolean readsLikeTheDefault(FlywayProperties settings) {
        return settings.getUrl() == null && settings.getSchemas().isEmpty() && settings.getDefaultSchema() == null
                && ShippedMigrations.HISTORY.equals(settings.getTable());
    }
}
