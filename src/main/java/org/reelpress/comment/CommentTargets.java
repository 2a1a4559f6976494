package org.reelpress.comment;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Finds the published post a comment is meant for; the posts feature provides it. */
public interface CommentTargets {

    Optional<CommentTarget> find(long postId);

    /** The published ones among these posts, by id, in one look-up; the others are left out. */
    Map<Long, CommentTarget> findAll(Collection<Long> postIds);
}
