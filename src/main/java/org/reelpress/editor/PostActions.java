package org.reelpress.editor;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;

import org.reelpress.post.PostChanged;
import org.reelpress.post.PostStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Publishing, trashing, restoring and deleting posts from the lists, each post checked against the writer's role. */
@Service
class PostActions {

    private final EditorRepository editor;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PostActions(EditorRepository editor, Clock clock, ApplicationEventPublisher events) {
        this.editor = editor;
        this.clock = clock;
        this.events = events;
    }

    /** Applies {@code action} to each post of {@code type} the writer may change; the message says how many. */
    @Transactional
    String apply(PostAction action, PostType type, Collection<Long> ids, Writer writer) {
        Instant now = clock.instant();
        int done = 0;
        for (long id : ids) {
            EditedPost post = editor.find(id).filter(p -> p.type() == type).filter(writer::mayEdit).orElse(null);
            if (post != null && applied(action, post, writer, now)) {
                events.publishEvent(new PostChanged(id));
                done++;
            }
        }
        return action.message(type, done, ids.size() - done);
    }

    private boolean applied(PostAction action, EditedPost post, Writer writer, Instant now) {
        return switch (action) {
            case PUBLISH -> writer.mayPublish() && post.status() != PostStatus.TRASH && editor.publish(post.id(), now);
            case TRASH -> post.status() != PostStatus.TRASH && editor.setStatus(post.id(), post.status(), PostStatus.TRASH, now);
            case RESTORE -> editor.setStatus(post.id(), PostStatus.TRASH, PostStatus.DRAFT, now);
            case DELETE -> editor.deleteFromTrash(post.id());
        };
    }
}
