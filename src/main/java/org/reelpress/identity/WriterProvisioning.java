package org.reelpress.identity;

import java.time.Clock;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes writer accounts for the {@code create-user} command. An administrator made on a fresh
 * blog takes over its unclaimed owner account, exactly as the setup page would, so the sample
 * review becomes theirs and the setup page never opens.
 */
@Component
class WriterProvisioning {

    /** The account made; {@code owner} when it claimed a fresh blog. */
    record Created(long id, boolean owner) {
    }

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final Clock clock;

    WriterProvisioning(UserRepository users, PasswordEncoder passwords, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Transactional
    Created create(NewWriter writer, String password) throws CommandRefused {
        Optional<User> unclaimedOwner = writer.role() == Role.ADMINISTRATOR
                ? users.firstAdministrator().filter(owner -> !owner.hasPassword() && !owner.deleted())
                : Optional.empty();
        if (users.loginTaken(writer.login(), unclaimedOwner.map(User::id).orElse(0L))) {
            throw new CommandRefused("--login: " + AccountRules.LOGIN_TAKEN);
        }
        String hash = passwords.encode(password);
        if (unclaimedOwner.isPresent()
                && users.claim(unclaimedOwner.get().id(), writer.login(), writer.email(), writer.displayName(), hash)) {
            return new Created(unclaimedOwner.get().id(), true);
        }
        return new Created(users.createWriter(writer.login(), writer.email(), writer.displayName(), writer.role(),
                hash, clock.instant()), false);
    }
}
