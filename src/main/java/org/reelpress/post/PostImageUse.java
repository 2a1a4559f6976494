package org.reelpress.post;

import java.util.List;

import org.reelpress.media.Media;
import org.reelpress.media.MediaUse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells the media library which posts and pages, in any state, show an image in their Markdown. */
@Component
class PostImageUse implements MediaUse {

    private final JdbcClient db;

    PostImageUse(JdbcClient db) {
        this.db = db;
    }

    @Override
    public List<String> usesOf(Media media) {
        return db.sql("SELECT title, status FROM posts WHERE markdown LIKE :name ORDER BY id")
                .param("name", "%/media/" + media.name() + "%")
                .query((rs, row) -> "the " + ("published".equals(rs.getString("status")) ? "" : rs.getString("status") + " ")
                        + "post “" + rs.getString("title") + "”")
                .list();
    }
}
