package org.reelpress.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.reelpress.storage.Engine;
import org.springframework.jdbc.core.simple.JdbcClient;

@ParameterizedClass
@EnumSource(Engine.class)
class WorkRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private final WorkRepository works;

    WorkRepositoryTest(Engine engine) {
        works = new WorkRepository(JdbcClient.create(engine.newMigratedDatabase()));
    }

    @Test
    void keepsUnicodeTitlesIntact() {
        NewWork film = new NewWork(WorkKind.FILM, "a-page-of-madness-1926", "A Page of Madness", "狂った一頁",
                1926, "衣笠貞之助", "Japan");
        NewWork series = new NewWork(WorkKind.SERIES, "우리들의-블루스", "Our Blues", "우리들의 블루스 💙",
                2022, "노희경", "대한민국");

        for (NewWork work : new NewWork[] {film, series}) {
            long id = works.create(work, NOW);

            assertThat(works.find(id)).contains(new Work(id, work.kind(), work.slug(), work.title(),
                    work.originalTitle(), work.year(), work.creator(), work.country()));
        }
    }

    @Test
    void leavesTheUnknownPartsOfAWorkEmpty() {
        long id = works.create(new NewWork(WorkKind.BOOK, "untitled", "Untitled", null, null, null, null), NOW);

        Work work = works.find(id).orElseThrow();

        assertThat(work.year()).isNull();
        assertThat(work.originalTitle()).isNull();
        assertThat(work.creator()).isNull();
        assertThat(work.line()).isEqualTo("Book");
    }
}
