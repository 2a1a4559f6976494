package org.reelpress.editor;

import org.reelpress.post.PostStatus;

/** The signed-in writer and what their role lets them do with posts (see identity's Role). */
record Writer(long id, boolean mayPublish, boolean mayEditOthers) {

    /**
     * Editors edit anything; authors their own posts; contributors their own posts until they are
     * published (a contributor's published post is the editor's to change).
     */
    boolean mayEdit(EditedPost post) {
        if (mayEditOthers) {
            return true;
        }
        return post.authorId() == id && (mayPublish || post.status() == PostStatus.DRAFT || post.status() == PostStatus.TRASH);
    }
}
