package org.reelpress.storage;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.sqlite.JDBC;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Gives the pool SQLite connections that keep their prepared statements ({@link KeptStatements}).
 * They are opened from the pool's own URL, with its settings; PostgreSQL prepares on the server by
 * itself and is left as it is.
 */
@Component
class KeepingStatements implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getDataSource() == null && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith(JDBC.PREFIX)) {
            pool.setDataSource(new SqliteConnections(pool.getJdbcUrl(), pool.getDataSourceProperties()));
        }
        return bean;
    }

    /** Opens SQLite connections that keep their statements; all the pool asks of its source. */
    private record SqliteConnections(String url, Properties settings) implements DataSource {

        @Override
        public Connection getConnection() throws SQLException {
            return KeptStatements.keeping(JDBC.createConnection(url, (Properties) settings.clone()));
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection(); // SQLite has no users
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("Not a wrapper of " + type.getName());
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
