package org.reelpress.storage;

import java.util.Set;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Tells Spring Boot that {@link MigrationsAtStart} initializes the database, so the beans that
 * read it (JdbcClient, the session store...) are made after it. Listed in META-INF/spring.factories.
 */
class MigrationsFirst extends AbstractBeansOfTypeDatabaseInitializerDetector {

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(MigrationsAtStart.class);
    }
}
