package org.reelpress.comment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.reelpress.site.Layout;
import org.reelpress.site.Paging;
import org.reelpress.site.SettingsRepository;
import org.reelpress.web.FormToken;
import org.reelpress.web.Redirects;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/** Where moderators go through comments and approve, hold, mark as spam, trash or delete them. */
@Controller
class ModerationController {

    private static final String MESSAGE = "moderated";

    private final ModerationQueries queries;
    private final CommentModeration moderation;
    private final CommentTargets targets;
    private final SettingsRepository settings;

    ModerationController(ModerationQueries queries, CommentModeration moderation, CommentTargets targets,
                         SettingsRepository settings) {
        this.queries = queries;
        this.moderation = moderation;
        this.targets = targets;
        this.settings = settings;
    }

    // GET /admin/comments  ?status=pending|approved|spam|trash|all, post=id, q=words, page=n → 50 comments a page,
    // newest first, with the count in each status; junk reads as the defaults
    @GetMapping(ModerationFilter.PATH)
    ModelAndView list(@RequestParam(required = false) String status, @RequestParam(required = false) String post,
                      @RequestParam(required = false) String q, @RequestParam(required = false) String page,
                      Model model, CsrfToken csrf) {
        ModerationFilter filter = ModerationFilter.of(status, post, q, page);
        Map<CommentStatus, Integer> counts = queries.countsByStatus(filter);
        int total = filter.status().equals("all") ? counts.values().stream().mapToInt(Integer::intValue).sum()
                : counts.get(CommentStatus.ofColumn(filter.status()));
        Paging paging = Paging.of(String.valueOf(filter.page()), total, ModerationPage.PER_PAGE, ModerationFilter.PATH);
        ModerationFilter shown = filter.withPage(paging.number());
        List<ModeratedComment> rows = queries.moderated(shown, paging.offset(ModerationPage.PER_PAGE), ModerationPage.PER_PAGE);
        Map<Long, String> permalinks = new HashMap<>();
        targets.findAll(rows.stream().map(ModeratedComment::postId).distinct().toList())
                .forEach((id, target) -> permalinks.put(id, target.permalink()));
        String message = model.getAttribute(MESSAGE) instanceof String done ? done : null;
        ModerationPage view = new ModerationPage(Layout.of(settings.site(), "Comments"), shown, rows, counts, paging,
                permalinks, message, FormToken.of(csrf));
        return new ModelAndView("comment/moderation", Map.of("page", view));
    }

    // POST /admin/comments/{id}/{action}  action: approve|unapprove|spam|trash|delete, form: status?, post?, q?, page?
    // → 303 back to the list with the same filters and what was done; an unknown action → 404
    @PostMapping(ModerationFilter.PATH + "/{id}/{action}")
    RedirectView one(@PathVariable String id, @PathVariable String action, @RequestParam(required = false) String status,
                     @RequestParam(required = false) String post, @RequestParam(required = false) String q,
                     @RequestParam(required = false) String page, RedirectAttributes redirect) {
        ModerationAction chosen = ModerationAction.named(action)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<Long> ids = List.of(CommentPosting.parseId(id).orElse(0L));
        redirect.addFlashAttribute(MESSAGE, moderation.apply(chosen, ids).message());
        return backTo(ModerationFilter.of(status, post, q, page));
    }

    // POST /admin/comments/bulk  form: ids (many), action, status?, post?, q?, page?
    // → 303 back to the list with the same filters and what was done; no action chosen → a message asking for one
    @PostMapping(ModerationFilter.PATH + "/bulk")
    RedirectView bulk(@RequestParam(required = false) List<String> ids, @RequestParam(required = false) String action,
                      @RequestParam(required = false) String status, @RequestParam(required = false) String post,
                      @RequestParam(required = false) String q, @RequestParam(required = false) String page,
                      RedirectAttributes redirect) {
        List<Long> chosenIds = ids == null ? List.of() : ids.stream().map(id -> CommentPosting.parseId(id).orElse(0L)).toList();
        String message = ModerationAction.named(action)
                .map(chosen -> moderation.apply(chosen, chosenIds).message())
                .orElse("Choose what to do with the selected comments.");
        redirect.addFlashAttribute(MESSAGE, message);
        return backTo(ModerationFilter.of(status, post, q, page));
    }

    private static RedirectView backTo(ModerationFilter filter) {
        return Redirects.seeOther(filter.link());
    }
}
