package org.reelpress;

import java.util.List;

import org.reelpress.identity.CreateUser;
import org.reelpress.identity.Terminal;
import org.reelpress.search.RebuildSearchIndex;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ReelpressApplication {

    /**
     * Serves the blog; {@code create-user ...} instead makes a writer account and exits (see {@code create-user --help}),
     * {@code rebuild-search-index} rebuilds the search index from the database and exits.
     */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(CreateUser.COMMAND)) {
            System.exit(CreateUser.run(ReelpressApplication.class, List.of(args).subList(1, args.length), Terminal.system()));
        }
        if (args.length > 0 && args[0].equals(RebuildSearchIndex.COMMAND)) {
            System.exit(RebuildSearchIndex.run(ReelpressApplication.class, List.of(args).subList(1, args.length),
                    System.out, System.err));
        }
        SpringApplication.run(ReelpressApplication.class, args);
    }
}
