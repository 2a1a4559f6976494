package org.reelpress.wordpress;

import java.util.List;
import java.util.Map;

/** What a WordPress export (WXR) holds, element by element, as the text it spells; dates as WordPress writes them. */
final class Wxr {

    private Wxr() {
    }

    /** The blog the export came from; {@code baseSiteUrl} tells one WordPress blog from another. */
    record Channel(String title, String link, String description, String language, String baseSiteUrl) {

        String source() {
            String site = baseSiteUrl.isBlank() ? link : baseSiteUrl;
            return site.isBlank() ? title : site.strip().replaceAll("/+$", "");
        }
    }

    record Author(long id, String login, String email, String displayName) {
    }

    /** A category (with its parent's slug, or "") or a tag, declared at the top of the export. */
    record Term(String taxonomy, String slug, String name, String parentSlug, String description) {
    }

    /** A term an item is filed under: {@code domain} is category, post_tag, post_format or another taxonomy. */
    record ItemTerm(String domain, String slug, String name) {
    }

    record Comment(long id, String author, String email, String url, String ip, String date, String dateGmt,
                   String content, String approved, String type, long parent, long userId) {
    }

    /** A post, page, attachment or anything else WordPress stores as a post. */
    record Item(long id, String title, String link, String guid, String creator, String content, String excerpt,
                String postDate, String postDateGmt, String modifiedGmt, String commentStatus, String slug,
                String status, long parent, int menuOrder, String type, String password, boolean sticky,
                String attachmentUrl, List<ItemTerm> terms, Map<String, String> meta, List<Comment> comments) {
    }

    /** Receives an export's parts in the order the file holds them. */
    interface Visitor {

        default void channel(Channel channel) {
        }

        default void author(Author author) {
        }

        default void term(Term term) {
        }

        default void item(Item item) {
        }
    }
}
