package org.reelpress.comment;

import org.reelpress.site.CommentSettings;
import org.reelpress.site.SettingsRepository;
import org.springframework.stereotype.Component;

/** Where a comment is shown: the page of its post's discussion that holds its thread, at its anchor. */
@Component
class CommentAddresses {

    private final CommentRepository comments;
    private final SettingsRepository settings;

    CommentAddresses(CommentRepository comments, SettingsRepository settings) {
        this.comments = comments;
        this.settings = settings;
    }

    /** The page holding {@code comment}, without the anchor; one query. */
    String pageOf(CommentTarget target, Comment comment) {
        CommentSettings rules = settings.site().comments();
        CommentRepository.ThreadPlace place = comments.placeOf(comment);
        int pages = CommentPages.count(place.topLevel(), rules.perPage());
        int page = Math.min(pages, CommentPages.holding(place.atOrBefore(), rules.perPage()));
        return new CommentPages(page, pages, rules.newestFirst(), target.permalink()).current();
    }

    String of(CommentTarget target, Comment comment) {
        return pageOf(target, comment) + "#" + comment.anchor();
    }
}
