package org.reelpress.work;

import java.util.List;

import org.reelpress.media.Media;
import org.reelpress.media.MediaUse;
import org.springframework.stereotype.Component;

/** Tells the media library which works show an image as their poster. */
@Component
class PosterUse implements MediaUse {

    private final WorkRepository works;

    PosterUse(WorkRepository works) {
        this.works = works;
    }

    @Override
    public List<String> usesOf(Media media) {
        return works.withPoster(media.id()).stream().map(work -> "the poster of " + work.title()).toList();
    }
}
