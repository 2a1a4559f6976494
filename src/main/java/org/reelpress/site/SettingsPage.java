package org.reelpress.site;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.reelpress.identity.SignInProvider;
import org.reelpress.web.FormToken;

/** The settings form: values as typed, problems by field, the providers there are, and what was just done. */
public record SettingsPage(Layout layout, SettingsForm form, Map<String, String> problems, List<SignInProvider> providers,
                           List<String> zones, String notice, FormToken token) {

    public String problem(String field) {
        return problems.get(field);
    }

    /** The aria-describedby of a field: its hint, and its problem when it has one. */
    public String describedBy(String field, String hint) {
        String error = problems.containsKey(field) ? field + "-problem" : null;
        if (hint == null) {
            return error;
        }
        return error == null ? hint : hint + " " + error;
    }

    public List<PermalinkStructure> structures() {
        return List.of(PermalinkStructure.values());
    }

    public List<String> policies() {
        return SettingsForm.POLICIES;
    }

    public String policyLabel(String policy) {
        return switch (policy) {
            case "hold_all" -> "Hold every comment for a moderator";
            case "approve_all" -> "Show every comment at once";
            default -> "Hold a commenter's first comment; show later ones at once";
        };
    }

    public boolean shown(SignInProvider provider) {
        return form.shownProviders().contains(provider.id());
    }

    /** Today's date and time in the saved format and zone, so that a writer sees what readers will. */
    public String sample() {
        return layout.site().dateAndTime(Instant.now());
    }
}
