package org.reelpress.work;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
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
                INSERT INTO works (kind, slug, title, original_title, year, creator, country, created_at)
                VALUES (:kind, :slug, :title, :original, :year, :creator, :country, :now) RETURNING id""")
                .param("kind", work.kind().column()).param("slug", work.slug()).param("title", work.title())
                .param("original", work.originalTitle()).param("year", work.year())
                .param("creator", work.creator()).param("country", work.country())
                .param("now", now.toEpochMilli())
                .query(Long.class).single();
    }

    public Optional<Work> find(long id) {
        return db.sql("SELECT * FROM works WHERE id = :id").param("id", id)
                .query(WorkRepository::work).optional();
    }

    /** Maps a works row, or the work_ columns of a joined row prefixed with {@code prefix}. */
    public static Work work(ResultSet rs, String prefix) throws SQLException {
        long id = rs.getLong(prefix + "id");
        if (rs.wasNull()) {
            return null;
        }
        int year = rs.getInt(prefix + "year");
        Integer knownYear = rs.wasNull() ? null : year;
        return new Work(id, WorkKind.ofColumn(rs.getString(prefix + "kind")), rs.getString(prefix + "slug"),
                rs.getString(prefix + "title"), rs.getString(prefix + "original_title"), knownYear,
                rs.getString(prefix + "creator"), rs.getString(prefix + "country"));
    }

    private static Work work(ResultSet rs, int row) throws SQLException {
        return work(rs, "");
    }
}
