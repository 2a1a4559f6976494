package org.reelpress.identity;

import static org.reelpress.identity.Need.ANYONE;
import static org.reelpress.identity.Need.SIGNED_IN;
import static org.reelpress.identity.Need.may;
import static org.reelpress.identity.Permission.CHANGE_SETTINGS;
import static org.reelpress.identity.Permission.EDIT_OTHERS_POSTS;
import static org.reelpress.identity.Permission.MANAGE_USERS;
import static org.reelpress.identity.Permission.MODERATE_COMMENTS;
import static org.reelpress.identity.Permission.WRITE_DRAFTS;
import static org.reelpress.identity.Probe.api;
import static org.reelpress.identity.Probe.form;
import static org.reelpress.identity.Probe.get;
import static org.reelpress.identity.Probe.multipart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every endpoint of the blog and who may use it, one or more probes each. A route the application
 * serves that is missing here fails {@link EveryEndpointPermissionsTest}: whoever adds an endpoint
 * says here who may use it. The posts, comments, image and accounts probed belong to someone other
 * than the visitor, so "edit" means editing someone else's.
 */
final class EndpointTable {

    /** Endpoints Spring Security serves itself, before any controller: not in the application's request mappings. */
    static final Set<String> SECURITY_FILTERS = Set.of("POST /signout");

    private EndpointTable() {
    }

    /** Real ids and names of the fixture data the probes are filled with. */
    record Sample(long postId, String permalink, String year, String month, String day, String slug, long revisionId,
                  String category, String tag, long workId, String workSlug, String authorLogin, long authorId,
                  long commentId, long heldCommentId, long mediaId, String mediaName, long victimId,
                  long victimPasswordId, Map<String, String> settingsForm) {
    }

