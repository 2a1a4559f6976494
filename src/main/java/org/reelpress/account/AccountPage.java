package org.reelpress.account;

import java.util.List;

import org.reelpress.comment.OwnComment;
import org.reelpress.identity.Commenter;
import org.reelpress.identity.Permission;
import org.reelpress.identity.User;
import org.reelpress.site.Layout;
import org.reelpress.web.FormToken;

/**
 * A user's own page. {@code mayDelete} is false for the blog's last administrator;
 * {@code problem} says why the last attempt to delete the account did nothing, or is null;
 * {@code applicationPasswords} lists the passwords programs use for the REST API.
 */
public record AccountPage(Layout layout, User user, Commenter signedIn, List<OwnComment> comments,
                          boolean mayDelete, String problem, FormToken token,
                          ApplicationPasswordsSection applicationPasswords) {

    /** "your Google account", or "your login and password". */
    public String signedInWith() {
        return signedIn.signedInWithPassword() ? "your login and password" : "your " + signedIn.providerLabel() + " account";
    }

    public boolean mayManageUsers() {
        return user.role().may(Permission.MANAGE_USERS);
    }
}
