package org.reelpress.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.reelpress.site.ReelpressProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a load balancer or an orchestrator asks before sending readers here: the addresses and answers
 * of Spring Boot's actuator, which served them until setting up its endpoint machinery for these three
 * answers was found to take a tenth of every start. The overall health has the actuator's checks: the
 * database answers, and the disk holds at least 10 MB more.
 */
@RestController
class HealthController {

    /** The actuator's own media type first, as it answered by default; plain JSON to whoever asks for it. */
    private static final String ACTUATOR_JSON = "application/vnd.spring-boot.actuator.v3+json";
    /** Below this much free space the blog says it is down, as the actuator's disk check did. */
    static final long LEAST_FREE_BYTES = 10L * 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(HealthController.class);

    private final DataSource database;
    private final ReelpressProperties blog;
    private final ApplicationAvailability availability;

    HealthController(DataSource database, ReelpressProperties blog, ApplicationAvailability availability) {
        this.database = database;
        this.blog = blog;
        this.availability = availability;
    }

    // GET /actuator/health → 200 {"groups":["liveness","readiness"],"status":"UP"}, 503 and "DOWN" when the database does not answer or the disk is full
    @GetMapping(value = "/actuator/health", produces = {ACTUATOR_JSON, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<String> health() {
        boolean up = databaseAnswers() && diskHasRoom();
        return ResponseEntity.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .body("{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"" + (up ? "UP" : "DOWN") + "\"}");
    }

    // GET /actuator/health/liveness → 200 {"status":"UP"} while the blog runs at all
    @GetMapping(value = "/actuator/health/liveness", produces = {ACTUATOR_JSON, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<String> liveness() {
        return ResponseEntity.ok("{\"status\":\"UP\"}");
    }

    // GET /actuator/health/readiness → 200 {"status":"UP"} once started, 503 {"status":"OUT_OF_SERVICE"} while it stops
    @GetMapping(value = "/actuator/health/readiness", produces = {ACTUATOR_JSON, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<String> readiness() {
        boolean ready = availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
        return ResponseEntity.status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .body("{\"status\":\"" + (ready ? "UP" : "OUT_OF_SERVICE") + "\"}");
    }

    private boolean databaseAnswers() {
        try (Connection connection = database.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            log.warn("Health: the database does not answer ({})", e.toString());
            return false;
        }
    }

    private boolean diskHasRoom() {
        try {
            long free = Files.getFileStore(blog.dataDir()).getUsableSpace();
            if (free < LEAST_FREE_BYTES) {
                log.warn("Health: {} bytes left on the disk of {}", free, blog.dataDir());
                return false;
            }
            return true;
        } catch (IOException e) {
            log.warn("Health: the data directory cannot be read ({})", e.toString());
            return false;
        }
    }
}
