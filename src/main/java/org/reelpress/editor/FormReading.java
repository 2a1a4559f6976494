package org.reelpress.editor;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.reelpress.post.PostStatus;
import org.reelpress.work.NewWork;
import org.reelpress.work.WorkKind;

/**
 * Reads the editor's form into checked values, or says what is wrong with each field, keyed by the
 * field's id. Nothing here touches the database.
 */
final class FormReading {

    /** The form's values once they parse. {@code newWork} has no slug yet; {@code workId} is null for none. */
    record Read(Map<String, String> errors, List<String> notes, PostStatus status, Instant publishedAt, Integer rating,
                Long workId, NewWork newWork, List<Long> categoryIds, List<String> tags) {

        boolean valid() {
            return errors.isEmpty();
        }
    }

    private static final Set<String> STATUSES = Set.of("draft", "scheduled", "published", "private");

    private FormReading() {
    }

    static Read read(PostForm form, Writer writer, EditedPost existing, ZoneId zone, Instant now) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        if (form.title().isBlank()) {
            errors.put("title", "Give it a title: readers see it first, and the address is made from it.");
        } else if (form.title().length() > 300) {
            errors.put("title", "A title is at most 300 characters.");
        }
        PostStatus status = PostStatus.DRAFT;
        if (!STATUSES.contains(form.status())) {
            errors.put("status", "Choose draft, scheduled, published or private.");
        } else {
            status = PostStatus.valueOf(form.status().toUpperCase(java.util.Locale.ROOT));
            if (status != PostStatus.DRAFT && !writer.mayPublish()) {
                errors.put("status", "As a contributor you save drafts; an editor or author publishes them.");
            }
        }
        Instant typed = null;
        if (!form.date().isBlank() || !form.time().isBlank()) {
            typed = when(form.date(), form.time(), zone, errors);
        }
        Instant publishedAt = existing == null ? null : existing.publishedAt();
        if (status == PostStatus.SCHEDULED) {
            if (typed == null && !errors.containsKey("date")) {
                errors.put("date", "Give the date and time it should go live.");
            } else if (typed != null && !typed.isAfter(now)) {
                errors.put("date", "That time has already passed: choose a later one, or choose Published to publish now.");
            }
            publishedAt = typed;
        } else if (status == PostStatus.PUBLISHED || status == PostStatus.PRIVATE) {
            if (typed != null && typed.isAfter(now) && status == PostStatus.PUBLISHED) {
                status = PostStatus.SCHEDULED;
                notes.add("The date you gave is in the future, so it is scheduled to go live then.");
            }
            boolean wasLive = existing != null && publishedAt != null && existing.status() != PostStatus.DRAFT
                    && existing.status() != PostStatus.SCHEDULED;
            publishedAt = typed != null ? typed : wasLive ? publishedAt : now;
        } else if (typed != null) {
            publishedAt = typed;
        }
        return new Read(errors, notes, status, publishedAt, rating(form.rating(), errors), work(form, errors),
                newWork(form, errors), ids(form.categories()), tags(form.tags(), errors));
    }

    private static Instant when(String date, String time, ZoneId zone, Map<String, String> errors) {
        LocalDate day;
        try {
            day = LocalDate.parse(date.strip());
        } catch (DateTimeException e) {
            errors.put("date", "“" + date + "” is not a date: write it as year-month-day, such as 2026-12-24.");
            return null;
        }
        LocalTime at = LocalTime.MIDNIGHT;
        if (!time.isBlank()) {
            try {
                at = LocalTime.parse(time.strip());
            } catch (DateTimeException e) {
                errors.put("time", "“" + time + "” is not a time: write it as hours:minutes, such as 20:30.");
                return null;
            }
        }
        return day.atTime(at).atZone(zone).toInstant();
    }

    /** Half stars: "3.5" → 7; blank → no rating. */
    static Integer rating(String typed, Map<String, String> errors) {
        if (typed.isBlank()) {
            return null;
        }
        try {
            BigDecimal halves = new BigDecimal(typed.strip().replace(',', '.')).multiply(BigDecimal.TWO);
            if (halves.stripTrailingZeros().scale() <= 0 && halves.compareTo(BigDecimal.ONE) >= 0
                    && halves.compareTo(BigDecimal.TEN) <= 0) {
                return halves.intValueExact();
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // falls through to the message
        }
        errors.put("rating", "A rating is from 0.5 to 5 stars in half stars, such as 3.5; “" + typed + "” is not one.");
        return null;
    }

    private static Long work(PostForm form, Map<String, String> errors) {
        if (form.work().isBlank() || form.work().equals("new")) {
            return null;
        }
        try {
            return Long.parseLong(form.work());
        } catch (NumberFormatException e) {
            errors.put("work", "Choose a work from the list, or a new one.");
            return null;
        }
    }

    private static NewWork newWork(PostForm form, Map<String, String> errors) {
        if (!form.work().equals("new")) {
            return null;
        }
        WorkKind kind = switch (form.workKind()) {
            case "film" -> WorkKind.FILM;
            case "series" -> WorkKind.SERIES;
            case "book" -> WorkKind.BOOK;
            default -> null;
        };
        if (kind == null) {
            errors.put("work-kind", "Choose film, series or book.");
        }
        if (form.workTitle().isBlank()) {
            errors.put("work-title", "Give the new work's title.");
        }
        Integer year = null;
        if (!form.workYear().isBlank()) {
            try {
                year = Integer.parseInt(form.workYear().strip());
                if (year < 1800 || year > 2200) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                errors.put("work-year", "A year is four digits, such as 1926.");
            }
        }
        return kind == null ? null : new NewWork(kind, "", form.workTitle().strip(), blankToNull(form.workOriginalTitle()),
                year, blankToNull(form.workCreator()), blankToNull(form.workCountry()));
    }

    static List<Long> ids(List<String> ticked) {
        List<Long> ids = new ArrayList<>();
        for (String id : ticked) {
            try {
                ids.add(Long.parseLong(id));
            } catch (NumberFormatException e) {
                // a box that names no category is left out
            }
        }
        return ids;
    }

    static List<String> tags(String typed, Map<String, String> errors) {
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : typed.split(",")) {
            String name = tag.strip().replaceAll("\\s+", " ");
            if (name.length() > 60) {
                errors.put("tags", "A tag is at most 60 characters: “" + name.substring(0, 20) + "…” is longer.");
            } else if (!name.isEmpty()) {
                tags.add(name);
            }
        }
        return List.copyOf(tags);
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value.strip();
    }
}
