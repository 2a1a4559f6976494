package org.reelpress;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.logging.Log;
import org.reelpress.identity.SessionStore;
import org.springframework.aot.AotDetector;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.context.aot.AbstractAotProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.SpringProperties;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * A start with {@code -Dspring.aot.enabled=true} takes its beans from the code Spring wrote when the
 * jar was built, instead of reading the configuration classes and their conditions again (more than a
 * quarter of a start's CPU, docs/deployment.md). The build decided those conditions with no settings
 * but {@code application.properties}. A start whose settings switch one of those parts on or off
 * (mail, sign-in providers, shared sessions, the page cache, virtual threads), and a command, which
 * runs without the web server, works its beans out at start as without the flag, and says why in the
 * log. The build itself refuses to decide with any such setting in its own environment.
 */
final class BuildTimeWiring implements EnvironmentPostProcessor, Ordered {

    private static final String AOT_INITIALIZER = "org.reelpress.ReelpressApplication__ApplicationContextInitializer";

    private final Log log;

    BuildTimeWiring(DeferredLogFactory logs) {
        this.log = logs.getLog(BuildTimeWiring.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (Boolean.getBoolean(AbstractAotProcessor.AOT_PROCESSING)) {
            refuseSettingsAtBuild(environment);
            return;
        }
        if (!AotDetector.useGeneratedArtifacts()) {
            return;
        }
        List<String> reasons = new ArrayList<>();
        if (!ClassUtils.isPresent(AOT_INITIALIZER, application.getClassLoader())) {
            reasons.add("this build has no beans worked out ahead of time (they are written by ./mvnw package)");
        }
        String webType = environment.getProperty("spring.main.web-application-type", "servlet");
        if (application.getWebApplicationType() != WebApplicationType.SERVLET || !webType.equalsIgnoreCase("servlet")) {
            reasons.add("a command runs without the web server the build planned for");
        }
        reasons.addAll(settingsTheBuildDidNotHave(environment));
        if (!reasons.isEmpty()) {
            SpringProperties.setFlag(AotDetector.AOT_ENABLED, false);
            log.info("Working out the beans at start rather than taking the build's, because " + String.join("; ", reasons));
        }
    }

    /** Settings in the environment the build runs in would be frozen into every start of the jar. */
    private static void refuseSettingsAtBuild(Environment environment) {
        List<String> settings = new ArrayList<>(settingsTheBuildDidNotHave(environment));
        if (environment.getActiveProfiles().length > 0) {
            settings.add("profiles are active (" + String.join(", ", environment.getActiveProfiles()) + ")");
        }
        if (!settings.isEmpty()) {
            throw new IllegalStateException("Spring's ahead-of-time processing would build these settings into the jar: "
                    + String.join("; ", settings) + ". Build without them in the environment.");
        }
    }

    /** What in these settings switches on or off a part that the build, with none of them, decided on. */
    static List<String> settingsTheBuildDidNotHave(Environment settings) {
        List<String> found = new ArrayList<>();
        // Spring's own conditions compare the text as it is: anything but "true" is not what the build had
        String pageCache = settings.getProperty("reelpress.page-cache.enabled", "true");
        if (!pageCache.equalsIgnoreCase("true")) {
            found.add("reelpress.page-cache.enabled is " + pageCache);
        }
        String virtualThreads = settings.getProperty("spring.threads.virtual.enabled", "false");
        if (!virtualThreads.equalsIgnoreCase("true")) {
            found.add("spring.threads.virtual.enabled is " + virtualThreads);
        }
        if (settings.containsProperty("spring.mail.host") || settings.containsProperty("spring.mail.jndi-name")) {
            found.add("mail is set up (spring.mail.host)");
        }
        boolean signInProviders = Binder.get(settings)
                .bind("spring.security.oauth2.client.registration", Bindable.mapOf(String.class, String.class))
                .map(registrations -> !registrations.isEmpty()).orElse(false);
        if (signInProviders) {
            found.add("sign-in providers are set up (spring.security.oauth2.client.registration)");
        }
        try {
            if (SessionStore.inDatabase(settings)) {
                found.add("sessions are kept in the database (reelpress.sessions, or PostgreSQL)");
            }
        } catch (IllegalStateException notUnderstood) { // the start without the build's beans reports it
            found.add(notUnderstood.getMessage());
        }
        if ("framework".equalsIgnoreCase(settings.getProperty("server.forward-headers-strategy", "").strip())) {
            found.add("server.forward-headers-strategy is framework");
        }
        return found;
    }

    /** Last, once the settings files have been read. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
