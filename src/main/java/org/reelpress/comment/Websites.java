package org.reelpress.comment;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Commenters' websites as readers may follow them: an absolute http or https address with a host.
 * The form refuses anything else; a website that came another way (a WordPress export, an older
 * version of the blog) is shown as no website at all rather than as a link that runs code.
 */
public final class Websites {

    private Websites() {
    }

    /** {@code url} when readers may follow it, otherwise empty. */
    public static String followable(String url) {
        if (url == null || url.isBlank()) {
            return "";
        }
        String address = url.strip();
        try {
            URI uri = new URI(address);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("http") || scheme.equals("https");
            return web && uri.getHost() != null && uri.getHost().contains(".") ? address : "";
        } catch (URISyntaxException e) {
            return "";
        }
    }
}
