package org.reelpress.search;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.store.LockObtainFailedException;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code rebuild-search-index}: throws the search index away and builds it again from the
 * database, without starting the web server. The blog must not be running on the same data
 * directory (it holds the index); while it runs, the Rebuild button on /admin/search does the same.
 */
public final class RebuildSearchIndex {

    public static final String COMMAND = "rebuild-search-index";

    static final int DONE = 0;
    static final int FAILED = 1;
    static final int REFUSED = 2;

    private static final String USAGE = """
            Usage: java -jar reelpress.jar rebuild-search-index [SETTINGS]

            Rebuilds the search index from the blog's database. Stop the blog first, or use the
            Rebuild button on /admin/search while it runs.

              SETTINGS   the blog's settings, such as --reelpress.data-dir=PATH
              --help     this text

            Exit status: 0 when the index was rebuilt, 2 for an unknown argument, 1 when the
            database or the index could not be used.
            """;

    private RebuildSearchIndex() {
    }

    /** Runs the command with {@code args} (those after its name) and returns the exit status. */
    public static int run(Class<?> blog, List<String> args, PrintStream out, PrintStream err) {
        List<String> settings = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                out.print(USAGE);
                return DONE;
            }
            if (!arg.startsWith("--") || !arg.contains(".") || !arg.contains("=")) {
                err.println(COMMAND + ": unknown argument " + arg + " (see --help).");
                return REFUSED;
            }
            settings.add(arg);
        }
        try (ConfigurableApplicationContext context = startWithoutWeb(blog, settings)) {
            SearchIndex.Rebuilt rebuilt = context.getBean(SearchIndex.class).rebuild();
            out.println("Rebuilt the search index: " + IndexAdminController.describe(rebuilt.documents()) + " in "
                    + rebuilt.took().toMillis() + " ms.");
            return DONE;
        } catch (RuntimeException failure) {
            if (causedBy(failure, LockObtainFailedException.class)) {
                err.println(COMMAND + ": the search index is in use by the running blog. Stop the blog first, "
                        + "or use the Rebuild button on /admin/search.");
            } else {
                err.println(COMMAND + ": the index could not be rebuilt: " + failure.getMessage());
                err.println(COMMAND + ": start the blog itself to see its full log.");
            }
            return FAILED;
        }
    }

    private static ConfigurableApplicationContext startWithoutWeb(Class<?> blog, List<String> settings) {
        return new SpringApplicationBuilder(blog)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .registerShutdownHook(false)
                .properties("logging.level.root=off")
                .run(settings.toArray(String[]::new));
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> kind) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (kind.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
