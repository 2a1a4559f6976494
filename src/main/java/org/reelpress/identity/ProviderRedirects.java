package org.reelpress.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/**
 * Sends readers to their provider with PKCE on every flow (state and, for OpenID Connect, nonce
 * are Spring Security's). An unknown provider id in the address is a 404, not a server error.
 */
class ProviderRedirects implements OAuth2AuthorizationRequestResolver {

    static final String PATH = "/oauth2/authorization/";

    private final ClientRegistrationRepository registrations;
    private final DefaultOAuth2AuthorizationRequestResolver resolver;

    ProviderRedirects(ClientRegistrationRepository registrations) {
        this.registrations = registrations;
        this.resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
        this.resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
        String path = request.getServletPath();
        if (!path.startsWith(PATH) || registrations.findByRegistrationId(path.substring(PATH.length())) == null) {
            return null;
        }
        return resolver.resolve(request);
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
        return registrations.findByRegistrationId(registrationId) == null ? null : resolver.resolve(request, registrationId);
    }
}
