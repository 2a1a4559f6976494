package org.reelpress.editor;

import java.util.List;
import java.util.Map;

import org.reelpress.post.Markdown;
import org.reelpress.post.Permalinks;
import org.reelpress.post.PostStatus;
import org.reelpress.post.TermRepository;
import org.reelpress.site.Layout;
import org.reelpress.site.SettingsRepository;
import org.reelpress.site.SiteSettings;
import org.reelpress.web.FormToken;
import org.reelpress.web.Redirects;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The editor of posts and pages: new, edit, save, and preview without a script. */
@Controller
class EditorController {

    static final String MESSAGE = "editorMessage";
    private static final String TYPES = "{type:posts|pages}";

    private final EditorRepository editor;
    private final PostListing listing;
    private final RevisionRepository revisions;
    private final TermRepository terms;
    private final Editing editing;
    private final CurrentWriter writers;
    private final Markdown markdown;
    private final SettingsRepository settings;

    EditorController(EditorRepository editor, PostListing listing, RevisionRepository revisions, TermRepository terms,
                     Editing editing, CurrentWriter writers, Markdown markdown, SettingsRepository settings) {
        this.editor = editor;
        this.listing = listing;
        this.revisions = revisions;
        this.terms = terms;
        this.editing = editing;
        this.writers = writers;
        this.markdown = markdown;
        this.settings = settings;
    }

    // GET /admin/{posts|pages}/new → an empty editor, saving as a draft
    @GetMapping("/admin/" + TYPES + "/new")
    ModelAndView create(@PathVariable String type, CsrfToken csrf) {
        return view(page(type(type), null, PostForm.blank(), csrf).build());
    }

    // GET /admin/{posts|pages}/{id}/edit → the editor with the stored post; not the writer's to edit → 403; none → 404
    @GetMapping("/admin/" + TYPES + "/{id:\\d{1,18}}/edit")
    ModelAndView edit(@PathVariable String type, @PathVariable long id, Model model, CsrfToken csrf) {
        EditedPost post = editable(type(type), id);
        PostForm form = EditorForms.of(post, terms.termsOf(id), settings.site().zone());
        return view(page(post.type(), post, form, csrf).message((String) model.getAttribute(MESSAGE)).build());
    }

    // POST /admin/{posts|pages}/new  form: PostForm → 303 to its editor saying what was done;
    // bad input → the editor again (422) with every field as typed and a message by each wrong one
    @PostMapping("/admin/" + TYPES + "/new")
    ModelAndView saveNew(@PathVariable String type, @ModelAttribute PostForm form, CsrfToken csrf,
                         RedirectAttributes redirect) {
        PostType kind = type(type);
        return answer(kind, null, editing.save(kind, null, form, writers.get()), form, csrf, redirect);
    }

    // POST /admin/{posts|pages}/{id}/edit  form: PostForm with the version it was loaded at → 303 to the editor;
    // bad input → the editor (422) as typed; saved by someone else meanwhile → the editor (409) with both versions' diff
    @PostMapping("/admin/" + TYPES + "/{id:\\d{1,18}}/edit")
    ModelAndView save(@PathVariable String type, @PathVariable long id, @ModelAttribute PostForm form, CsrfToken csrf,
                      RedirectAttributes redirect) {
        EditedPost post = editable(type(type), id);
        return answer(post.type(), post, editing.save(post.type(), post, form, writers.get()), form, csrf, redirect);
    }

    // POST /admin/{posts|pages}/preview  and  /admin/{posts|pages}/{id}/preview  form: PostForm → the editor with
    // the text rendered as readers will see it above the form, nothing saved (the Preview button without a script)
    @PostMapping({"/admin/" + TYPES + "/preview", "/admin/" + TYPES + "/{id:\\d{1,18}}/preview"})
    ModelAndView preview(@PathVariable String type, @PathVariable(required = false) Long id,
                         @ModelAttribute PostForm form, CsrfToken csrf) {
        EditedPost post = id == null ? null : editable(type(type), id);
        return view(page(type(type), post, form, csrf).preview(markdown.renderPost(form.markdown()).html()).build());
    }

