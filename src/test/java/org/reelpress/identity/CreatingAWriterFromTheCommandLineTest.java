package org.reelpress.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reelpress.ReelpressApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/** {@code create-user} run as {@code main} runs it, on a data directory of its own, read as a script would. */
class CreatingAWriterFromTheCommandLineTest {

    private static final String PASSWORD = "correct horse battery";

    @TempDir
    Path dataDir;

    private record Run(int status, String out, String err) {
    }

    private Run createUser(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> arguments = new ArrayList<>(List.of(args));
        arguments.add("--reelpress.data-dir=" + dataDir);
        int status = CreateUser.run(ReelpressApplication.class, arguments, new Terminal(
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), null));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Opens the blog the command wrote to, as the web server would, minus the server. */
    private void onTheBlog(Consumer<ConfigurableApplicationContext> check) {
        try (ConfigurableApplicationContext blog = new SpringApplicationBuilder(ReelpressApplication.class)
                .web(WebApplicationType.NONE).run("--reelpress.data-dir=" + dataDir)) {
            check.accept(blog);
        }
    }

    private static boolean signsIn(ConfigurableApplicationContext blog, String login, String password) {
        UserDetails writer = blog.getBean(WriterAccounts.class).loadUserByUsername(login);
        return writer.isAccountNonLocked() && blog.getBean(PasswordEncoder.class).matches(password, writer.getPassword());
    }

    @Test
    void worksWithThePageCacheOnAsTheShippedSettingsHaveIt() {
        // tests turn the page cache off; the command must not need the web server's beans it hangs on
        Run run = createUser(PASSWORD + "\n", "--role", "author", "--login", "minji", "--email", "minji@example.com",
                "--reelpress.page-cache.enabled=true");

        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        onTheBlog(blog -> assertThat(signsIn(blog, "minji", PASSWORD)).isTrue());
    }

    @Test
    void makesAnAdministratorWhoSignsInWithThePasswordFromStandardInputAndOwnsTheFreshBlog() {
        Run run = createUser(PASSWORD + "\n", "--role", "administrator", "--login", "yuna", "--email", "yuna@example.com",
                "--name", "Yuna Seo");

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines()).singleElement().asString()
                .startsWith("Created administrator \"yuna\" <yuna@example.com> as user ")
                .endsWith("the owner of this fresh blog.");
        onTheBlog(blog -> {
            assertThat(signsIn(blog, "yuna", PASSWORD)).isTrue();
            assertThat(signsIn(blog, "yuna", "not the password")).isFalse();
            UserRepository users = blog.getBean(UserRepository.class);
            User owner = users.firstAdministrator().orElseThrow();
            assertThat(owner.login()).as("the sample review's author").isEqualTo("yuna");
            assertThat(owner.displayName()).isEqualTo("Yuna Seo");
            assertThat(users.anyAdministratorClaimed()).as("the setup page stays shut").isTrue();
        });
    }

    @Test
    void makesAnAuthorNamedAfterTheLoginAndLeavesTheFreshBlogForItsOwnerToClaim() {
        Run run = createUser(PASSWORD + "\n", "--login", "jonas", "--email", "jonas@example.net");

        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("Created author \"jonas\" <jonas@example.net> as user 2.\n");
        onTheBlog(blog -> {
            assertThat(signsIn(blog, "jonas", PASSWORD)).isTrue();
            UserRepository users = blog.getBean(UserRepository.class);
            User jonas = users.all().stream().filter(user -> user.login().equals("jonas")).findFirst().orElseThrow();
            assertThat(jonas.role()).isEqualTo(Role.AUTHOR);
            assertThat(jonas.displayName()).isEqualTo("jonas");
            assertThat(users.anyAdministratorClaimed()).isFalse();
        });
    }

    @Test
    void refusesALoginThatIsTakenWhateverItsCase() {
        assertThat(createUser(PASSWORD + "\n", "--role", "editor", "--login", "mina", "--email", "mina@example.org").status())
                .isZero();

        Run again = createUser("another long password\n", "--role", "administrator", "--login", "Mina",
                "--email", "other@example.org");

        assertThat(again.status()).isEqualTo(2);
        assertThat(again.out()).isEmpty();
        assertThat(again.err()).isEqualTo("create-user: --login: That login is taken.\n");
        onTheBlog(blog -> assertThat(signsIn(blog, "mina", PASSWORD)).isTrue());
    }

    @Nested
    class BeforeTouchingTheDatabase {

        private void assertRefused(Run run, String reason) {
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).contains(reason).doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(dataDir).as("nothing written").isEmptyDirectory();
        }

        @Test
        void refusesAPasswordShorterThanTwelveCharacters() {
            assertRefused(createUser("elevenchars\n", "--login", "yuna", "--email", "yuna@example.com"),
                    "create-user: password: A password needs at least 12 characters.");
        }

        @Test
        void refusesThePasswordThatIsTheLogin() {
            assertRefused(createUser("Yuna.Seo.1926\n", "--login", "yuna.seo.1926", "--email", "yuna@example.com"),
                    "create-user: password: The password must not be the login.");
        }

        @Test
        void refusesToRunWithoutAPasswordOnStandardInput() {
            assertRefused(createUser("", "--login", "yuna", "--email", "yuna@example.com"),
                    "create-user: No password on standard input");
        }

        @Test
        void refusesARoleThatNoWriterHas() {
            assertRefused(createUser(PASSWORD + "\n", "--role", "owner", "--login", "yuna", "--email", "yuna@example.com"),
                    "create-user: There is no writer's role \"owner\"; choose one of administrator, editor, author, contributor.");
            assertRefused(createUser(PASSWORD + "\n", "--role", "commenter", "--login", "yuna", "--email", "yuna@example.com"),
                    "There is no writer's role \"commenter\"");
        }

        @Test
        void refusesAMissingLoginOrAddress() {
            assertRefused(createUser(PASSWORD + "\n", "--email", "yuna@example.com"), "create-user: --login is required");
            assertRefused(createUser(PASSWORD + "\n", "--login", "yuna"), "create-user: --email is required");
        }

        @Test
        void namesEveryMalformedDetailAtOnce() {
            assertRefused(createUser(PASSWORD + "\n", "--login", "a b", "--email", "yuna.example.com"), """
                    create-user: --login: A login has 3 to 60 letters, digits, dots, dashes or underscores.
                    create-user: --email: Please give an e-mail address, such as you@example.com.
                    """);
        }

        @Test
        void refusesAnArgumentItDoesNotKnow() {
            assertRefused(createUser(PASSWORD + "\n", "--login", "yuna", "--email", "yuna@example.com", "--admin"),
                    "create-user: Unknown argument --admin (see --help).");
        }

        @Test
        void explainsItselfOnStandardOutputWhenAskedForHelp() {
            Run run = createUser("", "--help");

            assertThat(run.status()).isZero();
            assertThat(run.out()).startsWith("Usage: java -jar reelpress.jar create-user --login NAME --email ADDRESS")
                    .contains("--role ROLE");
            assertThat(run.err()).isEmpty();
            assertThat(dataDir).isEmptyDirectory();
        }
    }
}
