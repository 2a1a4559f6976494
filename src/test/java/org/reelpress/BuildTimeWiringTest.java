package org.reelpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.support.ResourcePropertySource;
import org.springframework.mock.env.MockEnvironment;

/** Which settings make a start work its beans out itself instead of taking those the build worked out. */
class BuildTimeWiringTest {

    @Test
    void theBlogsOwnSettingsAreWhatTheBuildDecidedWith() throws IOException {
        StandardEnvironment shipped = new StandardEnvironment();
        shipped.getPropertySources().addFirst(new ResourcePropertySource("classpath:application.properties"));

        assertThat(BuildTimeWiring.settingsTheBuildDidNotHave(shipped)).isEmpty();
    }

    @Test
    void mailSetUpInTheEnvironmentIsNoticed() {
        StandardEnvironment settings = new StandardEnvironment();
        settings.getPropertySources().addFirst(new SystemEnvironmentPropertySource("test",
                Map.of("SPRING_MAIL_HOST", "smtp.example.com")));

        assertThat(BuildTimeWiring.settingsTheBuildDidNotHave(settings)).containsExactly("mail is set up (spring.mail.host)");
    }

    @Test
    void aSignInProviderIsNoticed() {
        MockEnvironment settings = new MockEnvironment()
                .withProperty("spring.security.oauth2.client.registration.google.client-id", "id")
                .withProperty("spring.security.oauth2.client.registration.google.client-secret", "secret");

        assertThat(BuildTimeWiring.settingsTheBuildDidNotHave(settings))
                .containsExactly("sign-in providers are set up (spring.security.oauth2.client.registration)");
    }

    @Test
    void providersAloneSignNobodyIn() {
        MockEnvironment settings = new MockEnvironment()
                .withProperty("spring.security.oauth2.client.provider.x.token-uri", "https://x.example/token");

        assertThat(BuildTimeWiring.settingsTheBuildDidNotHave(settings)).isEmpty();
    }

    @Test
    void postgresqlKeepsSessionsInTheDatabaseUnlessToldOtherwise() {
        MockEnvironment postgresql = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://127.0.0.1/blog");

        assertThat(BuildTimeWiring.settingsTheBuildDidNotHave(postgresql))
                .containsExactly("sessions are kept in the database (reelpress.sessions, or PostgreSQL)");
        assertThat(BuildTimeWiring.settingsTheBuildDidNotHave(postgresql.withProperty("reelpress.sessions", "memory")))
                .isEmpty();
    }

    @Test
    void theCacheTurnedOffIsNoticed() {
        MockEnvironment settings = new MockEnvironment().withProperty("reelpress.page-cache.enabled", "false");

        assertThat(BuildTimeWiring.settingsTheBuildDidNotHave(settings)).containsExactly("reelpress.page-cache.enabled is false");
    }

    @Test
    void aSessionStoreNotUnderstoodIsLeftToTheOrdinaryStartToReport() {
        MockEnvironment settings = new MockEnvironment().withProperty("reelpress.sessions", "redis");

        assertThat(BuildTimeWiring.settingsTheBuildDidNotHave(settings)).singleElement(STRING)
                .contains("reelpress.sessions is \"redis\"");
    }

    @Test
    void forwardedHeadersReadBySpringAreNoticed() {
        MockEnvironment settings = new MockEnvironment().withProperty("server.forward-headers-strategy", "FRAMEWORK");

        assertThat(BuildTimeWiring.settingsTheBuildDidNotHave(settings))
                .containsExactly("server.forward-headers-strategy is framework");
    }
}
