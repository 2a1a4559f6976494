package org.reelpress.trust;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Readers posting guest comments to one review as fast as the blog takes them, each from a browser
 * of its own, until the blog stops answering. Every comment the blog acknowledged (a 303 to the new
 * comment's anchor) is written down with its text: those are the promises a crash must not break.
 */
final class Commenters implements AutoCloseable {

    private static final Pattern ANCHOR = Pattern.compile("#comment-(\\d+)$");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Map<Long, String> acknowledged = new ConcurrentHashMap<>();
    private final AtomicInteger refused = new AtomicInteger();
    private final ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor();
    private volatile boolean stopped;

    /** {@code count} readers start posting to the first review on the front page of {@code blog}. */
    static Commenters start(BlogProcess blog, int count) {
        Commenters commenters = new Commenters();
        for (int i = 0; i < count; i++) {
            commenters.readers.submit(() -> commenters.postUntilStopped(blog));
        }
        return commenters;
    }

    /** The comments acknowledged so far: id and text. */
    Map<Long, String> acknowledged() {
        return Map.copyOf(acknowledged);
    }

    int refused() {
        return refused.get();
    }

    private Void postUntilStopped(BlogProcess blog) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(2)).build();
        Document front = Jsoup.parse(get(browser, blog.url("/")), blog.url("/"));
        String review = front.selectFirst("article.summary h2 a").absUrl("href");
        Document page = Jsoup.parse(get(browser, review), review);
        Map<String, String> hidden = page.select("#commentform input[type=hidden]").stream()
                .collect(Collectors.toMap(input -> input.attr("name"), input -> input.attr("value"), (a, b) -> a));
        while (!stopped) {
            String text = "Crash test comment " + SEQUENCE.incrementAndGet() + ": 기억은 남는다, nothing acknowledged is lost.";
            Map<String, String> form = new java.util.HashMap<>(hidden);
            form.putAll(Map.of("comment", text, "name", "Reader " + SEQUENCE.get(),
                    "email", "reader" + SEQUENCE.get() + "@example.com", "url", ""));
            HttpResponse<Void> answer;
            try {
                answer = browser.send(HttpRequest.newBuilder(URI.create(blog.url("/comments")))
                        .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                        .timeout(Duration.ofSeconds(10))
                        .POST(HttpRequest.BodyPublishers.ofString(encoded(form))).build(), HttpResponse.BodyHandlers.discarding());
            } catch (java.io.IOException e) {
                return null; // the blog is gone: whatever was not answered was never promised
            }
            Matcher anchor = ANCHOR.matcher(answer.headers().firstValue("Location").orElse(""));
            if (answer.statusCode() == 303 && anchor.find()) {
                acknowledged.put(Long.parseLong(anchor.group(1)), text);
            } else {
                refused.incrementAndGet();
            }
        }
        return null;
    }

    private static String get(HttpClient browser, String url) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String encoded(Map<String, String> form) {
        List<String> pairs = new ArrayList<>();
        form.forEach((name, value) -> pairs.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return String.join("&", pairs);
    }

    @Override
    public void close() {
        stopped = true;
        readers.close();
    }
}
