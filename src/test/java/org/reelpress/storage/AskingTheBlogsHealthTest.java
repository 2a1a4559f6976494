package org.reelpress.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reelpress.BlogTest;
import org.reelpress.site.ReelpressProperties;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.http.ResponseEntity;
import org.sqlite.SQLiteDataSource;

/** What a load balancer or an orchestrator sees at /actuator/health, as the actuator answered it. */
class AskingTheBlogsHealthTest extends BlogTest {

    private Connection.Response get(String path, String accept) throws IOException {
        return Jsoup.connect(url(path)).ignoreContentType(true).ignoreHttpErrors(true).header("Accept", accept).execute();
    }

    @Test
    void answersUpWithItsProbeGroupsWhileTheBlogRuns() throws IOException {
        Connection.Response health = get("/actuator/health", "*/*");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.contentType()).isEqualTo("application/vnd.spring-boot.actuator.v3+json");
        assertThat(health.body()).isEqualTo("{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}");
        assertThat(get("/actuator/health", "application/json").contentType()).isEqualTo("application/json");
    }

    @Test
    void saysItIsLiveAndReadyOnceStarted() throws IOException {
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            Connection.Response answer = get(probe, "application/json");
            assertThat(answer.statusCode()).as(probe).isEqualTo(200);
            assertThat(answer.body()).as(probe).isEqualTo("{\"status\":\"UP\"}");
        }
    }

    @Test
    void answersDownWhenTheDatabaseCannotBeOpened(@TempDir Path dataDir) {
        SQLiteDataSource unreachable = new SQLiteDataSource();
        unreachable.setUrl("jdbc:sqlite:" + dataDir.resolve("no-such-folder/reelpress.db"));
        HealthController health = new HealthController(unreachable, new ReelpressProperties(dataDir, ""),
                new ApplicationAvailabilityBean());

        ResponseEntity<String> answer = health.health();

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getBody()).contains("\"status\":\"DOWN\"");
    }

    @Test
    void isNotReadyBeforeTheStartHasFinished() {
        HealthController health = new HealthController(new SQLiteDataSource(), new ReelpressProperties(Path.of("."), ""),
                new ApplicationAvailabilityBean());

        ResponseEntity<String> answer = health.readiness();

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getBody()).isEqualTo("{\"status\":\"OUT_OF_SERVICE\"}");
    }
}
