package org.reelpress.post;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class TermRepository {

    private final JdbcClient db;

    TermRepository(JdbcClient db) {
        this.db = db;
    }

    /** The term with this slug, created with {@code name} if the blog has none yet. */
    public Term findOrCreate(Taxonomy taxonomy, String name) {
        String slug = Slugs.from(name);
        db.sql("""
                INSERT INTO terms (taxonomy, slug, name) VALUES (:taxonomy, :slug, :name)
                ON CONFLICT (taxonomy, slug) DO NOTHING""")
                .param("taxonomy", taxonomy.column()).param("slug", slug).param("name", name).update();
        return find(taxonomy, slug).orElseThrow();
    }

    public Optional<Term> find(Taxonomy taxonomy, String slug) {
        return db.sql("SELECT * FROM terms WHERE taxonomy = :taxonomy AND slug = :slug")
                .param("taxonomy", taxonomy.column()).param("slug", Slugs.normalize(slug))
                .query(TermRepository::term).optional();
    }

    public void attach(long postId, Term term) {
        db.sql("INSERT INTO post_terms (post_id, term_id) VALUES (:post, :term) ON CONFLICT DO NOTHING")
                .param("post", postId).param("term", term.id()).update();
    }

    /** Categories first, then tags, each by name. */
    public List<Term> termsOf(long postId) {
        return db.sql("""
                SELECT t.* FROM terms t JOIN post_terms pt ON pt.term_id = t.id
                WHERE pt.post_id = :post ORDER BY t.taxonomy, t.name""")
                .param("post", postId).query(TermRepository::term).list();
    }

    private static Term term(ResultSet rs, int row) throws SQLException {
        return new Term(rs.getLong("id"), Taxonomy.ofColumn(rs.getString("taxonomy")),
                rs.getString("slug"), rs.getString("name"));
    }
}
