package org.reelpress.comment;

import java.util.Optional;

/** Finds the published post a comment is meant for; the posts feature provides it. */
public interface CommentTargets {

    Optional<CommentTarget> find(long postId);
}
