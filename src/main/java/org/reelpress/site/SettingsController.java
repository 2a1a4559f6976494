package org.reelpress.site;

import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.reelpress.identity.SignInProvider;
import org.reelpress.identity.SignInProviders;
import org.reelpress.web.FormToken;
import org.reelpress.web.Redirects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' settings page: the blog's name, address, clock, paging, permalinks and discussions. */
@Controller
class SettingsController {

    private static final String PATH = "/admin/settings";
    private static final String NOTICE = "notice";
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/")).sorted().toList();

    private final SettingsRepository settings;
    private final SignInProviders providers;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    SettingsController(SettingsRepository settings, SignInProviders providers, ApplicationEventPublisher events,
                       TransactionTemplate transaction) {
        this.settings = settings;
        this.providers = providers;
        this.events = events;
        this.transaction = transaction;
    }

    // GET /admin/settings → the form with the saved values (administrators only)
    @GetMapping(PATH)
    ModelAndView show(Model model, CsrfToken csrf) {
        SettingsForm form = SettingsForm.of(settings.site(), providerIds());
        return view(form, Map.of(), (String) model.getAttribute(NOTICE), csrf, HttpStatus.OK);
    }

    // POST /admin/settings  form: title, tagline, siteUrl, timezone, dateFormat, timeFormat, postsPerPage,
    // permalinkStructure, commentPolicy, threadDepth, commentsPerPage, commentOrder, shownProviders*
    // → 303 back saying what changed, in force at once (SettingsChanged published); problems → the form again (400), as typed
    @PostMapping(PATH)
    ModelAndView save(@ModelAttribute SettingsForm form, RedirectAttributes redirect, CsrfToken csrf) {
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            return view(form, problems, null, csrf, HttpStatus.BAD_REQUEST);
        }
        Map<String, String> before = SettingsForm.of(settings.site(), providerIds()).values(providerIds());
        Map<String, String> after = form.values(providerIds());
        Set<String> changed = new HashSet<>();
        after.forEach((name, value) -> {
            if (!value.equals(before.get(name))) {
                changed.add(name);
            }
        });
        transaction.executeWithoutResult(status -> changed.forEach(name -> settings.put(name, after.get(name))));
        settings.evict();
        if (!changed.isEmpty()) {
            events.publishEvent(new SettingsChanged(changed));
        }
        redirect.addFlashAttribute(NOTICE, changed.isEmpty() ? "Nothing changed." : "Settings saved; readers see them now."
                + (changed.contains("permalink_structure") ? " Old review addresses lead to the new ones." : ""));
        return new ModelAndView(Redirects.seeOther(PATH));
    }

    private List<String> providerIds() {
        return providers.configured().stream().map(SignInProvider::id).toList();
    }

    private ModelAndView view(SettingsForm form, Map<String, String> problems, String notice, CsrfToken csrf,
                              HttpStatus status) {
        SettingsPage page = new SettingsPage(Layout.of(settings.site(), "Settings"), form, problems,
                providers.configured(), ZONES, notice, FormToken.of(csrf));
        return new ModelAndView("site/settings", Map.of("page", page), status);
    }
}
