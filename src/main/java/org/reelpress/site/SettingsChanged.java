package org.reelpress.site;

import java.util.Set;

/** The blog's settings were saved: {@code names} are the settings whose values changed. */
public record SettingsChanged(Set<String> names) {

    public SettingsChanged {
        names = Set.copyOf(names);
    }
}
