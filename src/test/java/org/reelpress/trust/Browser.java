package org.reelpress.trust;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** One reader's or writer's browser: its own cookies, no redirects followed, forms posted as a browser posts them. */
final class Browser {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(2)).build();

    Document page(String url) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html")
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        return Jsoup.parse(answer.body(), url);
    }

    /** Signs in on the sign-in page as a writer would; fails unless the blog lets them in. */
    void signIn(BlogProcess blog, String login, String password) throws IOException, InterruptedException {
        Map<String, String> form = new HashMap<>(hiddenFields(page(blog.url("/signin")), "form.signin-form"));
        form.putAll(Map.of("login", login, "password", password));
        HttpResponse<Void> answer = post(blog.url("/signin"), form);
        if (answer.statusCode() / 100 != 3 || answer.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException(login + " could not sign in: " + answer.statusCode() + " "
                    + answer.headers().firstValue("Location").orElse(""));
        }
    }

    /** The hidden fields of the form {@code selector} on {@code page}: the CSRF token, the stamp, the post. */
    static Map<String, String> hiddenFields(Document page, String selector) {
        return page.select(selector + " input[type=hidden]").stream()
                .collect(Collectors.toMap(input -> input.attr("name"), input -> input.attr("value"), (a, b) -> a));
    }

    HttpResponse<Void> post(String url, Map<String, ?> form) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(encoded(form))).build(), HttpResponse.BodyHandlers.discarding());
    }

    /**
     * Posts the form slowly, as over a poor connection, on a socket of its own: the request's head
     * and the first half of its body go out at once, {@code halfSent} opens, and the rest waits for
     * {@code rest} to open. Answers the status and the Location header of the answer.
     */
    CompletableFuture<String[]> postSlowly(BlogProcess blog, String path, Map<String, ?> form, CountDownLatch halfSent,
                                           CountDownLatch rest) {
        byte[] body = encoded(form).getBytes(StandardCharsets.UTF_8);
        int half = body.length / 2;
        String cookieHeader = cookies.getCookieStore().get(URI.create(blog.url("/"))).stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue()).collect(Collectors.joining("; "));
        String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + blog.port() + "\r\nAccept: text/html\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length + "\r\n"
                + "Cookie: " + cookieHeader + "\r\nConnection: close\r\n\r\n";
        return CompletableFuture.supplyAsync(() -> {
            try (Socket socket = new Socket("127.0.0.1", blog.port())) {
                socket.setSoTimeout(60_000);
                OutputStream out = socket.getOutputStream();
                out.write(head.getBytes(StandardCharsets.US_ASCII));
                out.write(body, 0, half);
                out.flush();
                halfSent.countDown();
                rest.await();
                out.write(body, half, body.length - half);
                out.flush();
                List<String> answer = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))
                        .lines().takeWhile(line -> !line.isEmpty()).toList();
                String location = answer.stream().filter(line -> line.regionMatches(true, 0, "Location:", 0, 9))
                        .map(line -> line.substring(9).strip()).findFirst().orElse("");
                return new String[]{answer.isEmpty() ? "" : answer.get(0).split(" ")[1], location};
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }, Executors.newVirtualThreadPerTaskExecutor());
    }

    /** A form body; a list value sends the field once for each item, as ticked boxes do. */
    static String encoded(Map<String, ?> form) {
        List<String> pairs = new ArrayList<>();
        form.forEach((name, value) -> {
            List<?> values = value instanceof List<?> list ? list : List.of(value);
            values.forEach(one -> pairs.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(String.valueOf(one), StandardCharsets.UTF_8)));
        });
        return String.join("&", pairs);
    }
}
