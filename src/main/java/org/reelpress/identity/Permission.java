package org.reelpress.identity;

/** The things a role may or may not do; {@link Role} holds who may do which. */
public enum Permission {
    COMMENT,
    WRITE_DRAFTS,
    PUBLISH_OWN_POSTS,
    EDIT_OTHERS_POSTS,
    MODERATE_COMMENTS,
    CHANGE_SETTINGS,
    MANAGE_USERS;

    /** The Spring Security authority that stands for this permission. */
    public String authority() {
        return "PERMISSION_" + name();
    }
}
