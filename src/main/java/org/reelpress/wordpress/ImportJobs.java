package org.reelpress.wordpress;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.reelpress.site.ReelpressProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs an uploaded export in the background, one at a time, and keeps the latest one's progress
 * and report for the admin page. (Kept in this instance's memory: the page that started an
 * import follows it on the same instance.)
 */
@Component
class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private final WordPressImport importer;
    private final Clock clock;
    private final Path incoming;
    private final AtomicReference<ImportJob> latest = new AtomicReference<>();

    ImportJobs(WordPressImport importer, Clock clock, ReelpressProperties properties) {
        this.importer = importer;
        this.clock = clock;
        this.incoming = properties.dataDir().resolve("wordpress/incoming");
    }

    Optional<ImportJob> latest() {
        return Optional.ofNullable(latest.get());
    }

    /** Keeps the upload on disk and starts importing it; false when another import is still running. */
    synchronized boolean start(String fileName, InputStream upload) {
        ImportJob current = latest.get();
        if (current != null && current.running()) {
            return false;
        }
        Path file = save(upload);
        latest.set(new ImportJob(fileName, clock.instant(), "Waiting", 0, 0, null, null));
        Thread.ofVirtual().name("wordpress-import").start(() -> run(file));
        return true;
    }

    private void run(Path file) {
        try {
            ImportReport report = importer.run(file, null, (phase, read, total) -> latest.updateAndGet(job -> job.at(phase, read, total)));
            latest.updateAndGet(job -> job.done(report.text()));
        } catch (WxrRefused refused) {
            latest.updateAndGet(job -> job.failed(refused.getMessage()));
        } catch (RuntimeException failure) {
            log.error("A WordPress import failed", failure);
            latest.updateAndGet(job -> job.failed("The import failed and kept nothing: " + CommandLine.rootMessage(failure)));
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete the uploaded export {}", file, e);
            }
        }
    }

    private Path save(InputStream upload) {
        try {
            Files.createDirectories(incoming);
            Path file = Files.createTempFile(incoming, "export-", ".xml");
            Files.copy(upload, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
