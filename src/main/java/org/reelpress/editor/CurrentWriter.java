package org.reelpress.editor;

import org.reelpress.identity.Commenters;
import org.reelpress.identity.Permission;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** The writer behind this request, as the editor's rules see them. Security lets only writers into /admin. */
@Component
class CurrentWriter {

    private final Commenters commenters;

    CurrentWriter(Commenters commenters) {
        this.commenters = commenters;
    }

    Writer get() {
        long id = commenters.current().orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN)).userId();
        return new Writer(id, commenters.currentMay(Permission.PUBLISH_OWN_POSTS),
                commenters.currentMay(Permission.EDIT_OTHERS_POSTS));
    }

    boolean mayModerate() {
        return commenters.currentMay(Permission.MODERATE_COMMENTS);
    }
}
