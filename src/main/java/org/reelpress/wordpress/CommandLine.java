package org.reelpress.wordpress;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.reelpress.identity.CreateUser;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The words given to {@code import-wordpress} and {@code export-wordpress}: one file, a few
 * flags, and the blog's own settings ({@code --reelpress.data-dir=PATH}) passed through unread.
 */
record CommandLine(boolean help, String file, String uploads, boolean withEmails, List<String> settings) {

    static CommandLine parse(List<String> args, Set<String> flags) {
        String file = null;
        String uploads = null;
        boolean emails = false;
        List<String> settings = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            int equals = arg.indexOf('=');
            String name = arg.startsWith("--") ? arg.substring(2, equals < 0 ? arg.length() : equals) : "";
            if (arg.equals("--help") || arg.equals("-h")) {
                return new CommandLine(true, null, null, false, List.of());
            } else if (name.equals("uploads") && flags.contains(name)) {
                if (equals < 0 && i + 1 == args.size()) {
                    throw new WxrRefused("--uploads needs a folder.");
                }
                uploads = equals < 0 ? args.get(++i) : arg.substring(equals + 1);
            } else if (name.equals("with-emails") && flags.contains(name)) {
                emails = true;
            } else if (name.contains(".") && equals > 0) {
                settings.add(arg);
            } else if (!arg.startsWith("--") && file == null) {
                file = arg;
            } else {
                throw new WxrRefused("Unknown argument " + arg + " (see --help).");
            }
        }
        if (file == null) {
            throw new WxrRefused("Name the export file (see --help).");
        }
        return new CommandLine(false, file, uploads, emails, List.copyOf(settings));
    }

    /** The blog's own application, its database and rules, without a web server. */
    ConfigurableApplicationContext startBlog(Class<?> blog) {
        return CreateUser.startWithoutWeb(blog, settings);
    }

    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
