package org.reelpress.identity;

import java.time.Clock;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.DefaultOAuth2UserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.stereotype.Component;

/**
 * Turns a successful external sign-in into one of the blog's users: the same provider account
 * always finds the same user; a new one becomes a commenter. Two accounts that share an e-mail
 * address stay two users: the blog never merges them silently.
 */
@Component
class ExternalAccounts {

    private final UserRepository users;
    private final ProviderAvatars avatars;
    private final Clock clock;
    private final DefaultOAuth2UserService oauth2 = new DefaultOAuth2UserService();
    private final OidcUserService oidc = new OidcUserService();

    ExternalAccounts(UserRepository users, ProviderAvatars avatars, Clock clock) {
        this.users = users;
        this.avatars = avatars;
        this.clock = clock;
    }

    OAuth2UserService<OAuth2UserRequest, OAuth2User> oauth2Users() {
        return request -> {
            OAuth2User signedIn = oauth2.loadUser(request);
            String provider = request.getClientRegistration().getRegistrationId();
            User user = userFor(provider, Profile.of(signedIn.getAttributes()));
            String nameKey = request.getClientRegistration().getProviderDetails().getUserInfoEndpoint().getUserNameAttributeName();
            return new ExternalOAuth2User(signedIn.getAttributes(), nameKey, user.role().authorities(), user.id(), provider);
        };
    }

    OAuth2UserService<OidcUserRequest, OidcUser> oidcUsers() {
        return request -> {
            OidcUser signedIn = oidc.loadUser(request);
            String provider = request.getClientRegistration().getRegistrationId();
            User user = userFor(provider, Profile.of(signedIn.getClaims()));
            return new ExternalOidcUser(signedIn, user.role().authorities(), user.id(), provider);
        };
    }

    private User userFor(String provider, Profile profile) {
        if (profile.subject() == null) {
            throw new OAuth2AuthenticationException("invalid_user_info_response");
        }
        long id = users.findByIdentity(provider, profile.subject())
                .map(known -> {
                    users.updateProfile(known.id(), profile.name(), profile.email());
                    return known.id();
                })
                .orElseGet(() -> users.createCommenter(provider, profile.subject(), profile.email(), profile.name(), clock.instant()));
        avatars.copyLater(id, profile.pictureUrl());
        return users.find(id).orElseThrow();
    }
}
