import java.io.IOException;
import java.net.CookieManager;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A long mixed load on a running blog, to see that it holds: errors (target zero), latency minute
 * by minute, and the blog's heap after each minute (target: flat). Each connection is a reader's
 * browser of its own (cookies, form tokens) on a virtual thread, doing one thing after another:
 *
 *   60 % reading: the front page, a review, the feed;  15 % commenting as a guest (the review's
 *   form, with its stamp and token, then the post);  20 % searching;  5 % signing in as the writer
 *   and opening the dashboard, then signing out.
 *
 *   java bench/soak/Soak.java BASE_URL MINUTES CONNECTIONS LOGIN PASSWORD_FILE BLOG_PID
 */
public class Soak {

    enum Kind { READ, COMMENT, SEARCH, SIGN_IN }

    private static final Pattern REVIEW = Pattern.compile("href=\"(/\\d{4}/\\d{2}/[^\"/#?]+/)\"");
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");
    private static final Pattern COMMENT_FORM = Pattern.compile("<form[^>]*id=\"commentform\"(.*?)</form>", Pattern.DOTALL);
    private static final Pattern USED = Pattern.compile("used (\\d+)K");
    private static final String[] WORDS = {"영화", "기억", "camera", "family", "winter", "선물", "night", "score", "rain", "miracle"};
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final String base;
    private final String login;
    private final String password;
    private final List<String> reviews;
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private volatile Map<Kind, ConcurrentLinkedQueue<Long>> minute = newMinute();

