package org.reelpress;

import java.util.List;

import org.reelpress.identity.CreateUser;
import org.reelpress.identity.Terminal;
import org.reelpress.wordpress.ExportWordPress;
import org.reelpress.wordpress.ImportWordPress;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ReelpressApplication {

    /**
     * Serves the blog; {@code create-user ...} instead makes a writer account and exits (see {@code create-user --help}),
     * {@code import-wordpress ...} and {@code export-wordpress ...} move a blog in and out as a WordPress export.
     */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(CreateUser.COMMAND)) {
            System.exit(CreateUser.run(ReelpressApplication.class, List.of(args).subList(1, args.length), Terminal.system()));
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
