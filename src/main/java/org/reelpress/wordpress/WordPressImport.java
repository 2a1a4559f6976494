package org.reelpress.wordpress;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.reelpress.identity.UserRepository;
import org.reelpress.post.Markdown;
import org.reelpress.site.ReelpressProperties;
import org.reelpress.site.SettingsRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a WordPress export in two readings of the file. The first checks it whole and notes its
 * attachments, writing nothing: a cut-short or malformed file is refused before anything is
 * kept. The second writes everything in one transaction, so a failure halfway keeps nothing; and
 * every row remembers its WordPress id, so importing the same file again adds nothing.
 */
@Component
public class WordPressImport {

    private final ImportRepository imports;
    private final UserRepository users;
    private final Markdown markdown;
    private final SettingsRepository settings;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Path uploadsTo;

    WordPressImport(ImportRepository imports, UserRepository users, Markdown markdown, SettingsRepository settings,
                    ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock,
                    ReelpressProperties properties) {
        this.imports = imports;
        this.users = users;
        this.markdown = markdown;
        this.settings = settings;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
        this.uploadsTo = properties.dataDir().resolve(UploadedFiles.FOLDER);
    }

    /** Imports {@code export}, taking files from {@code uploads} (a WordPress uploads folder) when not null. */
    public ImportReport run(Path export, Path uploads, ImportProgress progress) {
        if (!Files.isRegularFile(export)) {
            throw new WxrRefused("There is no file " + export + ".");
        }
        if (uploads != null && !Files.isDirectory(uploads)) {
            throw new WxrRefused("There is no folder " + uploads + " to take the uploads from.");
        }
        long size = size(export);
        UploadedFiles files = new UploadedFiles(uploads, uploadsTo);
        Map<Long, ImportRun.Attachment> attachments = new HashMap<>();
        read(export, "Checking", size, progress, new AttachmentScan(attachments, files));
        ImportReport report = new ImportReport();
        ImportRun run = new ImportRun(imports, users, markdown, events, settings.site().zone(), clock.instant(),
                attachments, files, report);
        transaction.executeWithoutResult(status -> {
            read(export, "Importing", size, progress, run);
            run.finish();
        });
        progress.at("Done", size, size);
        return report;
    }

    private static void read(Path export, String phase, long size, ImportProgress progress, Wxr.Visitor visitor) {
        progress.at(phase, 0, size);
        try (InputStream in = new CountingInput(Files.newInputStream(export), read -> progress.at(phase, read, size))) {
            WxrReader.read(in, visitor);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
