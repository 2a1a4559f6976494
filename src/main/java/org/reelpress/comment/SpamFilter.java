package org.reelpress.comment;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The local learning filter: it counts the tokens of comments the moderators judged, and scores a
 * new comment by how spam-like its tokens have been. The counts live in {@code spam_tokens}; the
 * row with the empty token counts the messages themselves.
 */
@Component
public class SpamFilter {

    private static final String MESSAGES = "";

    private final JdbcClient db;
    private final CommentRepository comments;

    SpamFilter(JdbcClient db, CommentRepository comments) {
        this.db = db;
        this.comments = comments;
    }

    /** Teaches the filter one example: the text of a comment and whether it is spam. */
    @Transactional
    public void learn(String text, boolean spam) {
        count(MESSAGES, spam);
        for (String token : SpamTokens.of(text)) {
            count(token, spam);
        }
    }

    /** The chance that this text is spam, 0 to 1; empty while the filter has not seen both spam and good comments. */
    public OptionalDouble score(String text) {
        Set<String> tokens = SpamTokens.of(text);
        NaiveBayes.Tally messages = tallies(Set.of(MESSAGES)).getOrDefault(MESSAGES, NaiveBayes.Tally.NONE);
        return NaiveBayes.spamProbability(tokens, messages, tokens.isEmpty() ? Map.of() : tallies(tokens));
    }

    @EventListener
    void judged(CommentJudged event) {
        comments.bodyOf(event.commentId()).ifPresent(text -> learn(text, event.spam()));
    }

    private void count(String token, boolean spam) {
        db.sql("""
                INSERT INTO spam_tokens (token, spam, ham) VALUES (:token, :spam, :ham)
                ON CONFLICT (token) DO UPDATE SET spam = spam_tokens.spam + excluded.spam, ham = spam_tokens.ham + excluded.ham""")
                .param("token", token).param("spam", spam ? 1 : 0).param("ham", spam ? 0 : 1).update();
    }

    private Map<String, NaiveBayes.Tally> tallies(Set<String> tokens) {
        return db.sql("SELECT token, spam, ham FROM spam_tokens WHERE token IN (:tokens)")
                .param("tokens", tokens)
                .query((rs, n) -> Map.entry(rs.getString("token"), new NaiveBayes.Tally(rs.getLong("spam"), rs.getLong("ham"))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
