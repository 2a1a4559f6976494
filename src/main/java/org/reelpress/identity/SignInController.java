package org.reelpress.identity;

import java.util.Map;

import org.reelpress.site.Layout;
import org.reelpress.site.SettingsRepository;
import org.reelpress.web.FormToken;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

@Controller
class SignInController {

    private final SettingsRepository settings;
    private final SignInProviders providers;

    SignInController(SettingsRepository settings, SignInProviders providers) {
        this.settings = settings;
        this.providers = providers;
    }

    // GET /signin ?error=password|locked|slow|external → the sign-in page, saying what went wrong
    @GetMapping(SignInConfiguration.SIGN_IN)
    ModelAndView page(@RequestParam(required = false) String error, CsrfToken csrf) {
        String problem = error == null ? null : switch (error) {
            case "locked" -> "Too many wrong passwords: this account is locked for "
                    + LoginAttempts.LOCK.toMinutes() + " minutes. Try again later.";
            case "slow" -> "Too many sign-in attempts from your address. Wait a minute, then try again.";
            case "external" -> "The sign-in with your other account did not work. Please try again.";
            default -> "The login or the password is not right.";
        };
        SignInPage page = new SignInPage(Layout.of(settings.site(), "Sign in"), problem, providers.all(), FormToken.of(csrf));
        return new ModelAndView("identity/signin", Map.of("page", page), problem == null ? HttpStatus.OK : HttpStatus.UNAUTHORIZED);
    }
}
