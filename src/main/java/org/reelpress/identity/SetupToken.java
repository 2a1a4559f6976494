package org.reelpress.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.reelpress.site.ReelpressProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * A fresh blog belongs to whoever can read its log: the one-time token printed there is what
 * the setup page asks for, so nobody who merely finds the address can claim the blog.
 */
@Component
class SetupToken {

    private static final Logger log = LoggerFactory.getLogger(SetupToken.class);

    private final UserRepository users;
    private final ReelpressProperties properties;
    private final Environment environment;
    private volatile String token;

    SetupToken(UserRepository users, ReelpressProperties properties, Environment environment) {
        this.users = users;
        this.properties = properties;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        if (users.anyAdministratorClaimed()) {
            return;
        }
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        token = HexFormat.of().formatHex(random);
        String site = properties.siteUrl().isEmpty()
                ? "http://localhost:" + environment.getProperty("local.server.port", "8080")
                : properties.siteUrl();
        log.info("This blog has no owner yet. Claim it at {}/setup?token={} (the token works once)", site, token);
    }

    boolean isOpen() {
        return token != null;
    }

    boolean matches(String offered) {
        String expected = token;
        return expected != null && offered != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), offered.strip().getBytes(StandardCharsets.UTF_8));
    }

    void spend() {
        token = null;
    }
}
