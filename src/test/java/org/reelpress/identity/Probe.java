package org.reelpress.identity;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request to one endpoint: the route it reaches as the application lists it ("POST /admin/comments/{id}/{action}"),
 * who may use it, and the concrete address and fields, filled with real ids of the fixture data.
 */
record Probe(String route, Need need, String path, Map<String, String> fields, Body body) {

    /** How the request carries its fields. Forms carry the visitor's CSRF token; API calls carry its application password. */
    enum Body { NONE, FORM, MULTIPART, API }

    String method() {
        return route.substring(0, route.indexOf(' ')).replace("ANY", "GET");
    }

    /** The route asks for JSON when the application lists it as producing JSON. */
    boolean json() {
        return route.endsWith(" json") || body == Body.API;
    }

    static Probe get(String route, Need need, String path) {
        return new Probe(route, need, path, Map.of(), Body.NONE);
    }

    static Probe form(String route, Need need, String path, String... fields) {
        return new Probe(route, need, path, pairs(fields), Body.FORM);
    }

    static Probe multipart(String route, Need need, String path, String... fields) {
        return new Probe(route, need, path, pairs(fields), Body.MULTIPART);
    }

    static Probe api(String route, Need need, String path, String... fields) {
        return new Probe(route, need, path, pairs(fields), Body.API);
    }

    private static Map<String, String> pairs(String... fields) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            map.put(fields[i], fields[i + 1]);
        }
        return map;
    }

    @Override
    public String toString() {
        return method() + " " + path;
    }
}
