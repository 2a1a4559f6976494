package org.reelpress.site;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Optional;

import org.springframework.web.util.UriUtils;

/** WordPress's common permalink choices; the date parts are in the blog's time zone, the slug percent-encoded. */
public enum PermalinkStructure {
    DAY_AND_NAME("day_and_name", "Day and name", "/2013/01/24/sample-review/"),
    MONTH_AND_NAME("month_and_name", "Month and name", "/2013/01/sample-review/"),
    POST_NAME("post_name", "Post name", "/sample-review/"),
    NUMERIC("numeric", "Numeric", "/archives/123/");

    private final String column;
    private final String label;
    private final String example;

    PermalinkStructure(String column, String label, String example) {
        this.column = column;
        this.label = label;
        this.example = example;
    }

    public String column() {
        return column;
    }

    public String label() {
        return label;
    }

    public String example() {
        return example;
    }

    public String path(long id, String slug, Instant publishedAt, ZoneId zone) {
        ZonedDateTime local = publishedAt.atZone(zone);
        String name = UriUtils.encodePathSegment(slug, StandardCharsets.UTF_8);
        return switch (this) {
            case DAY_AND_NAME -> "/%04d/%02d/%02d/%s/".formatted(local.getYear(), local.getMonthValue(), local.getDayOfMonth(), name);
            case MONTH_AND_NAME -> "/%04d/%02d/%s/".formatted(local.getYear(), local.getMonthValue(), name);
            case POST_NAME -> "/" + name + "/";
            case NUMERIC -> "/archives/" + id + "/";
        };
    }

    public static Optional<PermalinkStructure> ofColumn(String value) {
        return Arrays.stream(values()).filter(s -> s.column.equals(value)).findFirst();
    }
}
