import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Writes a WordPress export (WXR 1.2) of about the given size, for measuring an import's memory:
 * reviews of a few kilobytes each, in ten categories under two parents, each with a thread of
 * comments three deep.
 *
 * java bench/wordpress/LargeExport.java OUT.xml MEGABYTES
 */
public class LargeExport {

    private static final DateTimeFormatter WP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        long target = Long.parseLong(args[1]) * 1_048_576L;
        String paragraph = "<p>" + "The long take holds on the corridor while the light changes behind the door. ".repeat(8) + "</p>\n";
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("""
                    <?xml version="1.0" encoding="UTF-8" ?>
                    <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
                      xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
                      xmlns:wp="http://wordpress.org/export/1.2/">
                    <channel>
                    <title>Generated reviews</title><link>https://generated.example.org</link><description>For measuring</description>
                    <wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>https://generated.example.org</wp:base_site_url>
                    <wp:author><wp:author_id>1</wp:author_id><wp:author_login>bench</wp:author_login><wp:author_display_name>Bench Writer</wp:author_display_name></wp:author>
                    <wp:category><wp:category_nicename>films</wp:category_nicename><wp:category_parent></wp:category_parent><wp:cat_name>Films</wp:cat_name></wp:category>
                    <wp:category><wp:category_nicename>series</wp:category_nicename><wp:category_parent></wp:category_parent><wp:cat_name>Series</wp:cat_name></wp:category>
                    """);
            for (int c = 0; c < 10; c++) {
                w.write("<wp:category><wp:category_nicename>genre-" + c + "</wp:category_nicename><wp:category_parent>"
                        + (c % 2 == 0 ? "films" : "series") + "</wp:category_parent><wp:cat_name>Genre " + c + "</wp:cat_name></wp:category>\n");
            }
            LocalDateTime date = LocalDateTime.of(2005, 1, 1, 12, 0);
            long commentId = 1;
            for (int id = 1; Files.size(out) < target; id++) {
                date = date.plusHours(7);
                String d = WP.format(date);
                w.write("<item><title>Review number " + id + "</title><dc:creator>bench</dc:creator>"
                        + "<content:encoded><![CDATA[" + paragraph.repeat(4) + "]]></content:encoded>"
                        + "<excerpt:encoded><![CDATA[]]></excerpt:encoded>"
                        + "<wp:post_id>" + id + "</wp:post_id><wp:post_date>" + d + "</wp:post_date><wp:post_date_gmt>" + d
                        + "</wp:post_date_gmt><wp:comment_status>open</wp:comment_status><wp:post_name>review-number-" + id
                        + "</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>"
                        + "<category domain=\"category\" nicename=\"genre-" + (id % 10) + "\"><![CDATA[Genre " + (id % 10) + "]]></category>\n");
                long parent = 0;
                for (int n = 0; n < 6; n++) {
                    long cid = commentId++;
                    String cd = WP.format(date.plusMinutes(n + 1));
                    w.write("<wp:comment><wp:comment_id>" + cid + "</wp:comment_id><wp:comment_author>Reader " + n
                            + "</wp:comment_author><wp:comment_author_email>reader" + n + "@example.net</wp:comment_author_email>"
                            + "<wp:comment_date>" + cd + "</wp:comment_date><wp:comment_date_gmt>" + cd + "</wp:comment_date_gmt>"
                            + "<wp:comment_content><![CDATA[I saw it twice and the second time the ending made sense.]]></wp:comment_content>"
                            + "<wp:comment_approved>1</wp:comment_approved><wp:comment_type>comment</wp:comment_type>"
                            + "<wp:comment_parent>" + parent + "</wp:comment_parent></wp:comment>\n");
                    parent = n % 3 == 2 ? 0 : cid;
                }
                w.write("</item>\n");
                if (id % 1000 == 0) {
                    w.flush();
                }
            }
            w.write("</channel>\n</rss>\n");
        }
    }
}
