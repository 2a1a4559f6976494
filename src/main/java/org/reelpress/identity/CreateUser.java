package org.reelpress.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code create-user}: makes a writer account without the browser, for provisioning scripts and
 * for operators who lost access. It opens the blog's own database (migrating it as the blog
 * would, and giving a fresh blog its sample review) without starting the web server, and
 * answers with one line on standard output, or the reasons on standard error.
 */
public final class CreateUser {

    public static final String COMMAND = "create-user";

    static final int DONE = 0;
    static final int FAILED = 1;
    static final int REFUSED = 2;

    private static final String USAGE = """
            Usage: java -jar reelpress.jar create-user --login NAME --email ADDRESS [--role ROLE] [--name "NAME"] [SETTINGS]

            Makes a writer account on this blog. The password is the first line of standard input;
            at a terminal it is asked for twice, without showing it.

              --login NAME      3 to 60 letters, digits, dots, dashes or underscores
              --email ADDRESS   the writer's e-mail address
              --role ROLE       administrator, editor, author (the default) or contributor
              --name NAME       the name readers see (the login when not given)
              SETTINGS          the blog's settings, such as --reelpress.data-dir=PATH
              --help            this text

            An administrator made on a fresh blog becomes its owner, as with the setup page.
            Exit status: 0 when the account was made, 2 when it was refused (the reasons go to standard error),
            1 when the blog's database could not be used.
            """;

    private static final Map<String, String> OPTION_OF = Map.of("login", "--login", "displayName", "--name", "email", "--email");

    private CreateUser() {
    }

    /**
     * Runs the command with {@code args} (those after {@code create-user}) on the application
     * {@code blog}, and returns the exit status; only {@code main} ends the process.
     */
    public static int run(Class<?> blog, List<String> args, Terminal terminal) {
        try {
            CreateUserOptions options = CreateUserOptions.parse(args);
            if (options.help()) {
                terminal.out().print(USAGE);
                return DONE;
            }
            NewWriter writer = options.writer();
            refuseIfAny(AccountRules.problems(writer.login(), writer.displayName(), writer.email()));
            String password = PasswordInput.read(terminal, writer.login());
            Optional<String> weak = AccountRules.passwordProblem(password, writer.login());
            if (weak.isPresent()) {
                throw new CommandRefused("password: " + weak.get());
            }
            try (ConfigurableApplicationContext context = startWithoutWeb(blog, options.settings())) {
                WriterProvisioning.Created created = context.getBean(WriterProvisioning.class).create(writer, password);
                terminal.out().println(describe(writer, created));
                return DONE;
            }
        } catch (CommandRefused refused) {
            refused.getMessage().lines().forEach(reason -> terminal.err().println(COMMAND + ": " + reason));
            return REFUSED;
        } catch (RuntimeException failure) {
            terminal.err().println(COMMAND + ": the blog's database could not be used: " + rootMessage(failure));
            terminal.err().println(COMMAND + ": start the blog itself to see its full log.");
            return FAILED;
        }
    }

    private static void refuseIfAny(Map<String, String> problems) throws CommandRefused {
        if (!problems.isEmpty()) {
            throw new CommandRefused(problems.entrySet().stream()
                    .map(problem -> OPTION_OF.get(problem.getKey()) + ": " + problem.getValue())
                    .collect(Collectors.joining("\n")));
        }
    }

    /**
     * The blog's own application, its database and rules, but no web server and no log on the
     * console: what every command run from {@code main} works on.
     */
    public static ConfigurableApplicationContext startWithoutWeb(Class<?> blog, List<String> settings) {
        return new SpringApplicationBuilder(blog)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                // without a shutdown hook, closing the context releases logging: the next application to start sets it up afresh
                .registerShutdownHook(false)
                .properties("logging.level.root=off")
                .run(settings.toArray(String[]::new));
    }

    private static String describe(NewWriter writer, WriterProvisioning.Created created) {
        return "Created " + writer.role().column() + " \"" + writer.login() + "\" <" + writer.email() + "> as user "
                + created.id() + (created.owner() ? ", the owner of this fresh blog." : ".");
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
