package org.reelpress.feed;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.reelpress.post.Markdown;
import org.reelpress.post.NewPost;
import org.reelpress.post.Permalinks;
import org.reelpress.post.PostRepository;
import org.reelpress.post.PostStatus;
import org.reelpress.post.Slugs;
import org.reelpress.post.Taxonomy;
import org.reelpress.post.TermRepository;
import org.reelpress.site.SettingsRepository;
import org.reelpress.work.NewWork;
import org.reelpress.work.WorkKind;
import org.reelpress.work.WorkRepository;

/** Makes reviews of works, filed under categories and tags, straight through the repositories. */
record Reviews(PostRepository posts, WorkRepository works, TermRepository terms, Markdown markdown,
               SettingsRepository settings) {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    record Made(long id, String title, String slug, String permalink) {
    }

    static String unique(String text) {
        return text + " " + SEQUENCE.incrementAndGet();
    }

    long work(WorkKind kind, String title, String originalTitle, Integer year, String creator) {
        return works.create(new NewWork(kind, Slugs.from(unique(title)), title, originalTitle, year, creator, null), Instant.now());
    }

    /** A published review titled exactly {@code title}, by {@code authorId}, of {@code workId} (may be null). */
    Made review(String title, String markdownSource, long authorId, Long workId, Integer halves, List<String> categories,
                List<String> tags, Instant publishedAt) {
        String slug = Slugs.from(unique(title));
        long id = posts.create(new NewPost(slug, title, markdownSource, PostStatus.PUBLISHED, authorId, workId, halves,
                true, publishedAt), markdown.renderPost(markdownSource), publishedAt);
        categories.forEach(name -> terms.attach(id, terms.findOrCreate(Taxonomy.CATEGORY, name)));
        tags.forEach(name -> terms.attach(id, terms.findOrCreate(Taxonomy.TAG, name)));
        return new Made(id, title, slug, Permalinks.of(settings.site(), id, slug, publishedAt));
    }
}
