package org.reelpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.aot.AotDetector;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.context.aot.AbstractAotProcessor;
import org.springframework.core.SpringProperties;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.support.ResourcePropertySource;
import org.springframework.mock.env.MockEnvironment;

/** Which settings make a start work its beans out itself instead of taking those the build worked out. */
class BuildTimeWiringTest {

    private static final DeferredLogFactory LOGS = destination -> destination.get();

    /** The blog's own application.properties, under the given settings. */
    private static MockEnvironment shippedWith(String... settings) {
        MockEnvironment environment = new MockEnvironment();
        for (int i = 0; i < settings.length; i += 2) {
            environment.setProperty(settings[i], settings[i + 1]);
        }
        try {
            environment.getPropertySources().addLast(new ResourcePropertySource("classpath:application.properties"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return environment;
    }

    @Test
    void theBlogsOwnSettingsAreWhatTheBuildDecidedWith() {
        // among them the X and WordPress sign-in providers' addresses, which sign nobody in without a registration
        assertThat(BuildTimeWiring.settingsTheBuildDidNotHave(shippedWith())).isEmpty();
    }

    @Test
    void mailSetUpInTheEnvironmentIsNoticed() {
        MockEnvironment settings = shippedWith();
        settings.getPropertySources().addFirst(new SystemEnvironmentPropertySource("test",
                Map.of("SPRING_MAIL_HOST", "smtp.example.com")));

        assertThat(BuildTimeWiring.settingsTheBuildDidNotHave(settings)).containsExactly("mail is set up (spring.mail.host)");
    }

    @Test
    void aSignInProviderIsNoticed() {
        MockEnvironment settings = shippedWith("spring.security.oauth2.client.registration.google.client-id", "id",
                "spring.security.oauth2.client.registration.google.client-secret", "secret");

        assertThat(BuildTimeWiring.settingsTheBuildDidNotHave(settings))
                .containsExactly("sign-in providers are set up (spring.security.oauth2.client.registration)");
    }

    @Test
    void postgresqlKeepsSessionsInTheDatabaseUnlessToldOtherwise() {
        String postgresql = "jdbc:postgresql://127.0.0.1/blog";

        assertThat(BuildTimeWiring.settingsTheBuildDidNotHave(shippedWith("spring.datasource.url", postgresql)))
                .containsExactly("sessions are kept in the database (reelpress.sessions, or PostgreSQL)");
        assertThat(BuildTimeWiring.settingsTheBuildDidNotHave(
                shippedWith("spring.datasource.url", postgresql, "reelpress.sessions", "memory"))).isEmpty();
    }

    @Test
    void theCacheOrVirtualThreadsTurnedOffAreNoticed() {
        assertThat(BuildTimeWiring.settingsTheBuildDidNotHave(shippedWith("reelpress.page-cache.enabled", "false")))
                .containsExactly("reelpress.page-cache.enabled is false");
        assertThat(BuildTimeWiring.settingsTheBuildDidNotHave(shippedWith("spring.threads.virtual.enabled", "false")))
                .containsExactly("spring.threads.virtual.enabled is false");
    }

    @Test
    void aSessionStoreNotUnderstoodIsLeftToTheOrdinaryStartToReport() {
        assertThat(BuildTimeWiring.settingsTheBuildDidNotHave(shippedWith("reelpress.sessions", "redis")))
                .singleElement(STRING).contains("reelpress.sessions is \"redis\"");
    }

    @Test
    void forwardedHeadersReadBySpringAreNoticed() {
        assertThat(BuildTimeWiring.settingsTheBuildDidNotHave(shippedWith("server.forward-headers-strategy", "FRAMEWORK")))
                .containsExactly("server.forward-headers-strategy is framework");
    }

    @Test
    void aStartWithMailTurnsTheBuildsBeansOff() {
        SpringProperties.setFlag(AotDetector.AOT_ENABLED);
        try {
            new BuildTimeWiring(LOGS).postProcessEnvironment(
                    shippedWith("spring.mail.host", "127.0.0.1"), new SpringApplication(ReelpressApplication.class));

            assertThat(AotDetector.useGeneratedArtifacts()).isFalse();
        } finally {
            SpringProperties.setProperty(AotDetector.AOT_ENABLED, null);
        }
    }

    @Test
    void theBuildRefusesToFreezeItsOwnSettingsIn() {
        System.setProperty(AbstractAotProcessor.AOT_PROCESSING, "true");
        try {
            StandardEnvironment withProfile = new StandardEnvironment();
            withProfile.setActiveProfiles("staging");
            BuildTimeWiring wiring = new BuildTimeWiring(LOGS);
            SpringApplication application = new SpringApplication(ReelpressApplication.class);

            assertThatIllegalStateException().isThrownBy(() -> wiring.postProcessEnvironment(
                            shippedWith("spring.mail.host", "smtp.example.com"), application))
                    .withMessageContaining("mail is set up");
            assertThatIllegalStateException().isThrownBy(() -> wiring.postProcessEnvironment(withProfile, application))
                    .withMessageContaining("profiles are active (staging)");
        } finally {
            System.clearProperty(AbstractAotProcessor.AOT_PROCESSING);
        }
    }
}
