package org.reelpress.identity;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Lets Spring Security check a writer's login and password against the users table. */
@Component
class WriterAccounts implements UserDetailsService {

    private final UserRepository users;

    WriterAccounts(UserRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String login) {
        return users.findWriter(login)
                .map(writer -> User.withUsername(writer.login())
                        .password(writer.passwordHash())
                        .roles(writer.role().name())
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("No writer signs in as " + login));
    }
}
