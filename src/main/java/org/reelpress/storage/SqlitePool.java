package org.reelpress.storage;

import com.zaxxer.hikari.HikariDataSource;
import org.sqlite.JDBC;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Gives the pool its SQLite connections from {@link SqliteConnections} (statements kept, SQLite's
 * own mutex left off), opened from the pool's URL with its settings. PostgreSQL's pool is left as
 * Spring Boot made it. Done before initialization, so that whatever wraps the pool afterwards wraps
 * this one.
 */
@Component
class SqlitePool implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getDataSource() == null && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith(JDBC.PREFIX)) {
            pool.setDataSource(new SqliteConnections(pool.getJdbcUrl(), pool.getDataSourceProperties()));
        }
        return bean;
    }
}
