package org.reelpress.wordpress;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.reelpress.identity.Role;
import org.reelpress.identity.UserRepository;
import org.reelpress.post.Markdown;
import org.reelpress.post.PostChanged;
import org.reelpress.post.RenderedPost;
import org.reelpress.post.Slugs;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.web.util.UriUtils;

/** The second reading of an export: writes authors, terms, posts, pages, comments and attachments, counting each. */
final class ImportRun implements Wxr.Visitor {

    /** An attachment noted in the first reading; {@code relativePath} is null when it stays a link. */
    record Attachment(long wpId, long parentWpId, String title, String url, String relativePath, String shownUrl) {
    }

    private static final Map<String, String> STATUSES = Map.of("publish", "published", "future", "scheduled",
            "draft", "draft", "pending", "draft", "private", "private", "trash", "trash");

    private final ImportRepository imports;
    private final UserRepository users;
    private final Markdown markdown;
    private final ApplicationEventPublisher events;
    private final ZoneId zone;
    private final Instant now;
    private final Map<Long, Attachment> attachments;
    private final UploadedFiles files;
    private final ImportReport report;
    private final ImportComments comments;

    private final Map<String, Long> userByLogin = new HashMap<>();
    private final Map<Long, Long> userByWpId = new HashMap<>();
    private final Map<String, String> categoryParents = new HashMap<>();
    private String source = "";

    ImportRun(ImportRepository imports, UserRepository users, Markdown markdown, ApplicationEventPublisher events,
              ZoneId zone, Instant now, Map<Long, Attachment> attachments, UploadedFiles files, ImportReport report) {
        this.imports = imports;
        this.users = users;
        this.markdown = markdown;
        this.events = events;
        this.zone = zone;
        this.now = now;
        this.attachments = attachments;
        this.files = files;
        this.report = report;
        this.comments = new ImportComments(imports, markdown, zone, report);
    }

    @Override
    public void channel(Wxr.Channel channel) {
        source = channel.source();
    }

    @Override
    public void author(Wxr.Author author) {
        if (author.login().isBlank()) {
            report.skipped("authors without a login");
            return;
        }
        long id = user(author.login(), author.displayName());
        if (author.id() != 0) {
            userByWpId.put(author.id(), id);
        }
    }

    private long user(String login, String displayName) {
        return userByLogin.computeIfAbsent(login.strip().toLowerCase(Locale.ROOT), key -> imports.userByLogin(login.strip())
                .map(existing -> {
                    report.imported("authors already on the blog, matched by login");
                    return existing;
                })
                .orElseGet(() -> {
                    report.imported("authors (they sign in once an administrator gives them a password)");
                    return users.createUnclaimed(login.strip(), displayName.isBlank() ? login.strip() : displayName.strip(),
                            Role.AUTHOR, now);
                }));
    }

    @Override
    public void term(Wxr.Term term) {
        String slug = slug(term.slug(), term.name());
        boolean added = imports.addTerm(term.taxonomy(), slug, term.name().isBlank() ? slug : term.name(), term.description());
        String what = term.taxonomy().equals("category") ? "categories" : "tags";
        report.imported(added ? what : what + " already on the blog");
        if (!term.parentSlug().isBlank()) {
            categoryParents.put(slug, slug(term.parentSlug(), term.parentSlug()));
        }
    }

    @Override
    public void item(Wxr.Item item) {
        switch (item.type()) {
            case "post", "page" -> post(item);
            case "attachment" -> attachment(item);
            default -> report.skipped("items of type " + item.type() + " (menus, revisions, blocks and the like have no place here)");
        }
    }

    private void attachment(Wxr.Item item) {
        Attachment a = attachments.get(item.id());
        Instant created = WordPressDates.instant(item.postDateGmt(), item.postDate(), zone);
        String local = a.relativePath() == null ? null : files.copy(a.relativePath());
        if (!imports.addAttachment(source, item.id(), a.parentWpId(), item.title(), a.url(), local,
                created == null ? now : created)) {
            report.skipped("attachments imported before");
        } else {
            report.imported(local == null ? "attachments kept as links to their old address" : "attachments copied from the uploads folder");
        }
    }

