package org.reelpress.trust;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writers signed in to the blog, each in a browser of its own, publishing reviews from the editor.
 * A review counts as acknowledged when the blog answers the editor's form with the 303 to the new
 * review's editor; it is written down with everything the writer typed.
 */
final class Publishers extends WritesUnderLoad<PublishedReview> {

    private static final Pattern EDITOR = Pattern.compile("/admin/posts/(\\d+)/edit$");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final BlogProcess blog;
    private final String login;
    private final String password;

    private Publishers(BlogProcess blog, String login, String password) {
        super("review");
        this.blog = blog;
        this.login = login;
        this.password = password;
    }

    /**
     * {@code count} writers sign in as {@code login} and start publishing reviews on {@code blog};
     * returns once they are all signed in and at work.
     */
    static Publishers start(BlogProcess blog, int count, String login, String password) {
        Publishers publishers = new Publishers(blog, login, password);
        publishers.begin(count, "the writers to sign in");
        return publishers;
    }

    @Override
    Map<String, String> ready(Browser browser) throws IOException, InterruptedException {
        browser.signIn(blog, login, password);
        return Browser.hiddenFields(browser.page(blog.url("/admin/posts/new")), "#editor");
    }

    @Override
    void writeOnce(Browser browser, Map<String, String> hidden) throws IOException, InterruptedException {
        PublishedReview review = PublishedReview.typed(SEQUENCE.incrementAndGet());
        Map<String, Object> form = new HashMap<>(hidden);
        form.putAll(Map.of("title", review.title(), "markdown", review.markdown(), "tags", String.join(", ", review.tags()),
                "work", "new", "workKind", "film", "workTitle", review.workTitle(), "workYear", "1999",
                "rating", review.rating(), "status", "published", "comments", "open"));
        HttpResponse<Void> answer = browser.post(blog.url("/admin/posts/new"), form);
        Matcher editor = EDITOR.matcher(answer.headers().firstValue("Location").orElse(""));
        if (answer.statusCode() == 303 && editor.find()) {
            long id = Long.parseLong(editor.group(1));
            acknowledge(id, review.withId(id));
        } else {
            refuse();
        }
    }
}
