package org.reelpress.identity;

import java.util.LinkedHashMap;
import java.util.Map;

import org.reelpress.site.Layout;
import org.reelpress.site.SettingsRepository;
import org.reelpress.web.FormToken;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/** First run: the administrator claims the blog with the token from the log. */
@Controller
class SetupController {

    private final SetupToken setupToken;
    private final UserRepository users;
    private final SettingsRepository settings;
    private final PasswordEncoder passwords;

    SetupController(SetupToken setupToken, UserRepository users, SettingsRepository settings, PasswordEncoder passwords) {
        this.setupToken = setupToken;
        this.users = users;
        this.settings = settings;
        this.passwords = passwords;
    }

    // GET /setup ?token → the form to claim a fresh blog; once claimed → 404
    @GetMapping("/setup")
    ModelAndView form(@RequestParam(required = false) String token, CsrfToken csrf) {
        requireOpen();
        return page(new SetupForm(token == null ? "" : token, "", "", "", Map.of()), csrf, HttpStatus.OK);
    }

    // POST /setup  form: token, login, displayName, email, password → the blog's owner is set; else the form with messages
    @PostMapping("/setup")
    ModelAndView claim(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String login,
                       @RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "") String email,
                       @RequestParam(defaultValue = "") String password, CsrfToken csrf) {
        requireOpen();
        SetupForm form = new SetupForm(token.strip(), login.strip(), displayName.strip(), email.strip(), Map.of());
        User owner = users.firstAdministrator().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Map<String, String> errors = check(form, password, owner.id());
        if (!errors.isEmpty()) {
            return page(new SetupForm(form.token(), form.login(), form.displayName(), form.email(), errors),
                    csrf, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        if (!users.claim(owner.id(), form.login(), form.email(), form.displayName(), passwords.encode(password))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        setupToken.spend();
        return new ModelAndView("identity/setup",
                Map.of("page", new SetupPage(Layout.of(settings.site(), "Welcome"), form, FormToken.of(csrf), true)));
    }

    private Map<String, String> check(SetupForm form, String password, long ownerId) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!setupToken.matches(form.token())) {
            errors.put("token", "That is not the setup token. Copy it from the line in the blog's log that starts with \"This blog has no owner yet\".");
        }
        errors.putAll(AccountRules.problems(form.login(), form.displayName(), form.email()));
        if (!errors.containsKey("login") && users.loginTaken(form.login(), ownerId)) {
            errors.put("login", AccountRules.LOGIN_TAKEN);
        }
        AccountRules.passwordProblem(password, form.login()).ifPresent(problem -> errors.put("password", problem));
        return errors;
    }

    private void requireOpen() {
        if (!setupToken.isOpen()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private ModelAndView page(SetupForm form, CsrfToken csrf, HttpStatus status) {
        SetupPage page = new SetupPage(Layout.of(settings.site(), "Claim this blog"), form, FormToken.of(csrf), false);
        return new ModelAndView("identity/setup", Map.of("page", page), status);
    }
}
