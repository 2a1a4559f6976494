import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Posts guest comments to a running blog as browsers would, from 1, 10 and 50 clients at once,
 * and prints comments accepted per second and the p50/p99 latency of a post at each level.
 * Each client is a browser of its own: it opens the first review on the front page, keeps the
 * session cookie and the form's CSRF token, then posts comments one after another until the
 * level's time is up. Only answers that lead to the new comment (303 to #comment-N) count.
 *
 *   java bench/comments/CommentLoad.java http://127.0.0.1:18080 [seconds per level] [levels]
 */
public class CommentLoad {

    private static final Pattern REVIEW_LINK = Pattern.compile("href=\"(/\\d{4}/\\d{2}/[^\"/]+/)\"");
    private static final Pattern POST_ID = Pattern.compile("name=\"post\" value=\"(\\d+)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:18080";
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        int[] levels = args.length > 2 ? Arrays.stream(args[2].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[]{1, 10, 50};

        String review = find(REVIEW_LINK, get(newBrowser(), base + "/"), "a review on the front page");
        System.out.printf("Posting guest comments to %s%s, %d s per level%n", base, review, seconds);
        run(base, review, 4, 3);   // warm-up: JIT, connection pools, the database's first pages
        System.out.println("clients  accepted  comments/s  p50 ms  p99 ms  max ms  failed");
        for (int clients : levels) {
            Result r = run(base, review, clients, seconds);
            System.out.printf("%7d  %8d  %10.1f  %6.1f  %6.1f  %6.1f  %6d%n", clients, r.accepted(),
                    r.accepted() / r.seconds(), r.percentile(50), r.percentile(99), r.percentile(100), r.failed());
        }
    }

    record Result(int accepted, int failed, double seconds, long[] nanos) {
        double percentile(int p) {
            if (nanos.length == 0) {
                return Double.NaN;
            }
            int index = Math.min(nanos.length - 1, (int) Math.ceil(p / 100.0 * nanos.length) - 1);
            return nanos[Math.max(0, index)] / 1e6;
        }
    }

    private static Result run(String base, String review, int clients, int seconds) throws Exception {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger failed = new AtomicInteger();
        List<Browser> browsers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            browsers.add(open(base, review));
        }
        long start = System.nanoTime();
        long deadline = start + Duration.ofSeconds(seconds).toNanos();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> running = new ArrayList<>();
            for (Browser browser : browsers) {
                running.add(executor.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        long before = System.nanoTime();
                        boolean accepted = post(base, browser);
                        long took = System.nanoTime() - before;
                        if (accepted) {
                            latencies.add(took);
                        } else {
                            failed.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Result(sorted.length, failed.get(), elapsed, sorted);
    }

    record Browser(HttpClient http, String postId, String token) {
    }

    private static Browser open(String base, String review) throws Exception {
        HttpClient http = newBrowser();
        String page = get(http, base + review);
        return new Browser(http, find(POST_ID, page, "the comment form's post id"), find(CSRF, page, "the form's CSRF token"));
    }

    private static boolean post(String base, Browser browser) {
        int n = SEQUENCE.incrementAndGet();
        Map<String, String> form = Map.of("_csrf", browser.token(), "post", browser.postId(),
                "comment", "Load test comment number " + n + ": the intertitles carry the whole film.",
                "name", "Reader " + n, "email", "reader" + n + "@example.com", "url", "");
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/comments"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html").header("User-Agent", "CommentLoad")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<Void> response = browser.http().send(request, HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 303
                    && response.headers().firstValue("Location").orElse("").matches(".*#comment-\\d+$");
        } catch (Exception e) {
            return false;
        }
    }

    private static HttpClient newBrowser() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static String get(HttpClient http, String url) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String find(Pattern pattern, String page, String what) {
        Matcher m = pattern.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("Could not find " + what);
        }
        return m.group(1);
    }
}
