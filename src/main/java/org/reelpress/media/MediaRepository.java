package org.reelpress.media;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class MediaRepository {

    private static final String MATCHING = """
            WHERE :q = '' OR LOWER(alt) LIKE :like ESCAPE '\\' OR LOWER(original_name) LIKE :like ESCAPE '\\'
            """;

    private final JdbcClient db;

    MediaRepository(JdbcClient db) {
        this.db = db;
    }

    long add(String name, ImageType type, String originalName, String alt, int width, int height, long bytes,
             List<Integer> variantWidths, long uploadedBy, Instant now) {
        return db.sql("""
                INSERT INTO media (name, type, original_name, alt, width, height, bytes, variant_widths, uploaded_by, created_at)
                VALUES (:name, :type, :original, :alt, :width, :height, :bytes, :variants, :by, :now) RETURNING id""")
                .param("name", name).param("type", type.column()).param("original", originalName).param("alt", alt)
                .param("width", width).param("height", height).param("bytes", bytes)
                .param("variants", variantWidths.stream().map(String::valueOf).collect(Collectors.joining(",")))
                .param("by", uploadedBy).param("now", now.toEpochMilli())
                .query(Long.class).single();
    }

    public Optional<Media> find(long id) {
        return db.sql("SELECT * FROM media WHERE id = :id").param("id", id).query(MediaRepository::media).optional();
    }

    /** Images whose alt text or original file name holds {@code search}, newest first. */
    public List<Media> newest(String search, int offset, int limit) {
        return db.sql("SELECT * FROM media " + MATCHING + " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .param("q", search).param("like", like(search)).param("limit", limit).param("offset", offset)
                .query(MediaRepository::media).list();
    }

    int count(String search) {
        return db.sql("SELECT COUNT(*) FROM media " + MATCHING)
                .param("q", search).param("like", like(search)).query(Integer.class).single();
    }

    void updateAlt(long id, String alt) {
        db.sql("UPDATE media SET alt = :alt WHERE id = :id").param("alt", alt).param("id", id).update();
    }

    void delete(long id) {
        db.sql("DELETE FROM media WHERE id = :id").param("id", id).update();
    }

    private static String like(String search) {
        String escaped = search.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private static Media media(ResultSet rs, int row) throws SQLException {
        String variants = rs.getString("variant_widths");
        long uploadedBy = rs.getLong("uploaded_by");
        Long uploader = rs.wasNull() ? null : uploadedBy;
        return new Media(rs.getLong("id"), rs.getString("name"), ImageType.ofColumn(rs.getString("type")),
                rs.getString("original_name"), rs.getString("alt"), rs.getInt("width"), rs.getInt("height"),
                rs.getLong("bytes"),
                variants.isEmpty() ? List.of() : Arrays.stream(variants.split(",")).map(Integer::valueOf).toList(),
                uploader, Instant.ofEpochMilli(rs.getLong("created_at")));
    }
}
