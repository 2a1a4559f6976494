package org.reelpress.wordpress;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request the REST API refuses, answered in WordPress's shape:
 * {@code {"code": "rest_invalid_param", "message": "…", "data": {"status": 400, …}}}.
 */
class RestException extends RuntimeException {

    private final String code;
    private final int status;
    private final Map<String, Object> data;

    RestException(String code, String message, int status) {
        this(code, message, status, Map.of());
    }

    RestException(String code, String message, int status, Map<String, Object> more) {
        super(message, null, false, false);
        this.code = code;
        this.status = status;
        this.data = more;
    }

    int status() {
        return status;
    }

    /** The body WordPress sends for this error. */
    Map<String, Object> body() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("status", status);
        details.putAll(data);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("message", getMessage());
        body.put("data", details);
        return body;
    }

    /** 400 rest_invalid_param naming the parameter and what is wrong with it. */
    static RestException invalidParam(String name, String problem) {
        return new RestException("rest_invalid_param", "Invalid parameter(s): " + name, 400,
                Map.of("params", Map.of(name, problem)));
    }

    static RestException noRoute() {
        return new RestException("rest_no_route", "No route was found matching the URL and request method.", 404);
    }
}
