package org.reelpress.feed;

import java.util.Optional;

import org.reelpress.work.Work;

/**
 * Where a work's poster is, for link previews and structured data: a path on the blog such as
 * {@code /media/…}. The feature that stores posters provides it; without one, previews show no image.
 */
public interface Posters {

    Optional<String> pathOf(Work work);
}
