package org.reelpress.storage;

import javax.sql.DataSource;

import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;

/** The blog's transactions: on SQLite they take turns (see {@link OneWriterAtATime}). */
@Configuration(proxyBeanMethods = false)
class TransactionConfiguration {

    @Bean
    JdbcTransactionManager transactionManager(DataSource dataSource, DataSourceProperties database) {
        return new OneWriterAtATime(dataSource, String.valueOf(database.determineUrl()).startsWith("jdbc:sqlite:"));
    }
}
