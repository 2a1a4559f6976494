package org.reelpress.account;

import java.util.List;
import java.util.Map;

import org.reelpress.comment.CommentRepository;
import org.reelpress.identity.Accounts;
import org.reelpress.identity.Commenter;
import org.reelpress.identity.Commenters;
import org.reelpress.identity.User;
import org.reelpress.identity.UserRepository;
import org.reelpress.site.Layout;
import org.reelpress.site.SettingsRepository;
import org.reelpress.web.FormToken;
import org.reelpress.web.Redirects;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/** The administrators' list of users, where they block and unblock them. Only MANAGE_USERS reaches it. */
@Controller
class UsersController {

    static final String LIST = "/admin/users";
    private static final String NOTICE = "notice";
    private static final String PROBLEM = "problem";

    private final UserRepository users;
    private final CommentRepository comments;
    private final Accounts accounts;
    private final Commenters commenters;
    private final SettingsRepository settings;

    UsersController(UserRepository users, CommentRepository comments, Accounts accounts, Commenters commenters,
                    SettingsRepository settings) {
        this.users = users;
        this.comments = comments;
        this.accounts = accounts;
        this.commenters = commenters;
        this.settings = settings;
    }

    // GET /admin/users → every account with its role, its number of comments and whether it is blocked
    @GetMapping(LIST)
    ModelAndView list(Model model, CsrfToken csrf) {
        long me = administrator().userId();
        Map<Long, Integer> written = comments.countsByAuthor();
        List<UsersPage.Row> rows = users.all().stream()
                .map(user -> new UsersPage.Row(user, written.getOrDefault(user.id(), 0), user.id() == me))
                .toList();
        UsersPage page = new UsersPage(Layout.of(settings.site(), "Users"), rows,
                (String) model.getAttribute(NOTICE), (String) model.getAttribute(PROBLEM), FormToken.of(csrf));
        return new ModelAndView("account/users", Map.of("page", page));
    }

    // POST /admin/users/{id}/block → 303 to the list, saying so; the administrator themselves → 303 saying they may not;
    // no such user → 404
    @PostMapping(LIST + "/{id:\\d{1,18}}/block")
    RedirectView block(@PathVariable long id, RedirectAttributes redirect) {
        User user = existing(id);
        if (!accounts.setBlocked(administrator().userId(), user, true)) {
            redirect.addFlashAttribute(PROBLEM, "You cannot block your own account.");
        } else {
            redirect.addFlashAttribute(NOTICE, user.displayName()
                    + " is blocked: they see no comment form, and anything they post waits for a moderator.");
        }
        return backToList();
    }

    // POST /admin/users/{id}/unblock → 303 to the list, saying so; no such user → 404
    @PostMapping(LIST + "/{id:\\d{1,18}}/unblock")
    RedirectView unblock(@PathVariable long id, RedirectAttributes redirect) {
        User user = existing(id);
        accounts.setBlocked(administrator().userId(), user, false);
        redirect.addFlashAttribute(NOTICE, user.displayName() + " may comment again.");
        return backToList();
    }

    private User existing(long id) {
        return users.find(id).filter(user -> !user.deleted())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Security let only administrators in; one whose account was deleted meanwhile is one no longer. */
    private Commenter administrator() {
        return commenters.current().orElseThrow(() -> new AccessDeniedException("The signed-in account is gone"));
    }

    private static RedirectView backToList() {
        return Redirects.seeOther(LIST);
    }
}
