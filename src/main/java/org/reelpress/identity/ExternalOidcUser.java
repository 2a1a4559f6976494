package org.reelpress.identity;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** Someone signed in with an OpenID Connect provider, known to the blog as one of its users. */
class ExternalOidcUser extends DefaultOidcUser implements SignedIn {

    private final long userId;
    private final String provider;

    ExternalOidcUser(OidcUser signedIn, Collection<? extends GrantedAuthority> authorities, long userId, String provider) {
        super(authorities, signedIn.getIdToken(), signedIn.getUserInfo());
        this.userId = userId;
        this.provider = provider;
    }

    @Override
    public long userId() {
        return userId;
    }

    @Override
    public String provider() {
        return provider;
    }
}
