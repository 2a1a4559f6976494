package org.reelpress.site;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class SettingsRepository {

    private static final String SECRET = "secret";

    private static final Duration KEEP = Duration.ofSeconds(5);

    private record Cached(SiteSettings settings, long until) {
    }

    private final JdbcClient db;
    private volatile Cached cached;

    SettingsRepository(JdbcClient db) {
        this.db = db;
    }

    /**
     * The settings as parsed from the table, kept for a few seconds: a page asks for them several
     * times, and a change made here is seen at once. (A change made by another instance sharing the
     * database shows within {@link #KEEP}.)
     */
    public SiteSettings site() {
        Cached cached = this.cached;
        if (cached != null && cached.until() - System.nanoTime() > 0) {
            return cached.settings();
        }
        SiteSettings fresh = read();
        this.cached = new Cached(fresh, System.nanoTime() + KEEP.toNanos());
        return fresh;
    }

    private SiteSettings read() {
        Map<String, String> stored = db.sql("SELECT name, value FROM settings")
                .query((rs, n) -> Map.entry(rs.getString("name"), rs.getString("value")))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return SiteSettings.from(stored);
    }

    public void put(String name, String value) {
        db.sql("""
                INSERT INTO settings (name, value) VALUES (:name, :value)
                ON CONFLICT (name) DO UPDATE SET value = excluded.value""")
                .param("name", name).param("value", value).update();
        cached = null;
    }

    /** Reads the settings afresh on the next call, e.g. once a transaction that changed several has committed. */
    public void evict() {
        cached = null;
    }

    /** A random key made once per blog, for signing things that must not be guessed. */
    public String secret() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String fresh = HexFormat.of().formatHex(random);
        db.sql("INSERT INTO settings (name, value) VALUES (:name, :value) ON CONFLICT (name) DO NOTHING")
                .param("name", SECRET).param("value", fresh).update();
        return db.sql("SELECT value FROM settings WHERE name = :name")
                .param("name", SECRET).query(String.class).single();
    }
}
