package org.reelpress.hostile;

import org.reelpress.storage.Engine;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The corpus's sample through the comment form, the REST API and the editor, stored in PostgreSQL. */
class XssThroughFormsOnPostgresqlTest extends XssThroughFormsTest {

    @DynamicPropertySource
    static void postgresql(DynamicPropertyRegistry registry) {
        String url = Engine.POSTGRESQL.newDatabaseUrl();
        registry.add("spring.datasource.url", () -> url);
    }
}
