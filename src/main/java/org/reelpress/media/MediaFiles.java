package org.reelpress.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import org.reelpress.site.ReelpressProperties;
import org.springframework.stereotype.Component;

/**
 * The media folder in the data directory. Stored names are made here from random bytes, never
 * from what the uploader called the file, and a name asked for from outside must look like one.
 */
@Component
class MediaFiles {

    /** 24 hex digits, an optional "-300w", then a known extension. */
    private static final Pattern STORED = Pattern.compile("[0-9a-f]{24}(-[0-9]{2,4}w)?\\.([a-z]{3,4})");

    private final Path folder;
    private final SecureRandom random = new SecureRandom();

    MediaFiles(ReelpressProperties properties) {
        this.folder = properties.dataDir().resolve("media").toAbsolutePath().normalize();
    }

    String newName() {
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Writes a whole file under its final name at once: a reader never sees half of it. */
    void write(String fileName, byte[] content) {
        try {
            Files.createDirectories(folder);
            Path partial = Files.createTempFile(folder, "upload-", ".part");
            Files.write(partial, content);
            Files.move(partial, folder.resolve(fileName), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store " + fileName + " in " + folder, e);
        }
    }

    /** The stored file for a name from a request, when the name is one this blog makes and the file exists. */
    Optional<Path> find(String fileName) {
        var matcher = STORED.matcher(fileName);
        if (!matcher.matches() || !ImageType.servedExtension(matcher.group(2))) {
            return Optional.empty();
        }
        Path file = folder.resolve(fileName);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    void delete(String fileName) {
        try {
            Files.deleteIfExists(folder.resolve(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + fileName + " from " + folder, e);
        }
    }
}
