package org.reelpress.identity;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is signed in on this request, if anyone. */
@Component
public class Commenters {

    private final UserRepository users;
    private final SignInProviders providers;

    Commenters(UserRepository users, SignInProviders providers) {
        this.users = users;
        this.providers = providers;
    }

    /** Whether the signed-in user's role grants this permission; false for guests. */
    public boolean currentMay(Permission permission) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(granted -> granted.getAuthority().equals(permission.authority()));
    }

    public Optional<Commenter> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedIn signedIn)) {
            return Optional.empty();
        }
        return users.find(signedIn.userId())
                .filter(user -> !user.deleted())
                .map(user -> new Commenter(user.id(), user.displayName(), user.email(), signedIn.provider(),
                        providers.label(signedIn.provider()), user.blocked()));
    }
}
