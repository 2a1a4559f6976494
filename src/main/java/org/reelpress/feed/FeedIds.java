package org.reelpress.feed;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lasting ids for feeds and their entries, as {@code urn:uuid:} names: a post keeps its id when
 * its slug, its date, the permalink structure or the blog's address changes, so feed readers never
 * show it twice. Each id is a name-based UUID of the blog's own namespace (made once, kept in
 * the settings table) and what it names, such as {@code post/42}.
 */
@Component
class FeedIds {

    private static final String NAMESPACE = "feed_id_namespace";

    private final JdbcClient db;
    private volatile String namespace;

    FeedIds(JdbcClient db) {
        this.db = db;
    }

    String ofPost(long id) {
        return of("post/" + id);
    }

    /** The id of a feed, such as {@code site}, {@code category/3} or {@code comments}. */
    String ofFeed(String name) {
        return of("feed/" + name);
    }

    private String of(String name) {
        byte[] bytes = (namespace() + "/" + name).getBytes(StandardCharsets.UTF_8);
        return "urn:uuid:" + UUID.nameUUIDFromBytes(bytes);
    }

    private String namespace() {
        String known = namespace;
        if (known == null) {
            db.sql("INSERT INTO settings (name, value) VALUES (:name, :value) ON CONFLICT (name) DO NOTHING")
                    .param("name", NAMESPACE).param("value", UUID.randomUUID().toString()).update();
            known = db.sql("SELECT value FROM settings WHERE name = :name").param("name", NAMESPACE)
                    .query(String.class).single();
            namespace = known;
        }
        return known;
    }
}
