package org.reelpress.wordpress;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns what an endpoint found into the answer WordPress gives: JSON in UTF-8, {@code _embed}
 * (the linked items inlined under {@code _embedded}), {@code _fields} (only the top-level fields
 * named), and for a list the {@code X-WP-Total} and {@code X-WP-TotalPages} headers.
 */
@Component
class RestResponses {

    /** Finds the items an item links to, for the relations asked for ("author", "replies", "wp:term", "up"). */
    interface Embedder extends BiFunction<Map<String, Object>, Set<String>, Map<String, Object>> {
    }

    private final JsonMapper json;
    private final RestSite site;

    RestResponses(JsonMapper json, RestSite site) {
        this.json = json;
        this.site = site;
    }

    ResponseEntity<String> one(HttpServletRequest request, Map<String, Object> item, Embedder embedder) {
        return body(HttpStatus.OK, new HttpHeaders(), shape(request, item, embedder));
    }

    /** 201 with the new item and its address. */
    ResponseEntity<String> created(HttpServletRequest request, Map<String, Object> item, Embedder embedder, String location) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.LOCATION, location);
        return body(HttpStatus.CREATED, headers, shape(request, item, embedder));
    }

    ResponseEntity<String> list(HttpServletRequest request, List<Map<String, Object>> items, long total, int perPage,
                                Embedder embedder) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-WP-Total", String.valueOf(total));
        headers.set("X-WP-TotalPages", String.valueOf((total + perPage - 1) / perPage));
        headers.set(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, "X-WP-Total, X-WP-TotalPages, Link");
        long pages = (total + perPage - 1) / perPage;
        int page = new RestParams(request).page();
        List<String> links = new ArrayList<>();
        if (page > 1 && page <= pages + 1) {
            links.add("<" + pageAddress(request, page - 1) + ">; rel=\"prev\"");
        }
        if (page < pages) {
            links.add("<" + pageAddress(request, page + 1) + ">; rel=\"next\"");
        }
        if (!links.isEmpty()) {
            headers.set(HttpHeaders.LINK, String.join(", ", links));
        }
        List<Object> shaped = new ArrayList<>();
        for (Map<String, Object> item : items) {
            shaped.add(shape(request, item, embedder));
        }
        return body(HttpStatus.OK, headers, shaped);
    }

    /** The same list request for another page, on the blog's own address. */
    private String pageAddress(HttpServletRequest request, int page) {
        try {
            return UriComponentsBuilder.fromUriString(site.url(request.getRequestURI()))
                    .query(request.getQueryString()).replaceQueryParam("page", page).build(true).toUriString();
        } catch (IllegalArgumentException badlyEncoded) {
            return site.url(request.getRequestURI()) + "?page=" + page;
        }
    }

    ResponseEntity<String> error(RestException error) {
        return body(HttpStatus.valueOf(error.status()), new HttpHeaders(), error.body());
    }

    String write(Object value) {
        return json.writeValueAsString(value);
    }

    private ResponseEntity<String> body(HttpStatus status, HttpHeaders headers, Object value) {
        return ResponseEntity.status(status).headers(headers)
                .contentType(new MediaType(MediaType.APPLICATION_JSON, java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache())
                .body(write(value));
    }

    private Map<String, Object> shape(HttpServletRequest request, Map<String, Object> item, Embedder embedder) {
        Map<String, Object> shaped = new LinkedHashMap<>(item);
        String embed = request.getParameter("_embed");
        if (embed != null && embedder != null) {
            Set<String> rels = new LinkedHashSet<>();
            Arrays.stream(embed.split(",")).map(String::strip).filter(rel -> !rel.isEmpty() && !rel.equals("1")
                    && !rel.equals("true")).forEach(rels::add);
            Map<String, Object> embedded = embedder.apply(item, rels);
            if (!embedded.isEmpty()) {
                shaped.put("_embedded", embedded);
            }
        }
        String fields = request.getParameter("_fields");
        if (fields == null || fields.isBlank()) {
            return shaped;
        }
        Set<String> wanted = new LinkedHashSet<>();
        Arrays.stream(fields.split(",")).map(String::strip).map(field -> field.replaceAll("\\..*", "")).forEach(wanted::add);
        if (embed != null) {
            wanted.add("_embedded");
        }
        shaped.keySet().retainAll(wanted);
        return shaped;
    }
}
