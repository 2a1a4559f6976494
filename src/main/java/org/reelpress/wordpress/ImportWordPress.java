package org.reelpress.wordpress;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.reelpress.identity.Terminal;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code import-wordpress}: brings a WordPress export into the blog from the command line, with a progress bar. */
public final class ImportWordPress {

    public static final String COMMAND = "import-wordpress";

    private static final String USAGE = """
            Usage: java -jar reelpress.jar import-wordpress EXPORT.xml [--uploads FOLDER] [SETTINGS]

            Imports a WordPress export (Tools → Export → All content in WordPress; WXR 1.0 to 1.2):
            authors, categories, tags, posts, pages, comments and attachments.

              --uploads FOLDER  the old blog's wp-content/uploads folder: its files are copied into the
                                blog; without it, images and files stay links to their old address
              SETTINGS          the blog's settings, such as --reelpress.data-dir=PATH
              --help            this text

            The file is checked whole first, then imported in one transaction: a file cut short or
            malformed imports nothing. Importing the same file again adds nothing twice.
            Exit status: 0 when imported, 2 when the file was refused, 1 when the database could not be used.
            """;

    private ImportWordPress() {
    }

    public static int run(Class<?> blog, List<String> args, Terminal terminal) {
        try {
            CommandLine options = CommandLine.parse(args, Set.of("uploads"));
            if (options.help()) {
                terminal.out().print(USAGE);
                return 0;
            }
            Path uploads = options.uploads() == null ? null : Path.of(options.uploads());
            try (ConfigurableApplicationContext context = options.startBlog(blog)) {
                ImportReport report = context.getBean(WordPressImport.class).run(Path.of(options.file()), uploads,
                        new ProgressBar(terminal.err(), terminal.console() != null));
                terminal.out().print(report.text());
                return 0;
            }
        } catch (WxrRefused refused) {
            terminal.err().println(COMMAND + ": " + refused.getMessage());
            return 2;
        } catch (RuntimeException failure) {
            if (rootOf(failure) instanceof WxrRefused refused) {
                terminal.err().println(COMMAND + ": " + refused.getMessage());
                return 2;
            }
            terminal.err().println(COMMAND + ": the import failed and kept nothing: " + CommandLine.rootMessage(failure));
            return 1;
        }
    }

    private static Throwable rootOf(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