    private ModelAndView answer(PostType type, EditedPost before, Outcome outcome, PostForm form, CsrfToken csrf,
                                RedirectAttributes redirect) {
        return switch (outcome) {
            case Outcome.Saved saved -> {
                redirect.addFlashAttribute(MESSAGE, confirmation(type, saved));
                yield new ModelAndView(Redirects.seeOther(type.editPath(saved.id())));
            }
            case Outcome.Invalid invalid -> {
                ModelAndView mav = view(page(type, before, form, csrf).errors(invalid.errors()).notes(invalid.notes())
                        .message("Nothing was saved yet: please check the fields marked below.").build());
                mav.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
                yield mav;
            }
            case Outcome.Stale stale -> {
                EditedPost current = stale.current();
                var diff = new EditorPage.Stale(current.authorName(), current.updatedAt(),
                        LineDiff.between(current.title(), form.title()), LineDiff.between(current.markdown(), form.markdown()));
                ModelAndView mav = view(page(type, current, form.withVersion(current.version()), csrf).stale(diff).build());
                mav.setStatus(HttpStatus.CONFLICT);
                yield mav;
            }
        };
    }

    private static String confirmation(PostType type, Outcome.Saved saved) {
        String done = switch (saved.status()) {
            case DRAFT -> "Draft saved.";
            case SCHEDULED -> "Scheduled: it goes live at the date and time shown.";
            case PUBLISHED -> type.label() + " published.";
            case PRIVATE -> "Saved as private: only writers see it.";
            case TRASH -> "Moved to the trash.";
        };
        return String.join(" ", java.util.stream.Stream.concat(java.util.stream.Stream.of(done), saved.notes().stream()).toList());
    }

    private EditedPost editable(PostType type, long id) {
        EditedPost post = editor.find(id).filter(p -> p.type() == type)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!writers.get().mayEdit(post)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return post;
    }

    private static PostType type(String segment) {
        return PostType.ofSegment(segment).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static ModelAndView view(EditorPage page) {
        return new ModelAndView("editor/edit", Map.of("page", page));
    }

    private Builder page(PostType type, EditedPost post, PostForm form, CsrfToken csrf) {
        return new Builder(type, post, form, FormToken.of(csrf));
    }

    /** Gathers what an editor page shows besides the form. */
    private final class Builder {
        private final PostType type;
        private final EditedPost post;
        private final PostForm form;
        private final FormToken token;
        private Map<String, String> errors = Map.of();
        private List<String> notes = List.of();
        private String message;
        private EditorPage.Stale stale;
        private String preview;

        Builder(PostType type, EditedPost post, PostForm form, FormToken token) {
            this.type = type;
            this.post = post;
            this.form = post != null && form.version().isEmpty() ? form.withVersion(post.version()) : form;
            this.token = token;
        }

        Builder errors(Map<String, String> value) { errors = value; return this; }
        Builder notes(List<String> value) { notes = value; return this; }
        Builder message(String value) { message = value; return this; }
        Builder stale(EditorPage.Stale value) { stale = value; return this; }
        Builder preview(String value) { preview = value; return this; }

        EditorPage build() {
            SiteSettings site = settings.site();
            String permalink = null;
            if (post != null && post.status() == PostStatus.PUBLISHED) {
                permalink = type == PostType.PAGE ? Permalinks.ofPage(post.slug())
                        : Permalinks.of(site, post.id(), post.slug(), post.publishedAt());
            }
            return new EditorPage(Layout.of(site, (post == null ? "New " : "Edit ") + type.lowerLabel()), type,
                    post == null ? null : post.id(), form, errors, notes, message, stale, preview, permalink,
                    post == null ? null : post.status(), post == null ? null : post.updatedAt(), listing.categoryTree(),
                    listing.works(), writers.get().mayPublish(), post == null ? 0 : revisions.of(post.id()).size(), token);
        }
    }
}
