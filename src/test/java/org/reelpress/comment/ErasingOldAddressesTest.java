package org.reelpress.comment;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.reelpress.BlogTest;
import org.reelpress.Fixtures.MadePost;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

class ErasingOldAddressesTest extends BlogTest {

    @Autowired
    AddressRetention retention;

    @Autowired
    JdbcClient db;

    @Test
    void erasesTheAddressAndBrowserOfCommentsOlderThanSixtyDaysAndKeepsTheComments() {
        MadePost post = fixtures.post("Addresses kept for a while", "Text.");
        long old = fixtures.comment(post, null, "Old Reader", "Written long ago.");
        long recent = fixtures.comment(post, null, "New Reader", "Written today.");
        db.sql("UPDATE comments SET created_at = :then WHERE id = :id")
                .param("then", Instant.now().minus(Duration.ofDays(61)).toEpochMilli()).param("id", old).update();

        retention.eraseExpired();

        assertThat(addressOf(old)).isEqualTo("null/null");
        assertThat(addressOf(recent)).isEqualTo("127.0.0.1/test");
        assertThat(db.sql("SELECT body FROM comments WHERE id = :id").param("id", old).query(String.class).single())
                .isEqualTo("Written long ago.");
    }

    private String addressOf(long comment) {
        return db.sql("SELECT ip, user_agent FROM comments WHERE id = :id").param("id", comment)
                .query((rs, row) -> rs.getString("ip") + "/" + rs.getString("user_agent")).single();
    }
}
