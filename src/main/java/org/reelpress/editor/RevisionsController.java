package org.reelpress.editor;

import java.util.List;
import java.util.Map;

import org.reelpress.post.TermRepository;
import org.reelpress.site.Layout;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/** A post's saved revisions: the list, one compared with the post as it is, and restoring one. */
@Controller
class RevisionsController {

    private static final String BASE = "/admin/{type:posts|pages}/{id:\\d{1,18}}/revisions";

    private final EditorRepository editor;
    private final RevisionRepository revisions;
    private final TermRepository terms;
    private final Editing editing;
    private final CurrentWriter writers;
    private final SettingsRepository settings;

    RevisionsController(EditorRepository editor, RevisionRepository revisions, TermRepository terms, Editing editing,
                        CurrentWriter writers, SettingsRepository settings) {
        this.editor = editor;
        this.revisions = revisions;
        this.terms = terms;
        this.editing = editing;
        this.writers = writers;
        this.settings = settings;
    }

    // GET /admin/{posts|pages}/{id}/revisions → every save of the post, newest first, each linking to its diff
    @GetMapping(BASE)
    ModelAndView list(@PathVariable String type, @PathVariable long id, Model model, CsrfToken csrf) {
        EditedPost post = editable(type, id);
        return view(new RevisionsPage(Layout.of(settings.site(), "Revisions of “" + post.title() + "”"), post,
                revisions.of(id), null, List.of(), List.of(), (String) model.getAttribute(EditorController.MESSAGE),
                FormToken.of(csrf)));
    }

    // GET /admin/{posts|pages}/{id}/revisions/{rid} → the revision's title and text against the post's, line by line
    @GetMapping(BASE + "/{rid:\\d{1,18}}")
    ModelAndView show(@PathVariable String type, @PathVariable long id, @PathVariable long rid, CsrfToken csrf) {
        EditedPost post = editable(type, id);
        Revision revision = revisions.find(id, rid).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return view(new RevisionsPage(Layout.of(settings.site(), "Revision of “" + post.title() + "”"), post,
                revisions.of(id), revision, LineDiff.between(revision.title(), post.title()),
                LineDiff.between(revision.markdown(), post.markdown()), null, FormToken.of(csrf)));
    }

    // POST /admin/{posts|pages}/{id}/revisions/{rid}/restore → the revision's title, text and excerpt become the
    // post's (a new revision), 303 to the editor saying so
    @PostMapping(BASE + "/{rid:\\d{1,18}}/restore")
    RedirectView restore(@PathVariable String type, @PathVariable long id, @PathVariable long rid,
                         RedirectAttributes redirect) {
        EditedPost post = editable(type, id);
        Revision revision = revisions.find(id, rid).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        PostForm current = EditorForms.of(post, terms.termsOf(id), settings.site().zone());
        PostForm restored = new PostForm(revision.title(), current.slug(), revision.markdown(), revision.manualExcerpt(),
                current.categories(), "", "", current.tags(), current.work(), current.workKind(), "", "", "", "", "",
                current.rating(), current.status(), current.date(), current.time(), current.comments(), current.version());
        String message = switch (editing.save(post.type(), post, restored, writers.get())) {
            case Outcome.Saved saved -> "Restored the revision saved on "
                    + settings.site().dateAndTime(revision.createdAt()) + ".";
            case Outcome.Invalid invalid -> "Not restored: " + String.join(" ", invalid.errors().values());
            case Outcome.Stale stale -> "Not restored: the post was saved meanwhile. Try again.";
        };
        redirect.addFlashAttribute(EditorController.MESSAGE, message);
        return Redirects.seeOther(post.type().editPath(id));
    }

    private EditedPost editable(String type, long id) {
        PostType kind = PostType.ofSegment(type).orElseThrow();
        EditedPost post = editor.find(id).filter(p -> p.type() == kind)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!writers.get().mayEdit(post)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return post;
    }

    private static ModelAndView view(RevisionsPage page) {
        return new ModelAndView("editor/revisions", Map.of("page", page));
    }
}
