package org.reelpress.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.reelpress.BlogTest;
import org.reelpress.Fixtures.MadePost;
import org.springframework.beans.factory.annotation.Autowired;

/** What moderators decide is what the learning filter learns. */
class LearningFromModeratorsTest extends BlogTest {

    @Autowired
    CommentModeration moderation;

    @Autowired
    SpamFilter filter;

    @Test
    void learnsSpamAndGoodCommentsFromModeratorsDecisions() {
        MadePost post = fixtures.post("Review that draws spam", "Text.");
        String spamWords = "zzcheap zzpills zzcasino zzbonus";
        String goodWords = "qqcinematography qqsilent qqframing qqscore";
        for (int i = 0; i < 6; i++) {
            long spam = fixtures.comment(post, null, "Bot " + i, spamWords + " " + i);
            long good = fixtures.comment(post, null, "Reader " + i, goodWords + " " + i);
            comments.setStatus(good, CommentStatus.PENDING);
            moderation.apply(ModerationAction.SPAM, List.of(spam));
            moderation.apply(ModerationAction.APPROVE, List.of(good));
        }

        assertThat(filter.score(spamWords).orElseThrow()).isGreaterThan(0.9);
        assertThat(filter.score(goodWords).orElseThrow()).isLessThan(0.1);
    }

    @Autowired
    CommentRepository comments;
}
