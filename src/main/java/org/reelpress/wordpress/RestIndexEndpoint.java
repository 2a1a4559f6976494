package org.reelpress.wordpress;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What a WordPress client asks first: the site, its namespaces and routes; and the answer for any route there is not. */
@RestController
class RestIndexEndpoint {

    /** Each route with the methods it answers. */
    private static final Map<String, List<String>> ROUTES = routes();

    private final RestSite site;
    private final RestResponses responses;

    RestIndexEndpoint(RestSite site, RestResponses responses) {
        this.site = site;
        this.responses = responses;
    }

    // GET /wp-json/ → name, description, url, home, namespaces ["wp/v2"], authentication, routes
    @GetMapping({RestSite.API, RestSite.API + "/"})
    ResponseEntity<String> index(HttpServletRequest request) {
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("name", site.site().title());
        index.put("description", site.site().tagline());
        index.put("url", site.base());
        index.put("home", site.base());
        index.put("gmt_offset", site.zone().getRules().getOffset(java.time.Instant.now()).getTotalSeconds() / 3600.0);
        index.put("timezone_string", site.zone().getId());
        index.put("namespaces", List.of("wp/v2"));
        index.put("authentication", Map.of("application-passwords",
                Map.of("endpoints", Map.of("authorization", site.url("/account#application-passwords")))));
        index.put("routes", routesSummary(true));
        index.put("_links", Map.of("help", RestSite.link("https://developer.wordpress.org/rest-api/")));
        return responses.one(request, index, null);
    }

    // GET /wp-json/wp/v2 → the namespace and its routes
    @GetMapping({RestSite.V2, RestSite.V2 + "/"})
    ResponseEntity<String> namespace(HttpServletRequest request) {
        Map<String, Object> namespace = new LinkedHashMap<>();
        namespace.put("namespace", "wp/v2");
        namespace.put("routes", routesSummary(false));
        return responses.one(request, namespace, null);
    }

    // any other address under /wp-json, any method → 404 rest_no_route
    @RequestMapping({RestSite.API + "/**"})
    ResponseEntity<String> noRoute() {
        return responses.error(RestException.noRoute());
    }

    private Map<String, Object> routesSummary(boolean withRoot) {
        Map<String, Object> routes = new LinkedHashMap<>();
        if (withRoot) {
            routes.put("/", route("", List.of("GET")));
        }
        routes.put("/wp/v2", route("wp/v2", List.of("GET")));
        ROUTES.forEach((path, methods) -> routes.put(path, route("wp/v2", methods)));
        return routes;
    }

    private Map<String, Object> route(String namespace, List<String> methods) {
        Map<String, Object> route = new LinkedHashMap<>();
        route.put("namespace", namespace);
        route.put("methods", methods);
        route.put("endpoints", List.of(Map.of("methods", methods, "args", Map.of())));
        return route;
    }

    private static Map<String, List<String>> routes() {
        Map<String, List<String>> routes = new LinkedHashMap<>();
        for (String collection : List.of("posts", "pages", "categories", "tags", "users")) {
            routes.put("/wp/v2/" + collection, List.of("GET"));
            routes.put("/wp/v2/" + collection + "/(?P<id>[\\d]+)", List.of("GET"));
        }
        routes.put("/wp/v2/comments", List.of("GET", "POST"));
        routes.put("/wp/v2/comments/(?P<id>[\\d]+)", List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
        return routes;
    }
}
