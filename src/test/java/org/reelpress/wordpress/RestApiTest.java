package org.reelpress.wordpress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.reelpress.BlogTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A running blog called over HTTP as a WordPress client calls it, with JSON answers to read. */
abstract class RestApiTest extends BlogTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Answer(int status, HttpResponse<String> response, JsonNode json) {

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        /** The names of an object's top-level fields, in order. */
        static List<String> fieldsOf(JsonNode node) {
            List<String> names = new ArrayList<>();
            node.propertyNames().forEach(names::add);
            return names;
        }
    }

    Answer call(String method, String path, String jsonBody, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Accept", "application/json")
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String type = response.headers().firstValue("Content-Type").orElse("");
            JsonNode json = type.startsWith("application/json") ? JSON.readTree(response.body()) : null;
            return new Answer(response.statusCode(), response, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Answer get(String path, String authorization) {
        return call("GET", path, null, authorization);
    }

    Answer api(String path) {
        return call("GET", path, null, null);
    }

    static String basic(String login, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }
}
