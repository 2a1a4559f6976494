package org.reelpress.identity;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Lets Spring Security check a writer's login and password against the users table. */
@Component
class WriterAccounts implements UserDetailsService {

    private final UserRepository users;
    private final Clock clock;

    WriterAccounts(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String login) {
        return users.findWriter(login)
                .map(writer -> new WriterPrincipal(writer.id(), writer.login(), writer.passwordHash(),
                        writer.blocked() || (writer.lockedUntil() != null && writer.lockedUntil().isAfter(clock.instant())),
                        writer.role().authorities()))
                .orElseThrow(() -> new UsernameNotFoundException("No writer signs in as " + login));
    }
}
