package org.reelpress.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How far this instance's index has followed the change log, kept in a small file beside the
 * index's own files. It is written after the index commits what it applied: a crash in between
 * only applies a few changes twice, which changes nothing. A missing or unreadable file starts
 * from the beginning of the log (a day of changes at most).
 */
final class LogPosition {

    private static final Logger log = LoggerFactory.getLogger(LogPosition.class);
    private static final String FILE = "reelpress-followed-change";

    private final Path file;

    LogPosition(Path indexFolder) {
        this.file = indexFolder.resolve(FILE);
    }

    long read() {
        try {
            return Files.exists(file) ? Long.parseLong(Files.readString(file, StandardCharsets.US_ASCII).strip()) : 0;
        } catch (IOException | NumberFormatException e) {
            log.warn("Cannot read {} ({}); following the search change log from its start", file, e.toString());
            return 0;
        }
    }

    void write(long id) {
        Path fresh = file.resolveSibling(FILE + ".new");
        try {
            Files.writeString(fresh, Long.toString(id), StandardCharsets.US_ASCII);
            Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
