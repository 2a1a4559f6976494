package org.reelpress.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The settings form as typed, every field a string so that a value with a problem comes back
 * as it was. {@code shownProviders} are the ids of the sign-in providers left ticked.
 */
public record SettingsForm(String title, String tagline, String siteUrl, String timezone, String dateFormat,
                           String timeFormat, String postsPerPage, String permalinkStructure, String commentPolicy,
                           String threadDepth, String commentsPerPage, String commentOrder, List<String> shownProviders) {

    static final List<String> POLICIES = List.of("hold_first", "hold_all", "approve_all");

    public SettingsForm {
        title = clean(title);
        tagline = clean(tagline);
        siteUrl = clean(siteUrl);
        timezone = clean(timezone);
        dateFormat = clean(dateFormat);
        timeFormat = clean(timeFormat);
        postsPerPage = clean(postsPerPage);
        permalinkStructure = clean(permalinkStructure);
        commentPolicy = clean(commentPolicy);
        threadDepth = clean(threadDepth);
        commentsPerPage = clean(commentsPerPage);
        commentOrder = clean(commentOrder);
        shownProviders = shownProviders == null ? List.of() : List.copyOf(shownProviders);
    }

    static SettingsForm of(SiteSettings site, List<String> configuredProviders) {
        return new SettingsForm(site.title(), site.tagline(), site.siteUrl(), site.zone().getId(), site.dateFormat(),
                site.timeFormat(), String.valueOf(site.postsPerPage()), site.permalinks().column(),
                site.comments().policy(), String.valueOf(site.threadDepth()), String.valueOf(site.comments().perPage()),
                site.comments().order(),
                configuredProviders.stream().filter(id -> !site.hiddenProviders().contains(id)).toList());
    }

    /** What is wrong, by field name; empty when every value can be stored. */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (title.isEmpty() || title.length() > 200) {
            problems.put("title", "Give the blog a title of up to 200 characters.");
        }
        if (tagline.length() > 300) {
            problems.put("tagline", "Keep the tagline under 300 characters.");
        }
        if (!siteUrl.isEmpty() && !validSiteUrl(siteUrl)) {
            problems.put("siteUrl", "Give the address readers use, such as https://reviews.example.org, or leave it empty.");
        }
        if (!validZone(timezone)) {
            problems.put("timezone", "Choose a time zone by its name, such as Asia/Seoul or Europe/Paris.");
        }
        if (!validPattern(dateFormat)) {
            problems.put("dateFormat", "That date format cannot be read. Letters such as MMMM d, yyyy stand for the parts of a date.");
        }
        if (!validPattern(timeFormat)) {
            problems.put("timeFormat", "That time format cannot be read. Letters such as h:mm a or HH:mm stand for the parts of a time.");
        }
        if (number(postsPerPage, 1, 100) == null) {
            problems.put("postsPerPage", "Show from 1 to 100 reviews a page.");
        }
        if (PermalinkStructure.ofColumn(permalinkStructure).isEmpty()) {
            problems.put("permalinkStructure", "Choose one of the permalink structures.");
        }
        if (!POLICIES.contains(commentPolicy)) {
            problems.put("commentPolicy", "Choose how new comments are treated.");
        }
        if (number(threadDepth, 1, 10) == null) {
            problems.put("threadDepth", "Nest replies from 1 to 10 levels deep.");
        }
        if (number(commentsPerPage, 1, 1000) == null) {
            problems.put("commentsPerPage", "Show from 1 to 1000 comments a page.");
        }
        if (!commentOrder.equals("oldest") && !commentOrder.equals("newest")) {
            problems.put("commentOrder", "Choose which comments come first.");
        }
        return problems;
    }

    /** The values to store, by setting name, once {@link #problems()} is empty. */
    Map<String, String> values(List<String> configuredProviders) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", title);
        values.put("tagline", tagline);
        values.put("site_url", siteUrl.replaceAll("/+$", ""));
        values.put("timezone", ZoneId.of(timezone).getId());
        values.put("date_format", dateFormat);
        values.put("time_format", timeFormat);
        values.put("posts_per_page", String.valueOf(number(postsPerPage, 1, 100)));
        values.put("permalink_structure", permalinkStructure);
        values.put("comment_policy", commentPolicy);
        values.put("thread_depth", String.valueOf(number(threadDepth, 1, 10)));
        values.put("comments_per_page", String.valueOf(number(commentsPerPage, 1, 1000)));
        values.put("comment_order", commentOrder);
        values.put("hidden_providers", String.join(",",
                configuredProviders.stream().filter(id -> !shownProviders.contains(id)).toList()));
        return values;
    }

    private static boolean validSiteUrl(String value) {
        try {
            URI uri = new URI(value);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getRawQuery() == null && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean validZone(String value) {
        try {
            return !value.isEmpty() && ZoneId.of(value) != null;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean validPattern(String value) {
        if (value.isEmpty() || value.length() > 60) {
            return false;
        }
        try {
            DateTimeFormatter.ofPattern(value, Locale.ENGLISH).format(Instant.EPOCH.atZone(ZoneId.of("UTC")));
            return true;
        } catch (IllegalArgumentException | DateTimeException e) {
            return false;
        }
    }

    private static Integer number(String value, int min, int max) {
        if (value.isEmpty() || value.length() > 6 || !value.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int parsed = Integer.parseInt(value);
        return parsed < min || parsed > max ? null : parsed;
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
