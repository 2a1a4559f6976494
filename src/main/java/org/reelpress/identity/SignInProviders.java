package org.reelpress.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.reelpress.site.SettingsRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * The sign-in providers this blog is configured with; those the administrator has not hidden
 * in the settings show as buttons.
 */
@Component
public class SignInProviders {

    private final List<SignInProvider> providers;
    private final SettingsRepository settings;

    SignInProviders(ObjectProvider<ClientRegistrationRepository> registrations, SettingsRepository settings) {
        this.settings = settings;
        List<SignInProvider> found = new ArrayList<>();
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object registration : all) {
                ClientRegistration client = (ClientRegistration) registration;
                found.add(new SignInProvider(client.getRegistrationId(), client.getClientName()));
            }
        }
        this.providers = List.copyOf(found);
    }

    /** The providers shown to readers: configured and not hidden in the settings. */
    public List<SignInProvider> all() {
        List<String> hidden = settings.site().hiddenProviders();
        return hidden.isEmpty() ? providers : providers.stream().filter(p -> !hidden.contains(p.id())).toList();
    }

    /** Every provider configured, shown or not. */
    public List<SignInProvider> configured() {
        return providers;
    }

    public boolean isEmpty() {
        return all().isEmpty();
    }

    public Optional<SignInProvider> find(String id) {
        return providers.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** "Google" for a provider id, and the blog's own name for a password sign-in. */
    String label(String id) {
        return find(id).map(SignInProvider::label).orElse(SignedIn.PASSWORD.equals(id) ? "Reelpress" : id);
    }
}