    static List<Probe> probes(Sample s) {
        String post = "/admin/posts/" + s.postId();
        String review = "/" + s.year() + "/" + s.month() + "/" + s.slug();
        String dated = "/" + s.year() + "/" + s.month() + "/" + s.day() + "/" + s.slug();
        List<Probe> probes = new ArrayList<>(List.of(
                // reading the blog
                get("GET /", ANYONE, "/"),
                get("GET /page/{page}/", ANYONE, "/page/1/"),
                get("GET / ?s", ANYONE, "/?s=review"),
                get("GET /page/{page}/ ?s", ANYONE, "/page/1/?s=review"),
                get("GET /search/{words}/", ANYONE, "/search/review/"),
                get("GET /search/{words}/page/{page}/", ANYONE, "/search/review/page/1/"),
                get("GET / ?!page_id&!s&p", ANYONE, "/?p=" + s.postId()),
                get("GET / ?!s&page_id", ANYONE, "/?page_id=" + s.postId()),
                get("GET /{year}/{month}/{slug}/", ANYONE, review + "/"),
                get("GET /{year}/{month}/{slug}", ANYONE, review),
                get("GET /{year}/{month}/{slug}/comment-page-{page}/", ANYONE, review + "/comment-page-1/"),
                get("GET /{year}/{month}/{slug}/comment-page-{page}", ANYONE, review + "/comment-page-1"),
                get("GET /{year}/{month}/{day}/{slug}/", ANYONE, dated + "/"),
                get("GET /{year}/{month}/{day}/{slug}/comment-page-{page}/", ANYONE, dated + "/comment-page-1/"),
                get("GET /{year}/{month}/{day}/{slug}", ANYONE, dated),
                get("GET /{slug}/", ANYONE, "/" + s.slug() + "/"),
                get("GET /{slug}/comment-page-{page}/", ANYONE, "/" + s.slug() + "/comment-page-1/"),
                get("GET /archives/{id}/", ANYONE, "/archives/" + s.postId() + "/"),
                get("GET /archives/{id}/comment-page-{page}/", ANYONE, "/archives/" + s.postId() + "/comment-page-1/"),
                get("GET /archives/{id}", ANYONE, "/archives/" + s.postId()),
                get("GET /category/{slug}/", ANYONE, "/category/" + s.category() + "/"),
                get("GET /category/{slug}/page/{page}/", ANYONE, "/category/" + s.category() + "/page/1/"),
                get("GET /tag/{slug}/", ANYONE, "/tag/" + s.tag() + "/"),
                get("GET /tag/{slug}/page/{page}/", ANYONE, "/tag/" + s.tag() + "/page/1/"),
                get("GET /author/{login}/", ANYONE, "/author/" + s.authorLogin() + "/"),
                get("GET /author/{login}/page/{page}/", ANYONE, "/author/" + s.authorLogin() + "/page/1/"),
                get("GET /works/{slug}/", ANYONE, "/works/" + s.workSlug() + "/"),
                get("GET /works/{slug}/page/{page}/", ANYONE, "/works/" + s.workSlug() + "/page/1/"),
                get("GET /media/{name}", ANYONE, "/media/" + s.mediaName()),
                get("GET /avatars/{name}.svg", ANYONE, "/avatars/reader.svg"),
                get("GET /avatars/users/{id}", ANYONE, "/avatars/users/" + s.authorId()),
                // feeds and maps
                get("GET /feed/", ANYONE, "/feed/"),
                get("GET /feed/{format}/", ANYONE, "/feed/atom/"),
                get("GET /category/{slug}/feed/", ANYONE, "/category/" + s.category() + "/feed/"),
                get("GET /category/{slug}/feed/{format}/", ANYONE, "/category/" + s.category() + "/feed/atom/"),
                get("GET /tag/{slug}/feed/", ANYONE, "/tag/" + s.tag() + "/feed/"),
                get("GET /tag/{slug}/feed/{format}/", ANYONE, "/tag/" + s.tag() + "/feed/atom/"),
                get("GET /author/{login}/feed/", ANYONE, "/author/" + s.authorLogin() + "/feed/"),
                get("GET /author/{login}/feed/{format}/", ANYONE, "/author/" + s.authorLogin() + "/feed/atom/"),
                get("GET /works/{slug}/feed/", ANYONE, "/works/" + s.workSlug() + "/feed/"),
                get("GET /works/{slug}/feed/{format}/", ANYONE, "/works/" + s.workSlug() + "/feed/atom/"),
                get("GET /{year}/{month}/{slug}/feed/", ANYONE, review + "/feed/"),
                get("GET /{year}/{month}/{slug}/feed/{format}/", ANYONE, review + "/feed/rss2/"),
                get("GET /{year}/{month}/{day}/{slug}/feed/", ANYONE, dated + "/feed/"),
                get("GET /{year}/{month}/{day}/{slug}/feed/{format}/", ANYONE, dated + "/feed/atom/"),
                get("GET /{slug}/feed/", ANYONE, "/" + s.slug() + "/feed/"),
                get("GET /{slug}/feed/{format}/", ANYONE, "/" + s.slug() + "/feed/atom/"),
                get("GET /archives/{id}/feed/", ANYONE, "/archives/" + s.postId() + "/feed/"),
                get("GET /archives/{id}/feed/{format}/", ANYONE, "/archives/" + s.postId() + "/feed/rss2/"),
                get("GET /comments/feed/", ANYONE, "/comments/feed/"),
                get("GET /comments/feed/{format}/", ANYONE, "/comments/feed/rss2/"),
                get("GET /sitemap.xml", ANYONE, "/sitemap.xml"),
                get("GET /sitemap-{kind}-{number}.xml", ANYONE, "/sitemap-posts-1.xml"),
                get("GET /robots.txt", ANYONE, "/robots.txt"),
                get("GET /actuator/health json", ANYONE, "/actuator/health"),
                get("GET /actuator/health/liveness json", ANYONE, "/actuator/health/liveness"),
                get("GET /actuator/health/readiness json", ANYONE, "/actuator/health/readiness"),
                // signing in, first run, subscriptions
                get("GET /signin", ANYONE, "/signin"),
                get("GET /setup", ANYONE, "/setup"),
                form("POST /setup", ANYONE, "/setup", "token", "not-the-token", "login", "intruder",
                        "displayName", "Intruder", "email", "intruder@example.org", "password", "a password long enough"),
                get("GET /subscriptions/{token}/confirm", ANYONE, "/subscriptions/unknown-token/confirm"),
                get("GET /subscriptions/{token}/unsubscribe", ANYONE, "/subscriptions/unknown-token/unsubscribe"),
                form("POST /subscriptions/{token}/unsubscribe", ANYONE, "/subscriptions/unknown-token/unsubscribe"),
                // commenting
                form("POST /comments", ANYONE, "/comments", "post", String.valueOf(s.postId()),
                        "comment", "A visitor's word.", "name", "Visitor", "email", "visitor@example.com"),
                get("GET /comments/{id}", ANYONE, "/comments/" + s.commentId()),
                form("POST /comments/sign-in", ANYONE, "/comments/sign-in", "post", String.valueOf(s.postId()),
                        "comment", "Signing in first.", "provider", "nowhere"),
                get("GET /comments/{id}/edit", may(MODERATE_COMMENTS), "/comments/" + s.commentId() + "/edit"),
                form("POST /comments/{id}/edit", may(MODERATE_COMMENTS), "/comments/" + s.commentId() + "/edit",
                        "comment", "Rewritten by someone else."),
                // one's own account
                get("GET /account", SIGNED_IN, "/account"),
                get("GET /account/export", SIGNED_IN, "/account/export"),
                form("POST /account/delete", SIGNED_IN, "/account/delete"),
                form("POST /account/application-passwords", SIGNED_IN, "/account/application-passwords", "name", "Probe"),
                form("POST /account/application-passwords/{id}/revoke", SIGNED_IN,
                        "/account/application-passwords/" + s.victimPasswordId() + "/revoke"),
                // writing
                get("GET /admin", may(WRITE_DRAFTS), "/admin"),
                get("GET /admin/", may(WRITE_DRAFTS), "/admin/"),
                form("POST /admin/drafts", may(WRITE_DRAFTS), "/admin/drafts", "title", "Quick draft", "text", "Notes."),
                get("GET /admin/{type}", may(WRITE_DRAFTS), "/admin/posts"),
                get("GET /admin/{type}/new", may(WRITE_DRAFTS), "/admin/posts/new"),
                form("POST /admin/{type}/new", may(WRITE_DRAFTS), "/admin/posts/new", "title", "A new draft",
                        "markdown", "Words.", "status", "draft"),
                form("POST /admin/{type}/preview", may(WRITE_DRAFTS), "/admin/posts/preview", "title", "Preview",
                        "markdown", "Words."),
                form("POST /admin/preview", may(WRITE_DRAFTS), "/admin/preview", "markdown", "*Words*"),
                get("GET /admin/tags json", may(WRITE_DRAFTS), "/admin/tags?q=a"),
                form("POST /admin/{type}/autosave json", may(WRITE_DRAFTS), "/admin/posts/autosave", "title", "Autosaved",
                        "markdown", "Words."),
                get("GET /admin/{type}/{id}/edit", may(EDIT_OTHERS_POSTS), post + "/edit"),
                form("POST /admin/{type}/{id}/preview", may(EDIT_OTHERS_POSTS), post + "/preview", "title", "Preview",
                        "markdown", "Words."),
                form("POST /admin/{type}/{id}/autosave json", may(EDIT_OTHERS_POSTS), post + "/autosave",
                        "title", "Taken over", "markdown", "Words.", "version", "1"),
                get("GET /admin/{type}/{id}/revisions", may(EDIT_OTHERS_POSTS), post + "/revisions"),
                get("GET /admin/{type}/{id}/revisions/{rid}", may(EDIT_OTHERS_POSTS), post + "/revisions/" + s.revisionId()),
                form("POST /admin/{type}/{id}/revisions/{rid}/restore", may(EDIT_OTHERS_POSTS),
                        post + "/revisions/" + s.revisionId() + "/restore"),
                // works and images
                get("GET /admin/works", may(WRITE_DRAFTS), "/admin/works"),
                get("GET /admin/works/new", may(WRITE_DRAFTS), "/admin/works/new"),
                get("GET /admin/works/{id}", may(WRITE_DRAFTS), "/admin/works/" + s.workId()),
                multipart("POST /admin/works", may(WRITE_DRAFTS), "/admin/works", "kind", "film", "title", "Probe film"),
                multipart("POST /admin/works/{id}", may(WRITE_DRAFTS), "/admin/works/" + s.workId(), "kind", "film",
                        "title", ""),
                get("GET /admin/media", may(WRITE_DRAFTS), "/admin/media"),
                multipart("POST /admin/media", may(WRITE_DRAFTS), "/admin/media", "alt", "No file"),
                multipart("POST /admin/media json", may(WRITE_DRAFTS), "/admin/media", "alt", "No file"),
                get("GET /admin/media/{id}/delete", may(WRITE_DRAFTS), "/admin/media/" + s.mediaId() + "/delete"),
                form("POST /admin/media/{id}/delete", may(EDIT_OTHERS_POSTS), "/admin/media/" + s.mediaId() + "/delete"),
                // moderating
                get("GET /admin/comments", may(MODERATE_COMMENTS), "/admin/comments"),
                form("POST /admin/comments/{id}/{action}", may(MODERATE_COMMENTS),
                        "/admin/comments/" + s.commentId() + "/unapprove"),
                form("POST /admin/comments/bulk", may(MODERATE_COMMENTS), "/admin/comments/bulk",
                        "ids", String.valueOf(s.commentId()), "action", "spam"),
                form("POST /comments/{id}/delete", may(MODERATE_COMMENTS), "/comments/" + s.commentId() + "/delete"),
                // the search index
                get("GET /admin/search", may(EDIT_OTHERS_POSTS), "/admin/search"),
                form("POST /admin/search/rebuild", may(EDIT_OTHERS_POSTS), "/admin/search/rebuild"),
                // users
                get("GET /admin/users", may(MANAGE_USERS), "/admin/users"),
                form("POST /admin/users/{id}/block", may(MANAGE_USERS), "/admin/users/" + s.victimId() + "/block"),
                form("POST /admin/users/{id}/unblock", may(MANAGE_USERS), "/admin/users/" + s.victimId() + "/unblock"),
                // the blog as a whole
                get("GET /admin/settings", may(CHANGE_SETTINGS), "/admin/settings"),
                new Probe("POST /admin/settings", may(CHANGE_SETTINGS), "/admin/settings", s.settingsForm(), Probe.Body.FORM),
                get("GET /admin/import", may(CHANGE_SETTINGS), "/admin/import"),
                multipart("POST /admin/import", may(CHANGE_SETTINGS), "/admin/import"),
                get("GET /admin/export", may(CHANGE_SETTINGS), "/admin/export"),
                get("GET /admin/export/download", may(CHANGE_SETTINGS), "/admin/export/download"),
                // the WordPress REST API: reading is open, moderating takes an application password
                api("GET /wp-json", ANYONE, "/wp-json"),
                api("GET /wp-json/", ANYONE, "/wp-json/"),
                api("GET /wp-json/wp/v2", ANYONE, "/wp-json/wp/v2"),
                api("GET /wp-json/wp/v2/", ANYONE, "/wp-json/wp/v2/"),
                api("ANY /wp-json/**", ANYONE, "/wp-json/wp/v2/no-such-route"),
                api("GET /wp-json/wp/v2/posts", ANYONE, "/wp-json/wp/v2/posts"),
                api("GET /wp-json/wp/v2/posts/{id}", ANYONE, "/wp-json/wp/v2/posts/" + s.postId()),
                api("GET /wp-json/wp/v2/pages", ANYONE, "/wp-json/wp/v2/pages"),
                api("GET /wp-json/wp/v2/pages/{id}", ANYONE, "/wp-json/wp/v2/pages/" + s.postId()),
                api("GET /wp-json/wp/v2/categories", ANYONE, "/wp-json/wp/v2/categories"),
                api("GET /wp-json/wp/v2/categories/{id}", ANYONE, "/wp-json/wp/v2/categories/1"),
                api("GET /wp-json/wp/v2/tags", ANYONE, "/wp-json/wp/v2/tags"),
                api("GET /wp-json/wp/v2/tags/{id}", ANYONE, "/wp-json/wp/v2/tags/1"),
                api("GET /wp-json/wp/v2/users", ANYONE, "/wp-json/wp/v2/users"),
                api("GET /wp-json/wp/v2/users/{id}", ANYONE, "/wp-json/wp/v2/users/" + s.authorId()),
                api("GET /wp-json/wp/v2/comments", ANYONE, "/wp-json/wp/v2/comments?post=" + s.postId()),
                api("GET /wp-json/wp/v2/comments", may(MODERATE_COMMENTS), "/wp-json/wp/v2/comments?status=hold"),
                api("GET /wp-json/wp/v2/comments/{id}", ANYONE, "/wp-json/wp/v2/comments/" + s.commentId()),
                api("GET /wp-json/wp/v2/comments/{id}", may(MODERATE_COMMENTS), "/wp-json/wp/v2/comments/" + s.heldCommentId()),
                api("POST /wp-json/wp/v2/comments", ANYONE, "/wp-json/wp/v2/comments", "post", String.valueOf(s.postId()),
                        "content", "Through the API.", "author_name", "Program", "author_email", "program@example.com"),
                api("POST /wp-json/wp/v2/comments/{id}", may(MODERATE_COMMENTS),
                        "/wp-json/wp/v2/comments/" + s.heldCommentId(), "status", "approved"),
                api("PUT /wp-json/wp/v2/comments/{id}", may(MODERATE_COMMENTS),
                        "/wp-json/wp/v2/comments/" + s.heldCommentId(), "status", "approved"),
                api("PATCH /wp-json/wp/v2/comments/{id}", may(MODERATE_COMMENTS),
                        "/wp-json/wp/v2/comments/" + s.heldCommentId(), "status", "approved"),
                api("DELETE /wp-json/wp/v2/comments/{id}", may(MODERATE_COMMENTS),
                        "/wp-json/wp/v2/comments/" + s.heldCommentId()),
                // errors, whoever meets them
                get("ANY /error", ANYONE, "/error")));
        // then what takes the review away from readers and the API (the test puts it back between visitors):
        // an edit, and the list's bulk action, which skips posts the writer may not change
        probes.add(form("POST /admin/{type}/{id}/edit", may(EDIT_OTHERS_POSTS), post + "/edit", "title", "Taken over",
                "markdown", "Taken over.", "status", "draft"));
        probes.add(form("POST /admin/{type}/bulk", may(WRITE_DRAFTS), "/admin/posts/bulk", "ids", String.valueOf(s.postId()),
                "action", "trash"));
        // last: signing out ends the visitor's session
        probes.add(form("POST /signout", ANYONE, "/signout"));
        return probes;
    }
}
