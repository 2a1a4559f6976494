package org.reelpress.cache;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.reelpress.site.SettingsRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells the other instances on the same PostgreSQL database what this one dropped from its page
 * cache (and that the settings changed), with {@code NOTIFY reelpress_pages}; they drop the same
 * ({@link PageNoticeListener}). A notice reads {@code <sender> evict <tag>...}, {@code <sender> clear}
 * or {@code <sender> settings}. On SQLite the blog is one process: nothing is sent.
 */
@Component
class PageNotices {

    static final String CHANNEL = "reelpress_pages";
    private static final Logger log = LoggerFactory.getLogger(PageNotices.class);

    /** This instance, so that it can skip its own notices. */
    final String sender = UUID.randomUUID().toString();
    final boolean shared;
    private final JdbcClient db;
    private final TransactionTemplate ownTransaction;
    private final PageCache cache;
    private final SettingsRepository settings;

    PageNotices(DataSourceProperties database, JdbcClient db, PlatformTransactionManager transactions, PageCache cache,
                SettingsRepository settings) {
        this.shared = String.valueOf(database.determineUrl()).startsWith("jdbc:postgresql:");
        this.db = db;
        // sent after the change committed: in a transaction of its own, never in the finished one
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.cache = cache;
        this.settings = settings;
    }

    void evicted(String... tags) {
        send("evict " + String.join(" ", tags));
    }

    void cleared() {
        send("clear");
    }

    void settingsChanged() {
        send("settings");
    }

    /** A failed notice must not fail the change, already committed: the others' pages stay until their next change. */
    private void send(String notice) {
        if (!shared) {
            return;
        }
        try {
            ownTransaction.executeWithoutResult(status -> db.sql("SELECT pg_notify(:channel, :payload)")
                    .param("channel", CHANNEL).param("payload", sender + " " + notice).query().singleRow());
        } catch (RuntimeException e) {
            log.warn("Could not tell the other instances to drop pages ({}): {}", notice, e.getMessage());
        }
    }

    /** Does what another instance's notice says; this instance's own notices and unknown ones change nothing. */
    void received(String payload) {
        List<String> words = Arrays.asList(payload.split(" "));
        if (words.size() < 2 || words.getFirst().equals(sender)) {
            return;
        }
        switch (words.get(1)) {
            case "evict" -> cache.evict(words.subList(2, words.size()).toArray(String[]::new));
            case "clear" -> cache.clear();
            case "settings" -> settings.evict();
            default -> log.debug("Ignored an unknown page notice: {}", payload);
        }
    }

    /** After a time without notices (they may have been missed): nothing kept may be trusted. */
    void forgetEverything() {
        cache.clear();
        settings.evict();
    }
}