    Soak(String base, String login, String password, List<String> reviews) {
        this.base = base;
        this.login = login;
        this.password = password;
        this.reviews = reviews;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            System.err.println("Usage: java bench/soak/Soak.java BASE_URL MINUTES CONNECTIONS LOGIN PASSWORD_FILE BLOG_PID");
            System.exit(2);
        }
        String base = args[0];
        int minutes = Integer.parseInt(args[1]);
        int connections = Integer.parseInt(args[2]);
        String password = Files.readString(Path.of(args[4])).strip();
        long pid = Long.parseLong(args[5]);
        Soak soak = new Soak(base, args[3], password, reviewsOf(base));
        System.out.printf("Soak of %s: %d min, %d connections, %d reviews to read and discuss%n",
                base, minutes, connections, soak.reviews.size());
        System.out.printf("%-4s %7s %6s | %-16s | %-16s | %-16s | %-16s | %8s %8s%n", "min", "ops", "errors",
                "read p50/p99 ms", "comment p50/p99", "search p50/p99", "sign-in p50/p99", "heap MB", "rss MB");
        long end = System.nanoTime() + Duration.ofMinutes(minutes).toNanos();
        try (ExecutorService browsers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < connections; i++) {
                browsers.submit(() -> soak.browse(end));
            }
            for (int m = 1; m <= minutes; m++) {
                Thread.sleep(Math.max(0, Math.min(Duration.ofMinutes(1).toNanos(), end - System.nanoTime())) / 1_000_000);
                soak.report(m, pid);
            }
        }
        System.out.println("Errors by kind" + (soak.errors.isEmpty() ? ": none" : ":"));
        new TreeMap<>(soak.errors).forEach((kind, count) -> System.out.printf("  %8d  %s%n", count.sum(), kind));
    }

    private void report(int m, long pid) {
        Map<Kind, ConcurrentLinkedQueue<Long>> done = minute;
        minute = newMinute();
        long ops = done.values().stream().mapToLong(java.util.Collection::size).sum();
        long errorCount = errors.values().stream().mapToLong(LongAdder::sum).sum();
        StringBuilder line = new StringBuilder(String.format("%-4d %7d %6d", m, ops, errorCount));
        for (Kind kind : Kind.values()) {
            long[] nanos = done.get(kind).stream().mapToLong(Long::longValue).sorted().toArray();
            line.append(String.format(" | %7s/%-8s", ms(nanos, 50), ms(nanos, 99)));
        }
        line.append(String.format(" | %8s %8s", heapAfterGc(pid), rss(pid)));
        System.out.println(line);
    }

    /** One browser: until the end, picks something to do, does it, and records how long it took or what went wrong. */
    private Void browse(long end) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() < end) {
            int dice = ThreadLocalRandom.current().nextInt(100);
            Kind kind = dice < 60 ? Kind.READ : dice < 75 ? Kind.COMMENT : dice < 95 ? Kind.SEARCH : Kind.SIGN_IN;
            long start = System.nanoTime();
            try {
                String failure = switch (kind) {
                    case READ -> read(browser, dice);
                    case COMMENT -> comment(browser);
                    case SEARCH -> expect(get(browser, "/?s=" + encode(WORDS[dice % WORDS.length])), 200, "search");
                    case SIGN_IN -> signIn(browser);
                };
                if (failure == null) {
                    minute.get(kind).add(System.nanoTime() - start);
                } else {
                    errors.computeIfAbsent(failure, k -> new LongAdder()).increment();
                }
            } catch (HttpTimeoutException e) {
                errors.computeIfAbsent(kind + ": timed out", k -> new LongAdder()).increment();
            } catch (ConnectException e) {
                errors.computeIfAbsent(kind + ": connection refused", k -> new LongAdder()).increment();
            } catch (IOException e) {
                errors.computeIfAbsent(kind + ": " + e.getClass().getSimpleName(), k -> new LongAdder()).increment();
            } catch (InterruptedException e) {
                return null;
            }
        }
        return null;
    }

    private String read(HttpClient browser, int dice) throws IOException, InterruptedException {
        return switch (dice % 3) {
            case 0 -> expect(get(browser, "/"), 200, "front page");
            case 1 -> expect(get(browser, "/feed/"), 200, "feed");
            default -> expect(get(browser, review()), 200, "review");
        };
    }

    /** Opens a review, fills in its comment form, posts it: acknowledged is the 303 to the new comment. */
    private String comment(HttpClient browser) throws IOException, InterruptedException {
        HttpResponse<String> page = get(browser, review());
        if (page.statusCode() != 200) {
            return "comment: review page answered " + page.statusCode();
        }
        Matcher form = COMMENT_FORM.matcher(page.body());
        if (!form.find()) {
            return "comment: no comment form on the review";
        }
        Map<String, String> fields = hidden(form.group(1));
        int n = SEQUENCE.incrementAndGet();
        fields.putAll(Map.of("comment", "Soak comment " + n + ": 오래 버티는 블로그, a blog that holds.",
                "name", "Soak Reader " + n, "email", "soak" + n + "@example.com", "url", ""));
        HttpResponse<String> answer = post(browser, "/comments", fields);
        return answer.statusCode() == 303 && answer.headers().firstValue("Location").orElse("").contains("#comment-")
                ? null : "comment: answered " + answer.statusCode();
    }

    /** Signs in as the writer, opens the dashboard, signs out. */
    private String signIn(HttpClient browser) throws IOException, InterruptedException {
        HttpResponse<String> page = get(browser, "/signin");
        if (page.statusCode() != 200) {
            return "sign-in: page answered " + page.statusCode();
        }
        Map<String, String> fields = hidden(page.body());
        fields.putAll(Map.of("login", login, "password", password));
        HttpResponse<String> answer = post(browser, "/signin", fields);
        String to = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() / 100 != 3 || to.contains("error")) {
            return "sign-in: answered " + answer.statusCode() + " " + to.replaceAll("^https?://[^/]+", "");
        }
        HttpResponse<String> dashboard = get(browser, "/admin");
        if (dashboard.statusCode() != 200) {
            return "sign-in: dashboard answered " + dashboard.statusCode();
        }
        HttpResponse<String> out = post(browser, "/signout", hidden(dashboard.body()));
        return out.statusCode() / 100 == 3 ? null : "sign-out: answered " + out.statusCode();
    }

    private String review() {
        return reviews.get(ThreadLocalRandom.current().nextInt(reviews.size()));
    }

    private static String expect(HttpResponse<String> answer, int status, String what) {
        return answer.statusCode() == status ? null : what + ": answered " + answer.statusCode();
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(HttpClient browser, String path, Map<String, String> form)
            throws IOException, InterruptedException {
        List<String> pairs = new ArrayList<>();
        form.forEach((name, value) -> pairs.add(encode(name) + "=" + encode(value)));
        return browser.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> hidden(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = HIDDEN.matcher(html);
        while (input.find()) {
            fields.putIfAbsent(input.group(1), input.group(2).replace("&amp;", "&"));
        }
        return fields;
    }

    /** The reviews linked from the first five pages of the front page. */
    private static List<String> reviewsOf(String base) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        List<String> found = new ArrayList<>();
        for (int page = 1; page <= 5; page++) {
            String body = http.send(HttpRequest.newBuilder(URI.create(base + (page == 1 ? "/" : "/page/" + page + "/")))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher link = REVIEW.matcher(body);
            while (link.find()) {
                if (!found.contains(link.group(1))) {
                    found.add(link.group(1));
                }
            }
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("No review on the front page of " + base);
        }
        return found;
    }

    /** The blog's heap in use after a full collection (what it keeps), from jcmd beside this java. */
    private static String heapAfterGc(long pid) {
        try {
            Path jcmd = Path.of(ProcessHandle.current().info().command().orElseThrow()).resolveSibling("jcmd");
            run(jcmd.toString(), String.valueOf(pid), "GC.run");
            Matcher used = USED.matcher(run(jcmd.toString(), String.valueOf(pid), "GC.heap_info"));
            return used.find() ? String.valueOf(Long.parseLong(used.group(1)) / 1024) : "?";
        } catch (IOException | RuntimeException e) {
            return "?";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "?";
        }
    }

    private static String rss(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> String.valueOf(Long.parseLong(l.replaceAll("\\D", "")) / 1024)).findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }

    private static String ms(long[] sorted, int percentile) {
        if (sorted.length == 0) {
            return "-";
        }
        int index = Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1));
        return String.format("%.0f", sorted[index] / 1e6);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Map<Kind, ConcurrentLinkedQueue<Long>> newMinute() {
        Map<Kind, ConcurrentLinkedQueue<Long>> lists = new ConcurrentHashMap<>();
        for (Kind kind : Kind.values()) {
            lists.put(kind, new ConcurrentLinkedQueue<>());
        }
        return lists;
    }
}
