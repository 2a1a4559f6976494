package org.reelpress.storage;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * SQLite's driver copies its native library out of its jar into the temp folder at every start,
 * under a new name, and compares the copy with the original byte by byte: a quarter of a second
 * of the main thread's start, and a 1 MB file left behind by every start that is killed. Instead,
 * the blog keeps one copy per driver version and platform in the data directory, written once, and
 * names it to the driver ({@code org.sqlite.lib.path}). The data directory is the blog's own, so no
 * other user can swap the copy, as one could under a fixed name in the shared temp folder; restoring
 * a backup never brings one ({@link Backups}). A copy whose size is not the driver's (cut short by a
 * crash, say) is written again. Whatever goes wrong here leaves the driver to copy the library
 * itself, as before.
 */
final class SqliteLibrary {

    /** The folder in the data directory that holds the copies; backups leave it out. */
    static final String FOLDER = "native";

    private static final String PATH_PROPERTY = "org.sqlite.lib.path";
    private static final Logger log = LoggerFactory.getLogger(SqliteLibrary.class);

    private SqliteLibrary() {
    }

    /** Points the driver at this version's copy in {@code dataDir}, writing the copy if it is not there yet. */
    static void keepIn(Path dataDir) {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return; // chosen by whoever started the blog, or done already in this JVM
        }
        try {
            String platform = LibraryLoaderUtil.getNativeLibResourcePath(); // such as /org/sqlite/native/Linux/x86_64
            String name = LibraryLoaderUtil.getNativeLibName();
            Path folder = dataDir.resolve(FOLDER).resolve("sqlite-" + SQLiteJDBCLoader.getVersion()
                    + platform.substring(platform.lastIndexOf('/', platform.lastIndexOf('/') - 1)).replace('/', '-'));
            Path library = folder.resolve(name);
            String resource = platform + "/" + name;
            if (!Files.isRegularFile(library) || Files.size(library) != sizeOf(resource)) {
                copy(resource, library);
            }
            System.setProperty(PATH_PROPERTY, folder.toAbsolutePath().toString());
        } catch (IOException | RuntimeException e) {
            log.info("SQLite's driver copies its own native library this time: {}", e.toString());
        }
    }

    /** The library's size in the driver's jar, read from the jar's directory without unpacking it. */
    private static long sizeOf(String resource) throws IOException {
        URL url = SQLiteJDBCLoader.class.getResource(resource);
        if (url == null) {
            throw new IOException("no " + resource + " in the driver for this platform");
        }
        return url.openConnection().getContentLengthLong();
    }

    /** Written beside its place, on the disk, and moved there whole, so a start never finds half a library. */
    private static void copy(String resource, Path library) throws IOException {
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no " + resource + " in the driver for this platform");
            }
            Files.createDirectories(library.getParent());
            Path partial = Files.createTempFile(library.getParent(), library.getFileName().toString(), ".partial");
            try {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                try (FileChannel written = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                    written.force(true);
                }
                Files.move(partial, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
        }
    }
}
