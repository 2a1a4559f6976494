package org.reelpress.site;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The settings over a test database, for repository tests in features that read settings. */
public final class SettingsForTests {

    private SettingsForTests() {
    }

    public static SettingsRepository on(JdbcClient db) {
        return new SettingsRepository(db);
    }
}
