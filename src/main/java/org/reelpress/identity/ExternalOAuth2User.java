package org.reelpress.identity;

import java.util.Collection;
import java.util.Map;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;

/** Someone signed in with a plain OAuth 2 provider (GitHub, Facebook, X, WordPress.com). */
class ExternalOAuth2User extends DefaultOAuth2User implements SignedIn {

    private final long userId;
    private final String provider;

    ExternalOAuth2User(Map<String, Object> attributes, String nameKey, Collection<? extends GrantedAuthority> authorities,
                       long userId, String provider) {
        super(authorities, attributes, nameKey);
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
