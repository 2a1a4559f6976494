package org.reelpress.identity;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A writer signed in with their password. */
class WriterPrincipal extends User implements SignedIn {

    private final long userId;

    WriterPrincipal(long userId, String login, String passwordHash, boolean locked,
                    Collection<? extends GrantedAuthority> authorities) {
        super(login, passwordHash, true, true, true, !locked, authorities);
        this.userId = userId;
    }

    @Override
    public long userId() {
        return userId;
    }

    @Override
    public String provider() {
        return PASSWORD;
    }
}
