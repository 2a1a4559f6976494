package org.reelpress.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/** The sign-in providers this blog is configured with; only these show as buttons. */
@Component
public class SignInProviders {

    private final List<SignInProvider> providers;

    SignInProviders(ObjectProvider<ClientRegistrationRepository> registrations) {
        List<SignInProvider> found = new ArrayList<>();
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object registration : all) {
                ClientRegistration client = (ClientRegistration) registration;
                found.add(new SignInProvider(client.getRegistrationId(), client.getClientName()));
            }
        }
        this.providers = List.copyOf(found);
    }

    public List<SignInProvider> all() {
        return providers;
    }

    public boolean isEmpty() {
        return providers.isEmpty();
    }

    public Optional<SignInProvider> find(String id) {
        return providers.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** "Google" for a provider id, and the blog's own name for a password sign-in. */
    String label(String id) {
        return find(id).map(SignInProvider::label).orElse(SignedIn.PASSWORD.equals(id) ? "Reelpress" : id);
    }
}
