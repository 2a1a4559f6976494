package org.reelpress.editor;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.reelpress.post.Markdown;
import org.reelpress.post.PostChanged;
import org.reelpress.post.Slugs;
import org.reelpress.post.Taxonomy;
import org.reelpress.post.TermRepository;
import org.reelpress.site.SettingsRepository;
import org.reelpress.work.NewWork;
import org.reelpress.work.WorkRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The rules of saving a post from the editor: who may, what parses, unique slugs, revisions, and the event. */
@Service
class Editing {

    /** First path segments the blog already answers; a page never takes one as its address. */
    static final Set<String> RESERVED = Set.of("admin", "account", "assets", "category", "tag", "page", "works",
            "feed", "comments", "signin", "signout", "setup", "search", "media", "subscriptions", "avatars",
            "actuator", "error", "wp-admin", "wp-login", "sitemap");

    private final EditorRepository editor;
    private final RevisionRepository revisions;
    private final TermRepository terms;
    private final WorkRepository works;
    private final Markdown markdown;
    private final SettingsRepository settings;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Editing(EditorRepository editor, RevisionRepository revisions, TermRepository terms, WorkRepository works,
            Markdown markdown, SettingsRepository settings, Clock clock, ApplicationEventPublisher events) {
        this.editor = editor;
        this.revisions = revisions;
        this.terms = terms;
        this.works = works;
        this.markdown = markdown;
        this.settings = settings;
        this.clock = clock;
        this.events = events;
    }

    /** Creates ({@code existing} null) or updates a post from the form; see {@link Outcome}. */
    @Transactional
    Outcome save(PostType type, EditedPost existing, PostForm form, Writer writer) {
        Instant now = clock.instant();
        FormReading.Read read = FormReading.read(form, writer, existing, settings.site().zone(), now);
        Map<String, String> errors = new LinkedHashMap<>(read.errors());
        if (read.workId() != null && works.find(read.workId()).isEmpty()) {
            errors.put("work", "That work is no longer on the blog: choose another.");
        }
        if (!errors.isEmpty()) {
            return new Outcome.Invalid(errors, read.notes());
        }
        if (existing != null && !String.valueOf(existing.version()).equals(form.version())) {
            return new Outcome.Stale(existing);
        }
        List<String> notes = new ArrayList<>(read.notes());
        String wanted = Slugs.from(form.slug().isBlank() ? form.title() : form.slug());
        String slug = uniqueSlug(type, wanted, existing == null ? 0 : existing.id());
        if (!slug.equals(wanted)) {
            notes.add("The address “" + wanted + "” is taken, so this " + type.lowerLabel() + " uses “" + slug + "”.");
        }
        Long workId = read.newWork() == null ? read.workId() : createWork(read.newWork(), now);
        var saving = new EditorRepository.Saving(type, slug, form.title().strip(), form.markdown(), form.excerpt().strip(),
                markdown.renderPost(form.markdown()), read.status(), workId, read.rating(), form.commentsOpen(),
                read.publishedAt());
        long id;
        if (existing == null) {
            id = editor.insert(saving, writer.id(), now);
        } else {
            id = existing.id();
            if (!editor.update(id, existing.version(), saving, now)) {
                return new Outcome.Stale(editor.find(id).orElseThrow());
            }
            if (!existing.slug().equals(slug)) {
                editor.rememberOldSlug(type, existing.slug(), id);
            }
        }
        editor.forgetOldSlug(type, slug);
        editor.replaceTerms(id, termIds(form, read));
        revisions.add(id, saving.title(), slug, saving.markdown(), saving.manualExcerpt(), writer.id(), now);
        events.publishEvent(new PostChanged(id));
        return new Outcome.Saved(id, read.status(), notes);
    }

    /** Autosave of a draft's title and text; false when the post moved on (another save, or no longer a draft). */
    @Transactional
    boolean autosave(EditedPost draft, String title, String text, int version) {
        boolean saved = editor.autosave(draft.id(), version, title, text, markdown.renderPost(text), clock.instant());
        if (saved) {
            events.publishEvent(new PostChanged(draft.id()));
        }
        return saved;
    }

    String uniqueSlug(PostType type, String wanted, long exceptId) {
        String slug = wanted;
        for (int n = 2; editor.slugTaken(type, slug, exceptId) || (type == PostType.PAGE && RESERVED.contains(slug)); n++) {
            slug = wanted + "-" + n;
        }
        return slug;
    }

    private Long createWork(NewWork work, Instant now) {
        String base = Slugs.from(work.year() == null ? work.title() : work.title() + " " + work.year());
        String slug = base;
        for (int n = 2; editor.workSlugTaken(slug); n++) {
            slug = base + "-" + n;
        }
        return works.create(new NewWork(work.kind(), slug, work.title(), work.originalTitle(), work.year(),
                work.creator(), work.country()), now);
    }

    private Set<Long> termIds(PostForm form, FormReading.Read read) {
        Set<Long> ids = new LinkedHashSet<>(editor.existingTermIds(read.categoryIds()));
        if (!form.newCategory().isBlank()) {
            Long parent = editor.existingTermIds(FormReading.ids(List.of(form.newCategoryParent())))
                    .stream().findFirst().orElse(null);
            String name = form.newCategory().strip();
            ids.add(editor.createCategory(Slugs.from(name), name, parent));
        }
        for (String tag : read.tags()) {
            ids.add(terms.findOrCreate(Taxonomy.TAG, tag).id());
        }
        return ids;
    }
}
