package org.reelpress.identity;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What the admin area's navigation (template admin/nav) shows to the signed-in writer: the page
 * they are on and the sections their role opens. Admin pages build one with {@link #of(String)}.
 */
public record AdminNav(String current, boolean moderate, boolean manageUsers, boolean changeSettings) {

    /** The navigation for the signed-in writer, {@code current} being the path of the section they are in. */
    public static AdminNav of(String current) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        return new AdminNav(current, has(signedIn, Permission.MODERATE_COMMENTS), has(signedIn, Permission.MANAGE_USERS),
                has(signedIn, Permission.CHANGE_SETTINGS));
    }

    /** "page" on the link of the section shown, for aria-current. */
    public String currentOn(String path) {
        return path.equals(current) ? "page" : null;
    }

    private static boolean has(Authentication signedIn, Permission permission) {
        return signedIn != null && signedIn.getAuthorities().stream()
                .anyMatch(granted -> granted.getAuthority().equals(permission.authority()));
    }
}
