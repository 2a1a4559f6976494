package org.reelpress.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * SQLite creates its file but not the folders above it: make them before the pool opens
 * its first connection, so a fresh checkout runs with no setup. Its driver's native library is
 * kept there too ({@link SqliteLibrary}).
 */
@Component
class DataDirectory implements BeanPostProcessor {

    private static final String SQLITE_PREFIX = "jdbc:sqlite:";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith(SQLITE_PREFIX)) {
            createFolderOf(pool.getJdbcUrl().substring(SQLITE_PREFIX.length()));
        }
        return bean;
    }

    private static void createFolderOf(String location) {
        String file = location.contains("?") ? location.substring(0, location.indexOf('?')) : location;
        if (file.isEmpty() || file.startsWith(":memory:") || file.startsWith("file:")) {
            return;
        }
        Path folder = Path.of(file).toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + folder, e);
        }
        SqliteLibrary.keepIn(folder);
    }
}
