package org.reelpress;

import java.util.List;

import org.reelpress.identity.CreateUser;
import org.reelpress.identity.Terminal;
import org.reelpress.search.RebuildSearchIndex;
import org.reelpress.storage.BackupCommands;
import org.reelpress.wordpress.ExportWordPress;
import org.reelpress.wordpress.ImportWordPress;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ReelpressApplication {

    /**
     * Serves the blog; a command instead does its work and exits (each has {@code --help}):
     * {@code create-user} makes a writer account, {@code backup} and {@code restore} copy the data directory,
     * {@code rebuild-search-index} rebuilds the search index from the database, {@code import-wordpress} and
     * {@code export-wordpress} move a blog in and out as a WordPress export.
     */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(CreateUser.COMMAND)) {
            System.exit(CreateUser.run(ReelpressApplication.class, List.of(args).subList(1, args.length), Terminal.system()));
        }
        if (args.length > 0 && BackupCommands.handles(args[0])) {
            System.exit(BackupCommands.run(args[0], List.of(args).subList(1, args.length), System.getenv(),
                    System.out, System.err));
        }
        if (args.length > 0 && args[0].equals(RebuildSearchIndex.COMMAND)) {
            System.exit(RebuildSearchIndex.run(ReelpressApplication.class, List.of(args).subList(1, args.length),
                    System.out, System.err));
        }
        if (args.length > 0 && args[0].equals(ImportWordPress.COMMAND)) {
            System.exit(ImportWordPress.run(ReelpressApplication.class, List.of(args).subList(1, args.length), Terminal.system()));
        }
        if (args.length > 0 && args[0].equals(ExportWordPress.COMMAND)) {
            System.exit(ExportWordPress.run(ReelpressApplication.class, List.of(args).subList(1, args.length), Terminal.system()));
        }
        SpringApplication.run(ReelpressApplication.class, args);
    }
}
