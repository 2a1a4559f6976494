package org.reelpress.wordpress;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.reelpress.web.NoNulCharacters;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a client sent to change something, as WordPress reads it: the query string and a form body,
 * overlaid by a JSON object body when there is one. Values are kept as text; the endpoint checks types.
 */
final class RestBody {

    private static final int LIMIT = 1 << 20;

    private final Map<String, String> values = new HashMap<>();

    RestBody(HttpServletRequest request, JsonMapper json) {
        request.getParameterMap().forEach((name, given) -> values.put(name, given.length == 0 ? null : given[0]));
        String type = request.getContentType();
        if (type != null && type.toLowerCase().contains("json")) {
            readJson(request, json);
        }
    }

    private void readJson(HttpServletRequest request, JsonMapper json) {
        try {
            byte[] bytes = request.getInputStream().readNBytes(LIMIT + 1);
            if (bytes.length > LIMIT) {
                throw new RestException("rest_invalid_json", "The JSON body is too large.", 400);
            }
            if (bytes.length == 0) {
                return;
            }
            JsonNode body = json.readTree(new String(bytes, StandardCharsets.UTF_8));
            if (!body.isObject()) {
                throw new RestException("rest_invalid_json", "Invalid JSON body passed.", 400);
            }
            // a JSON string may hold an escaped NUL: taken out, as from the forms' fields (see NoNulCharacters)
            body.properties().forEach(field -> values.put(NoNulCharacters.without(field.getKey()),
                    field.getValue().isNull() ? null : NoNulCharacters.without(field.getValue().isValueNode()
                            ? field.getValue().asString() : field.getValue().toString())));
        } catch (JacksonException | IOException e) {
            throw new RestException("rest_invalid_json", "Invalid JSON body passed.", 400);
        }
    }

    String text(String name) {
        return values.get(name);
    }

    /** A whole number ≥ 0, null when absent; anything else is a 400 rest_invalid_param. */
    Long id(String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > 18 || !value.strip().chars().allMatch(Character::isDigit)) {
            throw RestException.invalidParam(name, name + " is not of type integer.");
        }
        return Long.parseLong(value.strip());
    }
}
