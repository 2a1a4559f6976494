package org.reelpress.account;

import java.util.List;

import org.reelpress.identity.User;
import org.reelpress.site.Layout;
import org.reelpress.web.FormToken;

/** The list of users; {@code notice} and {@code problem} tell how the last block or unblock went, or are null. */
public record UsersPage(Layout layout, List<Row> rows, String notice, String problem, FormToken token) {

    /** One account; {@code you} marks the administrator looking at the list. */
    public record Row(User user, int comments, boolean you) {
    }
}
