package org.reelpress.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.reelpress.storage.Engine;
import org.springframework.jdbc.core.simple.JdbcClient;

@ParameterizedClass
@EnumSource(Engine.class)
class SettingsRepositoryTest {

    private final JdbcClient db;
    private final SettingsRepository settings;

    SettingsRepositoryTest(Engine engine) {
        db = JdbcClient.create(engine.newMigratedDatabase());
        settings = new SettingsRepository(db);
    }

    @Test
    void settingsOverrideDefaultsAndBadValuesKeepThem() {
        settings.put("title", "Old title");
        settings.put("title", "영화 일기 🎬");
        settings.put("timezone", "Asia/Seoul");
        settings.put("posts_per_page", " 25 ");
        settings.put("thread_depth", "99");
        settings.put("date_format", "yyyy년 M월 d일");

        SiteSettings site = settings.site();

        assertThat(site.title()).isEqualTo("영화 일기 🎬");
        assertThat(site.zone()).isEqualTo(ZoneId.of("Asia/Seoul"));
        assertThat(site.postsPerPage()).isEqualTo(25);
        assertThat(site.dateFormat()).isEqualTo("yyyy년 M월 d일");
        assertThat(site.threadDepth()).isEqualTo(SiteSettings.DEFAULTS.threadDepth());
        assertThat(site.tagline()).isEqualTo(SiteSettings.DEFAULTS.tagline());

        settings.put("timezone", "Mars/Olympus_Mons");
        settings.put("posts_per_page", "many");

        assertThat(settings.site().zone()).isEqualTo(SiteSettings.DEFAULTS.zone());
        assertThat(settings.site().postsPerPage()).isEqualTo(SiteSettings.DEFAULTS.postsPerPage());
    }

    @Test
    void theSecretIsMadeOnceAndKeptStable() {
        String secret = settings.secret();

        assertThat(secret).matches("[0-9a-f]{64}");
        assertThat(settings.secret()).isEqualTo(secret);
        assertThat(new SettingsRepository(db).secret()).isEqualTo(secret);
        assertThat(db.sql("SELECT COUNT(*) FROM settings WHERE name = 'secret'").query(Long.class).single()).isEqualTo(1);
    }
}
