package org.reelpress.media;

import java.util.Optional;

import org.reelpress.feed.Posters;
import org.reelpress.work.Work;
import org.springframework.stereotype.Component;

/** A work's poster for link previews and structured data: its large copy, which previews show well. */
@Component
class WorkPosters implements Posters {

    private static final int PREVIEW_WIDTH = 1024;

    private final MediaRepository media;

    WorkPosters(MediaRepository media) {
        this.media = media;
    }

    @Override
    public Optional<String> pathOf(Work work) {
        return Optional.ofNullable(work.posterId()).flatMap(media::find).map(image -> image.picture(PREVIEW_WIDTH).src());
    }
}
