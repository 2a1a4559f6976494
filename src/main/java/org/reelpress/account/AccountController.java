package org.reelpress.account;

import java.time.Clock;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.reelpress.comment.AuthoredComments;
import org.reelpress.identity.Accounts;
import org.reelpress.identity.ApplicationPasswords;
import org.reelpress.identity.Commenter;
import org.reelpress.identity.Commenters;
import org.reelpress.identity.SigningOut;
import org.reelpress.identity.User;
import org.reelpress.identity.UserRepository;
import org.reelpress.site.Layout;
import org.reelpress.site.SettingsRepository;
import org.reelpress.web.FormToken;
import org.reelpress.web.Redirects;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/** A signed-in user's own account: who they are, what they wrote, their data to take away, and leaving. */
@Controller
class AccountController {

    static final String EXPORT_FILE = "reelpress-account.json";
    /** The value of the box a user ticks to say they mean to delete their account. */
    static final String CONFIRMED = "yes";

    private final Commenters commenters;
    private final UserRepository users;
    private final Accounts accounts;
    private final AuthoredComments comments;
    private final SettingsRepository settings;
    private final SigningOut signingOut;
    private final ApplicationPasswords applicationPasswords;
    private final Clock clock;

    AccountController(Commenters commenters, UserRepository users, Accounts accounts, AuthoredComments comments,
                      SettingsRepository settings, SigningOut signingOut, ApplicationPasswords applicationPasswords,
                      Clock clock) {
        this.applicationPasswords = applicationPasswords;
        this.commenters = commenters;
        this.users = users;
        this.accounts = accounts;
        this.comments = comments;
        this.settings = settings;
        this.signingOut = signingOut;
        this.clock = clock;
    }

    private record Me(Commenter signedIn, User user) {
    }

    /** The session outlived its account, deleted from another browser. */
    private static final class AccountGone extends RuntimeException {
        AccountGone() {
            super("The signed-in account has been deleted", null, false, false);
        }
    }

    // GET /account → who the user is and how they signed in, their comments newest first, export, delete
    @GetMapping("/account")
    ModelAndView show(CsrfToken csrf) {
        return page(me(), null, csrf, HttpStatus.OK);
    }

    // GET /account/export → their profile and every comment they wrote, as the file reelpress-account.json
    @GetMapping("/account/export")
    ResponseEntity<AccountExport> export() {
        User user = me().user();
        AccountExport export = AccountExport.of(user, users.identitiesOf(user.id()), comments.of(user.id()),
                clock.instant());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(EXPORT_FILE).build().toString())
                .cacheControl(CacheControl.noStore())
                .body(export);
    }

    // POST /account/delete  form: confirm=yes → the account forgotten, its comments kept as a "Deleted user"'s,
    // signed out, a page saying so; not confirmed, or the blog's last administrator → 422, the account page saying why
    @PostMapping("/account/delete")
    ModelAndView delete(@RequestParam(defaultValue = "") String confirm, CsrfToken csrf,
                        HttpServletRequest request, HttpServletResponse response) {
        Me me = me();
        if (!CONFIRMED.equals(confirm)) {
            return page(me, "Your account is not deleted. Tick the box to say you understand, then press the button again.",
                    csrf, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        if (!accounts.delete(me.user().id())) {
            return page(me, "Your account is not deleted: you are the only administrator who can sign in, and the blog needs one.",
                    csrf, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        signingOut.now(request, response);
        return new ModelAndView("account/deleted", Map.of("layout", Layout.of(settings.site(), "Account deleted")));
    }

    // POST /account/application-passwords  form: name → the account page showing the new password once; no name → 422, the name asked for
    @PostMapping("/account/application-passwords")
    ModelAndView createApplicationPassword(@RequestParam(defaultValue = "") String name, CsrfToken csrf) {
        Me me = me();
        ApplicationPasswordsSection section = passwordsOf(me.user());
        String typed = name.strip();
        if (!section.offered()) {
            return page(me, null, csrf, HttpStatus.FORBIDDEN,
                    section.withProblem("Application passwords are for writers who sign in with a password.", typed));
        }
        if (typed.isEmpty() || typed.length() > ApplicationPasswords.MAX_NAME) {
            return page(me, null, csrf, HttpStatus.UNPROCESSABLE_CONTENT, section.withProblem(typed.isEmpty()
                    ? "Please name the new password after the program that will use it, such as “Phone app”."
                    : "A name can be at most " + ApplicationPasswords.MAX_NAME + " characters.", typed));
        }
        String secret = applicationPasswords.create(me.user().id(), typed);
        return page(me, null, csrf, HttpStatus.OK, passwordsOf(me.user()).withCreated(secret, typed));
    }

    // POST /account/application-passwords/{id}/revoke → the account page without it; programs using it are refused from now on
    @PostMapping("/account/application-passwords/{id:\\d{1,18}}/revoke")
    ModelAndView revokeApplicationPassword(@PathVariable long id, CsrfToken csrf) {
        Me me = me();
        boolean revoked = applicationPasswords.revoke(me.user().id(), id);
        ApplicationPasswordsSection section = passwordsOf(me.user());
        return revoked ? page(me, null, csrf, HttpStatus.OK, section.withNotice("The application password was revoked."))
                : page(me, null, csrf, HttpStatus.NOT_FOUND, section.withProblem("You have no such application password.", ""));
    }

    // any address above, when the session outlived its account → signed out, 303 to the sign-in page
    @ExceptionHandler(AccountGone.class)
    RedirectView gone(HttpServletRequest request, HttpServletResponse response) {
        signingOut.now(request, response);
        return Redirects.seeOther("/signin");
    }

    private Me me() {
        return commenters.current()
                .flatMap(signedIn -> users.find(signedIn.userId()).map(user -> new Me(signedIn, user)))
                .orElseThrow(AccountGone::new);
    }

    private ApplicationPasswordsSection passwordsOf(User user) {
        return ApplicationPasswordsSection.listing(user.hasPassword(), applicationPasswords.of(user.id()));
    }

    private ModelAndView page(Me me, String problem, CsrfToken csrf, HttpStatus status) {
        return page(me, problem, csrf, status, passwordsOf(me.user()));
    }

    private ModelAndView page(Me me, String problem, CsrfToken csrf, HttpStatus status, ApplicationPasswordsSection passwords) {
        AccountPage page = new AccountPage(Layout.of(settings.site(), "Your account"), me.user(), me.signedIn(),
                comments.of(me.user().id()), accounts.mayDelete(me.user()), problem, FormToken.of(csrf), passwords);
        return new ModelAndView("account/account", Map.of("page", page), status);
    }
}
