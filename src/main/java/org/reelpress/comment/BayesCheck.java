package org.reelpress.comment;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The learning filter's say: nearly certain spam is kept as spam, likely spam waits for a moderator. */
@Component
@Order(60)
class BayesCheck implements CommentCheck {

    static final double SPAM = 0.99;
    static final double HOLD = 0.9;

    private final SpamFilter filter;

    BayesCheck(SpamFilter filter) {
        this.filter = filter;
    }

    @Override
    public Finding check(CommentAttempt attempt) {
        double score = filter.score(attempt.body() + "\n" + attempt.form().urlText()).orElse(0);
        if (score > SPAM) {
            return Finding.spam("the learning filter scored it %.3f".formatted(score));
        }
        return score > HOLD ? Finding.hold("the learning filter scored it %.3f".formatted(score)) : Finding.PASS;
    }
}
