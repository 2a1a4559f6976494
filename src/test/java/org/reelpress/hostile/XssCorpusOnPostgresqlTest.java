package org.reelpress.hostile;

import java.util.List;

import org.reelpress.storage.Engine;
import org.reelpress.web.NoNulCharacters;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole corpus again on PostgreSQL: every payload as a comment, a name, a website, a title, a tag
 * and Markdown makes the round trip through PostgreSQL's text columns before it reaches the pages,
 * feeds and the API; every query is shown by a search page whose results are read from PostgreSQL.
 * {@link XssThroughFormsOnPostgresqlTest} sends a sample through the forms.
 */
class XssCorpusOnPostgresqlTest extends XssCorpusTest {

    @DynamicPropertySource
    static void postgresql(DynamicPropertyRegistry registry) {
        String url = Engine.POSTGRESQL.newDatabaseUrl();
        registry.add("spring.datasource.url", () -> url);
    }

    /** As every way into the blog takes text: without the NUL character, which PostgreSQL's text refuses. */
    @Override
    List<String> payloads() {
        return XssPayloads.all().stream().map(NoNulCharacters::without).distinct().toList();
    }
}
