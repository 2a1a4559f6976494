package org.reelpress.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.reelpress.post.PostStatus;

class FormReadingTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final Writer AUTHOR = new Writer(1, true, false);

    private static PostForm form(String status, String date, String time, String rating) {
        return new PostForm("A title", "", "Text", "", List.of(), "", "", "", "", "film", "", "", "", "", "",
                rating, status, date, time, "open", "");
    }

    @Test
    void readsHalfStarRatingsAndRefusesAnythingElse() {
        Map<String, String> errors = new HashMap<>();
        assertThat(FormReading.rating("3.5", errors)).isEqualTo(7);
        assertThat(FormReading.rating("0,5", errors)).isEqualTo(1);
        assertThat(FormReading.rating("5", errors)).isEqualTo(10);
        assertThat(FormReading.rating("", errors)).isNull();
        assertThat(errors).isEmpty();
        for (String wrong : List.of("0", "5.5", "3.25", "seven", "-1")) {
            Map<String, String> refused = new HashMap<>();
            assertThat(FormReading.rating(wrong, refused)).as(wrong).isNull();
            assertThat(refused.get("rating")).as(wrong).contains("from 0.5 to 5");
        }
    }

    @Test
    void schedulesAtTheTypedTimeInTheBlogsTimeZone() {
        var read = FormReading.read(form("scheduled", "2026-11-26", "09:30", ""), AUTHOR, null, SEOUL, NOW);
        assertThat(read.errors()).isEmpty();
        assertThat(read.status()).isEqualTo(PostStatus.SCHEDULED);
        assertThat(read.publishedAt()).isEqualTo(Instant.parse("2026-11-26T00:30:00Z"));
    }

    @Test
    void refusesAScheduledTimeThatHasPassedAndADateThatIsNone() {
        assertThat(FormReading.read(form("scheduled", "2026-11-25", "20:00", ""), AUTHOR, null, SEOUL, NOW).errors())
                .containsKey("date").extractingByKey("date").asString().contains("already passed");
        assertThat(FormReading.read(form("scheduled", "2026-02-30", "10:00", ""), AUTHOR, null, SEOUL, NOW).errors())
                .extractingByKey("date").asString().contains("is not a date");
        assertThat(FormReading.read(form("scheduled", "", "", ""), AUTHOR, null, SEOUL, NOW).errors())
                .extractingByKey("date").asString().contains("Give the date");
    }

    @Test
    void turnsAPublishedPostDatedInTheFutureIntoAScheduledOneAndSaysSo() {
        var read = FormReading.read(form("published", "2027-01-01", "", ""), AUTHOR, null, SEOUL, NOW);
        assertThat(read.status()).isEqualTo(PostStatus.SCHEDULED);
        assertThat(read.notes()).singleElement().asString().contains("scheduled");
    }

    @Test
    void letsAContributorSaveDraftsOnly() {
        Writer contributor = new Writer(2, false, false);
        assertThat(FormReading.read(form("published", "", "", ""), contributor, null, SEOUL, NOW).errors())
                .extractingByKey("status").asString().contains("contributor");
        assertThat(FormReading.read(form("draft", "", "", ""), contributor, null, SEOUL, NOW).errors()).isEmpty();
    }

    @Test
    void splitsTagsOnCommasAndDropsEmptyAndRepeatedOnes() {
        assertThat(FormReading.tags(" silent film, Japan ,, silent film ,", new HashMap<>()))
                .containsExactly("silent film", "Japan");
    }
}
