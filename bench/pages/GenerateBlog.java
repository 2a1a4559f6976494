import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fills a migrated Reelpress SQLite database with a blog to measure: 1,000 reviews with four
 * comments each, and four more reviews whose discussions hold 200, 2,000 and 10,000 comments,
 * threaded up to five deep, in Korean and English. Fixed seed: every run makes the same blog.
 *
 *   java -cp <sqlite-jdbc jar> bench/pages/GenerateBlog.java data/reelpress.db
 *
 * Prints the big reviews, one a line: "comments id".
 */
public class GenerateBlog {

    private static final String[] ENGLISH = ("the film the camera light rain stair house family father daughter "
            + "ending score silence cut frame actor scene memory miracle river night winter prison gift letter "
            + "station hope grief laughter street city").split(" ");
    private static final String[] KOREAN = ("영화 카메라 빛 비 계단 집 가족 아버지 딸 결말 음악 침묵 장면 배우 기억 기적 "
            + "강 밤 겨울 감옥 선물 편지 역 희망 슬픔 웃음 거리 도시").split(" ");
    private static final long HOUR = 3_600_000L;

    public static void main(String[] args) throws Exception {
        Random random = new Random(20261125);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + args[0])) {
            db.setAutoCommit(false);
            long author;
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT MIN(id) FROM users")) {
                rs.next();
                author = rs.getLong(1);
            }
            long start = System.currentTimeMillis() - 2_000L * 24 * HOUR;
            for (int n = 1; n <= 1000; n++) {
                long post = post(db, random, author, "bench-review-" + n, start + n * 24 * HOUR / 2);
                comments(db, random, post, 4, start + n * 24 * HOUR / 2);
            }
            long now = System.currentTimeMillis() - 4 * HOUR;
            for (int size : new int[]{4, 200, 2000, 10000}) {
                String slug = "thread-of-" + size;
                long post = post(db, random, author, slug, now + size);
                comments(db, random, post, size, now + size);
                System.out.println(size + " " + post);
            }
            db.commit();
        }
    }

    private static long post(Connection db, Random random, long author, String slug, long at) throws Exception {
        StringBuilder markdown = new StringBuilder();
        StringBuilder html = new StringBuilder();
        for (int p = 0; p < 6; p++) {
            String paragraph = sentence(random, 40);
            markdown.append(paragraph).append("\n\n");
            html.append("<p>").append(paragraph).append("</p>\n");
        }
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO posts (type, slug, title, markdown, html, excerpt, status, author_id, comment_status,
                                   published_at, created_at, updated_at)
                VALUES ('post', ?, ?, ?, ?, ?, 'published', ?, 'open', ?, ?, ?) RETURNING id""")) {
            insert.setString(1, slug);
            insert.setString(2, "Bench " + slug + " " + sentence(random, 3));
            insert.setString(3, markdown.toString());
            insert.setString(4, html.toString());
            insert.setString(5, sentence(random, 25));
            insert.setLong(6, author);
            insert.setLong(7, at);
            insert.setLong(8, at);
            insert.setLong(9, at);
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** {@code count} approved comments: a third start a thread, the rest answer a recent one up to depth five. */
    private static void comments(Connection db, Random random, long post, int count, long at) throws Exception {
        record Placed(long id, int depth, String path) {
        }
        List<Placed> placed = new ArrayList<>();
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO comments (post_id, parent_id, depth, path, author_name, author_email, author_url, body,
                                      body_html, status, created_at)
                VALUES (?, ?, ?, '', ?, ?, '', ?, ?, 'approved', ?) RETURNING id""");
             PreparedStatement path = db.prepareStatement("UPDATE comments SET path = ? WHERE id = ?")) {
            for (int i = 0; i < count; i++) {
                Placed parent = null;
                if (!placed.isEmpty() && random.nextInt(3) > 0) {
                    Placed candidate = placed.get(Math.max(0, placed.size() - 1 - random.nextInt(Math.min(placed.size(), 8))));
                    parent = candidate.depth() < 5 ? candidate : null;
                }
                String body = sentence(random, 12 + random.nextInt(30));
                insert.setLong(1, post);
                insert.setObject(2, parent == null ? null : parent.id());
                insert.setInt(3, parent == null ? 1 : parent.depth() + 1);
                insert.setString(4, random.nextBoolean() ? "Reader " + random.nextInt(5000) : "독자 " + random.nextInt(5000));
                insert.setString(5, "reader" + random.nextInt(5000) + "@example.com");
                insert.setString(6, body);
                insert.setString(7, "<p>" + body + "</p>");
                insert.setLong(8, at + (i + 1) * 60_000L);
                long id;
                try (ResultSet rs = insert.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
                String own = (parent == null ? "" : parent.path() + ".") + "%010d".formatted(id);
                path.setString(1, own);
                path.setLong(2, id);
                path.executeUpdate();
                placed.add(new Placed(id, parent == null ? 1 : parent.depth() + 1, own));
            }
        }
    }

    private static String sentence(Random random, int words) {
        String[] language = random.nextBoolean() ? ENGLISH : KOREAN;
        StringBuilder out = new StringBuilder();
        for (int w = 0; w < words; w++) {
            out.append(w == 0 ? "" : " ").append(language[random.nextInt(language.length)]);
        }
        return out.append('.').toString();
    }
}
