package org.reelpress.wordpress;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.reelpress.identity.Terminal;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code export-wordpress}: writes the whole blog as a WordPress export file. */
public final class ExportWordPress {

    public static final String COMMAND = "export-wordpress";

    private static final String USAGE = """
            Usage: java -jar reelpress.jar export-wordpress OUT.xml [--with-emails] [SETTINGS]

            Writes the whole blog as a WordPress export (WXR 1.2), which WordPress imports with
            Tools → Import → WordPress, and Reelpress with import-wordpress.

              --with-emails  include the e-mail addresses of commenters and authors. They are personal
                             data: give this only when the people agreed to their move. Without it the
                             addresses are left empty.
              SETTINGS       the blog's settings, such as --reelpress.data-dir=PATH
              --help         this text

            Exit status: 0 when written, 2 when the arguments were refused, 1 when it failed.
            """;

    private ExportWordPress() {
    }

    public static int run(Class<?> blog, List<String> args, Terminal terminal) {
        try {
            CommandLine options = CommandLine.parse(args, Set.of("with-emails"));
            if (options.help()) {
                terminal.out().print(USAGE);
                return 0;
            }
            Path out = Path.of(options.file());
            try (ConfigurableApplicationContext context = options.startBlog(blog);
                 OutputStream file = Files.newOutputStream(out)) {
                context.getBean(WordPressExport.class).write(file, options.withEmails());
            }
            terminal.out().println("Wrote the blog to " + out + (options.withEmails()
                    ? ", with e-mail addresses." : ", without e-mail addresses (see --with-emails)."));
            return 0;
        } catch (WxrRefused refused) {
            terminal.err().println(COMMAND + ": " + refused.getMessage());
            return 2;
        } catch (IOException | RuntimeException failure) {
            terminal.err().println(COMMAND + ": the export failed: " + CommandLine.rootMessage(failure));
            return 1;
        }
    }
}