    private void post(Wxr.Item item) {
        String type = item.type();
        String plural = type + "s";
        String status = STATUSES.get(item.status());
        if (status == null) {
            report.skipped(plural + " in WordPress's status " + item.status() + " (auto-drafts and revisions)");
            return;
        }
        if (imports.importedPost(source, item.id()).isPresent()) {
            report.skipped(plural + " imported before");
            comments.add(source, imports.importedPost(source, item.id()).orElseThrow(), item, userByWpId);
            return;
        }
        if (!item.password().isBlank()) {
            status = "private";
            report.imported("password-protected " + plural + " made private (Reelpress has no post passwords)");
        }
        String slug = slug(item.slug(), item.title());
        Instant published = WordPressDates.instant(item.postDateGmt(), item.status().equals("draft")
                || item.status().equals("pending") ? "" : item.postDate(), zone);
        var same = imports.samePost(type, slug, published);
        if (same.isPresent()) {
            imports.rememberPost(source, item.id(), same.get(), format(item));
            report.skipped(plural + " already on the blog (same address and date), their comments too");
            return;
        }
        slug = freeSlug(type, slug);
        long author = user(item.creator().isBlank() ? "wordpress" : item.creator(), item.creator());
        List<WordPressContent.Image> ofPost = attachments.values().stream()
                .filter(a -> a.parentWpId() == item.id() && a.wpId() != item.id())
                .sorted(Comparator.comparingLong(Attachment::wpId))
                .map(ImportRun::image).toList();
        String html = files.relink(WordPressContent.toHtml(item.content(),
                id -> attachments.containsKey(id) ? image(attachments.get(id)) : null, ofPost));
        RenderedPost rendered = markdown.renderPostHtml(html);
        String excerpt = item.excerpt().isBlank() ? rendered.excerpt() : markdown.renderPostHtml(item.excerpt()).excerpt();
        Instant created = published != null ? published : orNow(WordPressDates.instant("", item.postDate(), zone));
        Instant modified = WordPressDates.instant(item.modifiedGmt(), "", zone);
        long postId = imports.addPost(new ImportRepository.ImportedPost(type, slug, item.title().strip(), rendered,
                excerpt, status, author, !item.commentStatus().strip().equals("closed"), published, created,
                modified == null ? created : modified, item.sticky()));
        imports.rememberPost(source, item.id(), postId, format(item));
        report.imported(plural);
        if (item.sticky()) {
            report.imported("sticky posts");
        }
        terms(postId, item);
        comments.add(source, postId, item, userByWpId);
        events.publishEvent(new PostChanged(postId));
    }

    private void terms(long postId, Wxr.Item item) {
        for (Wxr.ItemTerm term : item.terms()) {
            String taxonomy = switch (term.domain()) {
                case "category" -> "category";
                case "post_tag" -> "tag";
                default -> null;
            };
            if (taxonomy == null) {
                if (!term.domain().equals("post_format")) {
                    report.skipped("terms of the taxonomy " + term.domain());
                }
                continue;
            }
            String slug = slug(term.slug(), term.name());
            if (imports.addTerm(taxonomy, slug, term.name().isBlank() ? slug : term.name(), "")) {
                report.imported(taxonomy.equals("category") ? "categories" : "tags");
            }
            imports.attach(postId, imports.term(taxonomy, slug).orElseThrow());
        }
    }

    /** The post format WordPress filed it under ("aside", "gallery" …), kept for export; "" for a standard post. */
    private static String format(Wxr.Item item) {
        return item.terms().stream().filter(t -> t.domain().equals("post_format"))
                .map(t -> t.slug().replaceFirst("^post-format-", "")).findFirst().orElse("");
    }

    private String freeSlug(String type, String slug) {
        String free = slug;
        for (int n = 2; imports.slugTaken(type, free); n++) {
            free = slug + "-" + n;
        }
        return free;
    }

    /** WordPress keeps non-Latin slugs percent-encoded (%ec%9d%b4…); here they are kept as letters. */
    static String slug(String stored, String fallback) {
        String decoded;
        try {
            decoded = UriUtils.decode(stored.strip(), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = stored.strip();
        }
        return decoded.isBlank() ? Slugs.from(fallback) : Slugs.normalize(decoded);
    }

    private static WordPressContent.Image image(Attachment a) {
        return new WordPressContent.Image(a.wpId(), a.shownUrl(), a.title());
    }

    private Instant orNow(Instant instant) {
        return instant == null ? now : instant;
    }

    /** After the last item: files categories under their parents and attachments under their posts. */
    void finish() {
        categoryParents.forEach(imports::setParent);
        imports.linkAttachments(source);
    }
}
