package org.reelpress.work;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class WorkRepository {

    private final JdbcClient db;

    WorkRepository(JdbcClient db) {
        this.db = db;
    }

    public long create(NewWork work, Instant now) {
        return db.sql("""
                INSERT INTO works (kind, slug, title, original_title, year, creator, country, runtime_minutes, poster_id,
                                   created_at)
                VALUES (:kind, :slug, :title, :original, :year, :creator, :country, :runtime, :poster, :now) RETURNING id""")
                .param("kind", work.kind().column()).param("slug", work.slug()).param("title", work.title())
                .param("original", work.originalTitle()).param("year", work.year())
                .param("creator", work.creator()).param("country", work.country())
                .param("runtime", work.runtimeMinutes()).param("poster", work.posterId())
                .param("now", now.toEpochMilli())
                .query(Long.class).single();
    }

    public void update(long id, NewWork work) {
        db.sql("""
                UPDATE works SET kind = :kind, slug = :slug, title = :title, original_title = :original, year = :year,
                                 creator = :creator, country = :country, runtime_minutes = :runtime, poster_id = :poster
                WHERE id = :id""")
                .param("kind", work.kind().column()).param("slug", work.slug()).param("title", work.title())
                .param("original", work.originalTitle()).param("year", work.year())
                .param("creator", work.creator()).param("country", work.country())
                .param("runtime", work.runtimeMinutes()).param("poster", work.posterId())
                .param("id", id).update();
    }

    public Optional<Work> find(long id) {
        return db.sql("SELECT * FROM works WHERE id = :id").param("id", id)
                .query(WorkRepository::work).optional();
    }

    public Optional<Work> findBySlug(String slug) {
        return db.sql("SELECT * FROM works WHERE slug = :slug").param("slug", slug)
                .query(WorkRepository::work).optional();
    }

    /** Whether another work than {@code exceptId} already has this slug. */
    boolean slugTaken(String slug, long exceptId) {
        return db.sql("SELECT COUNT(*) FROM works WHERE slug = :slug AND id <> :id")
                .param("slug", slug).param("id", exceptId).query(Integer.class).single() > 0;
    }

    /** Every work, by title, for the admin list. */
    public List<Work> all() {
        return db.sql("SELECT * FROM works ORDER BY LOWER(title), id").query(WorkRepository::work).list();
    }

    /** The works whose poster is this image. */
    List<Work> withPoster(long mediaId) {
        return db.sql("SELECT * FROM works WHERE poster_id = :media ORDER BY id").param("media", mediaId)
                .query(WorkRepository::work).list();
    }

    /** The published reviews of a work, newest first. */
    List<WorkReview> reviews(long workId, int offset, int limit) {
        return db.sql("""
                SELECT id, slug, title, excerpt, rating, published_at FROM posts
                WHERE work_id = :work AND type = 'post' AND status = 'published'
                ORDER BY published_at DESC, id DESC LIMIT :limit OFFSET :offset""")
                .param("work", workId).param("limit", limit).param("offset", offset)
                .query((rs, row) -> {
                    int halves = rs.getInt("rating");
                    Rating rating = rs.wasNull() ? null : new Rating(halves);
                    return new WorkReview(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
                            rs.getString("excerpt"), rating, Instant.ofEpochMilli(rs.getLong("published_at")));
                }).list();
    }

    /** Every post of a work, whatever its state: any of them changing may change the work's page. */
    List<Long> postIds(long workId) {
        return db.sql("SELECT id FROM posts WHERE work_id = :work").param("work", workId).query(Long.class).list();
    }

    /** The work a post is now about, if any. */
    public Optional<Long> workOf(long postId) {
        return db.sql("SELECT work_id FROM posts WHERE id = :id AND work_id IS NOT NULL").param("id", postId)
                .query(Long.class).optional();
    }

    int countReviews(long workId) {
        return db.sql("SELECT COUNT(*) FROM posts WHERE work_id = :work AND type = 'post' AND status = 'published'")
                .param("work", workId).query(Integer.class).single();
    }

    /** Maps a works row, or the work_ columns of a joined row prefixed with {@code prefix}. */
    public static Work work(ResultSet rs, String prefix) throws SQLException {
        long id = rs.getLong(prefix + "id");
        if (rs.wasNull()) {
            return null;
        }
        int year = rs.getInt(prefix + "year");
        Integer knownYear = rs.wasNull() ? null : year;
        int runtime = rs.getInt(prefix + "runtime_minutes");
        Integer knownRuntime = rs.wasNull() ? null : runtime;
        long poster = rs.getLong(prefix + "poster_id");
        Long knownPoster = rs.wasNull() ? null : poster;
        return new Work(id, WorkKind.ofColumn(rs.getString(prefix + "kind")), rs.getString(prefix + "slug"),
                rs.getString(prefix + "title"), rs.getString(prefix + "original_title"), knownYear,
                rs.getString(prefix + "creator"), rs.getString(prefix + "country"), knownRuntime, knownPoster);
    }

    private static Work work(ResultSet rs, int row) throws SQLException {
        return work(rs, "");
    }
}
