package org.reelpress.media;

import java.util.List;

/** Where an image is used, as features that show images know it: "the poster of Parasite". */
public interface MediaUse {

    List<String> usesOf(Media media);
}
