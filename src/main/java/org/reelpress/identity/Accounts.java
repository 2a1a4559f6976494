package org.reelpress.identity;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules for deleting and blocking accounts. They keep the blog with at least one
 * administrator who can sign in: nobody blocks themselves, and the last one may not leave.
 */
@Service
public class Accounts {

    private final UserRepository users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Accounts(UserRepository users, ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    /** False for the only administrator who can still sign in: the blog would have no owner. */
    public boolean mayDelete(User user) {
        return user.role() != Role.ADMINISTRATOR || users.anotherAdministratorWhoCanSignIn(user.id());
    }

    /**
     * Forgets who the user was and tells the other features, in one transaction; false, with
     * nothing changed, when the account is gone already or may not be deleted.
     */
    @Transactional
    public boolean delete(long userId) {
        User user = users.find(userId).filter(found -> !found.deleted()).orElse(null);
        if (user == null || !mayDelete(user)) {
            return false;
        }
        users.delete(userId, clock.instant());
        events.publishEvent(new AccountDeleted(userId));
        return true;
    }

    /** Blocks or unblocks {@code user} on an administrator's word; false when they tried to block themselves. */
    public boolean setBlocked(long administratorId, User user, boolean blocked) {
        if (blocked && user.id() == administratorId) {
            return false;
        }
        users.setBlocked(user.id(), blocked, clock.instant());
        return true;
    }
}
