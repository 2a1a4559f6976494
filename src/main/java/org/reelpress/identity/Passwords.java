package org.reelpress.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Writers' passwords are stored as Argon2id hashes. */
@Configuration(proxyBeanMethods = false)
class Passwords {

    static final int MIN_LENGTH = 12;

    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }
}
