package org.reelpress.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.reelpress.storage.Engine;
import org.springframework.jdbc.core.simple.JdbcClient;

@ParameterizedClass
@EnumSource(Engine.class)
class TermRepositoryTest {

    private final JdbcClient db;
    private final TermRepository terms;

    TermRepositoryTest(Engine engine) {
        db = JdbcClient.create(engine.newMigratedDatabase());
        terms = new TermRepository(db);
    }

    @Test
    void createsATermOnceWhateverHowOftenItIsAsked() {
        Term first = terms.findOrCreate(Taxonomy.TAG, "Silent film");
        Term again = terms.findOrCreate(Taxonomy.TAG, "Silent film");
        Term retyped = terms.findOrCreate(Taxonomy.TAG, "silent  FILM!");

        assertThat(again).isEqualTo(first);
        assertThat(retyped).isEqualTo(first);
        assertThat(first.name()).isEqualTo("Silent film");
        assertThat(first.slug()).isEqualTo("silent-film");
        assertThat(db.sql("SELECT COUNT(*) FROM terms").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void keepsACategoryAndATagOfTheSameNameApart() {
        Term category = terms.findOrCreate(Taxonomy.CATEGORY, "Film");
        Term tag = terms.findOrCreate(Taxonomy.TAG, "Film");

        assertThat(category.id()).isNotEqualTo(tag.id());
        assertThat(terms.find(Taxonomy.CATEGORY, "film")).contains(category);
        assertThat(terms.find(Taxonomy.TAG, "film")).contains(tag);
    }

    @Test
    void findsATermByItsUnicodeSlugWhateverTheNormalization() {
        Term korean = terms.findOrCreate(Taxonomy.TAG, "한국 영화");

        assertThat(terms.find(Taxonomy.TAG, Normalizer.normalize("한국-영화", Normalizer.Form.NFD))).contains(korean);
    }

    @Test
    void listsAPostsCategoriesBeforeItsTagsEachByNameAndEachOnce() {
        long post = aPost();
        Term silent = terms.findOrCreate(Taxonomy.TAG, "Silent film");
        Term japanese = terms.findOrCreate(Taxonomy.TAG, "Japanese cinema");
        Term film = terms.findOrCreate(Taxonomy.CATEGORY, "Film");
        terms.attach(post, silent);
        terms.attach(post, japanese);
        terms.attach(post, film);
        terms.attach(post, silent);

        assertThat(terms.termsOf(post)).containsExactly(film, japanese, silent);
    }

    private long aPost() {
        long author = db.sql("""
                INSERT INTO users (login, email, display_name, role, created_at)
                VALUES ('writer', 'writer@example.org', 'Writer', 'administrator', 0) RETURNING id""")
                .query(Long.class).single();
        return db.sql("""
                INSERT INTO posts (slug, title, markdown, html, excerpt, status, author_id, created_at, updated_at)
                VALUES ('a-review', 'A review', '', '', '', 'published', :author, 0, 0) RETURNING id""")
                .param("author", author).query(Long.class).single();
    }
}
