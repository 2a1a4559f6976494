package org.reelpress.editor;

import java.util.Map;

import org.reelpress.post.PostStatus;
import org.reelpress.site.Layout;
import org.reelpress.site.SettingsRepository;
import org.reelpress.web.FormToken;
import org.reelpress.web.Redirects;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/** The admin's front page: drafts, scheduled posts, comments to look at, and a box for a quick draft. */
@Controller
class DashboardController {

    private static final String MESSAGE = "dashboardMessage";
    private static final String PROBLEM = "dashboardProblem";
    private static final String TITLE = "draftTitle";
    private static final String TEXT = "draftText";

    private final Dashboard dashboard;
    private final Editing editing;
    private final CurrentWriter writers;
    private final SettingsRepository settings;

    DashboardController(Dashboard dashboard, Editing editing, CurrentWriter writers, SettingsRepository settings) {
        this.dashboard = dashboard;
        this.editing = editing;
        this.writers = writers;
        this.settings = settings;
    }

    // GET /admin → the dashboard; contributors and authors see their own drafts, editors everyone's
    @GetMapping({"/admin", "/admin/"})
    ModelAndView show(Model model, CsrfToken csrf) {
        Writer writer = writers.get();
        long onlyMine = writer.mayEditOthers() ? 0 : writer.id();
        boolean moderates = writers.mayModerate();
        DashboardPage page = new DashboardPage(Layout.of(settings.site(), "Dashboard"),
                dashboard.inStatus(PostStatus.DRAFT, onlyMine, 10), dashboard.inStatus(PostStatus.SCHEDULED, 0, 10),
                moderates ? dashboard.pendingComments() : -1, dashboard.recentComments(moderates, 5),
                (String) model.getAttribute(MESSAGE), (String) model.getAttribute(PROBLEM),
                text(model, TITLE), text(model, TEXT), FormToken.of(csrf));
        return new ModelAndView("editor/dashboard", Map.of("page", page));
    }

    // POST /admin/drafts  form: title, text → a new draft post, 303 to the dashboard saying so with a link to it;
    // no title → 303 to the dashboard with the title and text kept and a message
    @PostMapping("/admin/drafts")
    RedirectView quickDraft(@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String text,
                            RedirectAttributes redirect) {
        Outcome outcome = editing.save(PostType.POST, null, PostForm.quickDraft(title, text), writers.get());
        if (outcome instanceof Outcome.Saved saved) {
            redirect.addFlashAttribute(MESSAGE, "Draft “" + title.strip() + "” saved. You find it under Drafts below.");
        } else {
            redirect.addFlashAttribute(PROBLEM, outcome instanceof Outcome.Invalid invalid
                    ? String.join(" ", invalid.errors().values()) : "The draft could not be saved.");
            redirect.addFlashAttribute(TITLE, title);
            redirect.addFlashAttribute(TEXT, text);
        }
        return Redirects.seeOther("/admin");
    }

    private static String text(Model model, String name) {
        return model.getAttribute(name) instanceof String value ? value : "";
    }
}
