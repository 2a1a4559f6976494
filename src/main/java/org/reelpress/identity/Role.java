package org.reelpress.identity;

import static org.reelpress.identity.Permission.CHANGE_SETTINGS;
import static org.reelpress.identity.Permission.COMMENT;
import static org.reelpress.identity.Permission.EDIT_OTHERS_POSTS;
import static org.reelpress.identity.Permission.MANAGE_USERS;
import static org.reelpress.identity.Permission.MODERATE_COMMENTS;
import static org.reelpress.identity.Permission.PUBLISH_OWN_POSTS;
import static org.reelpress.identity.Permission.WRITE_DRAFTS;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What a user may do on the blog, from most to least trusted: the permission matrix.
 * <pre>
 *                 comment  drafts  publish own  edit others'  moderate  settings  users
 * administrator     yes     yes       yes          yes          yes       yes      yes
 * editor            yes     yes       yes          yes          yes        -        -
 * author            yes     yes       yes           -            -         -        -
 * contributor       yes     yes        -            -            -         -        -
 * commenter         yes      -         -            -            -         -        -
 * </pre>
 */
public enum Role {
    ADMINISTRATOR(EnumSet.allOf(Permission.class)),
    EDITOR(EnumSet.of(COMMENT, WRITE_DRAFTS, PUBLISH_OWN_POSTS, EDIT_OTHERS_POSTS, MODERATE_COMMENTS)),
    AUTHOR(EnumSet.of(COMMENT, WRITE_DRAFTS, PUBLISH_OWN_POSTS)),
    CONTRIBUTOR(EnumSet.of(COMMENT, WRITE_DRAFTS)),
    COMMENTER(EnumSet.of(COMMENT));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = permissions;
    }

    public boolean may(Permission permission) {
        return permissions.contains(permission);
    }

    /** "Administrator", as people read it. */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }

    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role and its permissions as Spring Security authorities. */
    List<GrantedAuthority> authorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + name()));
        permissions.forEach(p -> authorities.add(new SimpleGrantedAuthority(p.authority())));
        return authorities;
    }

    public static Role ofColumn(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
