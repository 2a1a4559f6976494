package org.reelpress.site;

/**
 * What a feed entry carries: the whole review, or only its excerpt with a link to read on
 * (WordPress's "For each post in a feed, include"). Stored as {@code feed_content}: full or excerpt.
 */
public enum FeedContent {
    FULL_TEXT("full"),
    EXCERPT("excerpt");

    private final String setting;

    FeedContent(String setting) {
        this.setting = setting;
    }

    public String setting() {
        return setting;
    }

    static FeedContent ofSetting(String value, FeedContent fallback) {
        for (FeedContent content : values()) {
            if (content.setting.equals(value)) {
                return content;
            }
        }
        return fallback;
    }
}
