package org.reelpress.identity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jsoup.Connection;

/**
 * Someone sending requests to the blog: not signed in, or signed in with a role. Pages and forms go
 * with the visitor's cookies and its form token (so that a refusal comes from the permission, never
 * from the token); API calls go with its application password, the only key the REST API takes.
 */
record Visitor(String name, Role role, HttpClient http, String baseUrl, String formToken, String apiAuthorization) {

    record Answer(int status, String location, String body) {

        /** Refused: 401, 403, or sent to sign in. */
        boolean refused() {
            return status == 401 || status == 403
                    || (status >= 300 && status < 400 && location != null && location.matches("(https?://[^/]+)?/signin"));
        }
    }

    /** A visitor using the cookies of {@code browser} (signed in or not), with the form token of the page at {@code pageWithForm}. */
    static Visitor of(String name, Role role, Connection browser, String baseUrl, String pageWithForm, String apiPassword,
                      String login) {
        try {
            String token = browser.newRequest(baseUrl + pageWithForm).get().selectFirst("input[name=_csrf]").val();
            HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                    .cookieHandler(new CookieManager(browser.cookieStore(), CookiePolicy.ACCEPT_ALL)).build();
            String authorization = apiPassword == null ? null : "Basic " + Base64.getEncoder()
                    .encodeToString((login + ":" + apiPassword).getBytes(StandardCharsets.UTF_8));
            return new Visitor(name, role, http, baseUrl, token, authorization);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Answer send(Probe probe) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + probe.path()))
                .header("Accept", probe.json() ? "application/json" : "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        switch (probe.body()) {
            case NONE -> request.method(probe.method(), HttpRequest.BodyPublishers.noBody());
            case FORM -> request.header("Content-Type", "application/x-www-form-urlencoded")
                    .method(probe.method(), HttpRequest.BodyPublishers.ofString(urlEncoded(withToken(probe.fields()))));
            case MULTIPART -> {
                String boundary = "probe" + UUID.randomUUID().toString().replace("-", "");
                request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .method(probe.method(), HttpRequest.BodyPublishers.ofByteArray(multipart(withToken(probe.fields()), boundary)));
            }
            case API -> {
                if (apiAuthorization != null) {
                    request.header("Authorization", apiAuthorization);
                }
                String json = probe.fields().entrySet().stream()
                        .map(field -> "\"" + field.getKey() + "\":" + (field.getValue().matches("\\d+") ? field.getValue()
                                : "\"" + field.getValue() + "\""))
                        .collect(Collectors.joining(",", "{", "}"));
                request.header("Content-Type", "application/json").method(probe.method(), probe.fields().isEmpty()
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
            }
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Location").orElse(null), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> withToken(Map<String, String> fields) {
        Map<String, String> all = new java.util.LinkedHashMap<>(fields);
        all.put("_csrf", formToken);
        return all;
    }

    private static String urlEncoded(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static byte[] multipart(Map<String, String> fields, String boundary) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((key, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + key + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    @Override
    public String toString() {
        return name;
    }
}
