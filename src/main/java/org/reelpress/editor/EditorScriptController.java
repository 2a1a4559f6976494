package org.reelpress.editor;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.reelpress.post.Markdown;
import org.reelpress.site.SettingsRepository;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** What the editor's script asks the server: a preview, an autosave, tag suggestions. */
@RestController
class EditorScriptController {

    private final Markdown markdown;
    private final EditorRepository editor;
    private final PostListing listing;
    private final Editing editing;
    private final CurrentWriter writers;
    private final SettingsRepository settings;
    private final Clock clock;

    EditorScriptController(Markdown markdown, EditorRepository editor, PostListing listing, Editing editing,
                           CurrentWriter writers, SettingsRepository settings, Clock clock) {
        this.markdown = markdown;
        this.editor = editor;
        this.listing = listing;
        this.editing = editing;
        this.writers = writers;
        this.settings = settings;
        this.clock = clock;
    }

    // POST /admin/preview  form: markdown → the HTML readers would see, spoiler blocks and sanitizing included
    @PostMapping(value = "/admin/preview", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    String preview(@RequestParam(defaultValue = "") String markdown) {
        return this.markdown.renderPost(markdown).html();
    }

    // GET /admin/tags?q=prefix → JSON array of up to 10 tag names starting with the prefix
    @GetMapping(value = "/admin/tags", produces = MediaType.APPLICATION_JSON_VALUE)
    List<String> tags(@RequestParam(defaultValue = "") String q) {
        String prefix = q.strip();
        return prefix.isEmpty() || prefix.length() > 60 ? List.of() : listing.tagsStartingWith(prefix, 10);
    }

    // POST /admin/{posts|pages}/autosave  form: PostForm → a new draft: JSON {id, version, editUrl, savedAt};
    // nothing to save (no title) → 422 JSON {message}
    @PostMapping(value = "/admin/{type:posts|pages}/autosave", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> autosaveNew(@PathVariable String type, @ModelAttribute PostForm form) {
        PostType kind = PostType.ofSegment(type).orElseThrow();
        PostForm draft = PostForm.quickDraft(form.title(), form.markdown());
        return switch (editing.save(kind, null, draft, writers.get())) {
            case Outcome.Saved saved -> saved(editor.find(saved.id()).orElseThrow());
            case Outcome.Invalid invalid -> ResponseEntity.unprocessableContent()
                    .body(Map.of("message", "Not autosaved yet: " + String.join(" ", invalid.errors().values())));
            case Outcome.Stale stale -> throw new IllegalStateException("A new post cannot be stale");
        };
    }

    // POST /admin/{posts|pages}/{id}/autosave  form: title, markdown, version → JSON {id, version, savedAt};
    // saved by someone else or no longer a draft → 409 JSON {message}; not the writer's → 403
    @PostMapping(value = "/admin/{type:posts|pages}/{id:\\d{1,18}}/autosave", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> autosave(@PathVariable String type, @PathVariable long id,
                                                 @RequestParam(defaultValue = "") String title,
                                                 @RequestParam(defaultValue = "") String markdown,
                                                 @RequestParam(defaultValue = "") String version) {
        EditedPost post = editor.find(id).filter(p -> PostType.ofSegment(type).orElseThrow() == p.type())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!writers.get().mayEdit(post)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        if (!String.valueOf(post.version()).equals(version) || !editing.autosave(post, title, markdown, post.version())) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("message",
                    "Not autosaved: this post was saved elsewhere, or is no longer a draft. Press Update to see the difference."));
        }
        return saved(editor.find(id).orElseThrow());
    }

    private ResponseEntity<Map<String, Object>> saved(EditedPost post) {
        return ResponseEntity.ok(Map.of("id", post.id(), "version", post.version(),
                "editUrl", post.type().editPath(post.id()),
                "savedAt", "Saved at " + settings.site().dateAndTime(clock.instant()) + "."));
    }
}
