package org.reelpress.wordpress;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The query parameters of an API request, read as WordPress reads them: a parameter of the wrong
 * type or out of range is a 400 {@code rest_invalid_param} naming it; parameters nobody asked for are ignored.
 */
final class RestParams {

    private final HttpServletRequest request;

    RestParams(HttpServletRequest request) {
        this.request = request;
    }

    private String raw(String name) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    int integer(String name, int fallback, int min, int max) {
        String value = raw(name);
        if (value == null) {
            return fallback;
        }
        if (value.length() > 18 || !value.chars().allMatch(Character::isDigit)) {
            throw RestException.invalidParam(name, name + " is not of type integer.");
        }
        long parsed = Long.parseLong(value);
        if (parsed < min || parsed > max) {
            throw RestException.invalidParam(name, max == Integer.MAX_VALUE
                    ? name + " must be greater than or equal to " + min
                    : name + " must be between " + min + " (inclusive) and " + max + " (inclusive)");
        }
        return (int) parsed;
    }

    int page() {
        return integer("page", 1, 1, Integer.MAX_VALUE);
    }

    int perPage() {
        return integer("per_page", 10, 1, 100);
    }

    /** Where a page starts in the whole list; pages far past the end start at the end. */
    static int offset(int page, int perPage) {
        return (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * perPage);
    }

    /** One of {@code allowed}, or {@code fallback} when absent. */
    String oneOf(String name, String fallback, String... allowed) {
        String value = raw(name);
        if (value == null) {
            return fallback;
        }
        if (!Arrays.asList(allowed).contains(value)) {
            throw RestException.invalidParam(name, name + " is not one of " + String.join(", ", allowed) + ".");
        }
        return value;
    }

    String order(String fallback) {
        return oneOf("order", fallback, "asc", "desc");
    }

    String text(String name) {
        String value = raw(name);
        return value == null ? null : value.substring(0, Math.min(value.length(), 200));
    }

    /** A lowercase "%word%" for LIKE, or null when there is no search. */
    String search() {
        String value = text("search");
        return value == null ? null : "%" + value.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** A list of ids, given as "1,2" or repeated as ids[]=1&ids[]=2; empty when absent. */
    List<Long> ids(String name) {
        List<String> values = new ArrayList<>();
        for (String key : List.of(name, name + "[]")) {
            String[] given = request.getParameterValues(key);
            if (given != null) {
                for (String value : given) {
                    values.addAll(Arrays.asList(value.split(",")));
                }
            }
        }
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i).strip();
            if (value.isEmpty()) {
                continue;
            }
            if (value.length() > 18 || !value.chars().allMatch(Character::isDigit)) {
                throw RestException.invalidParam(name, name + "[" + i + "] is not of type integer.");
            }
            ids.add(Long.parseLong(value));
        }
        return ids.stream().distinct().limit(100).toList();
    }

    /** A list of words, as "a,b" or repeated. */
    List<String> words(String name) {
        List<String> words = new ArrayList<>();
        for (String key : List.of(name, name + "[]")) {
            String[] given = request.getParameterValues(key);
            if (given != null) {
                for (String value : given) {
                    Arrays.stream(value.split(",")).map(String::strip).filter(word -> !word.isEmpty()).forEach(words::add);
                }
            }
        }
        return words.stream().limit(100).toList();
    }

    boolean flag(String name) {
        String value = request.getParameter(name);
        return value != null && !value.equals("0") && !value.equalsIgnoreCase("false");
    }

    boolean present(String name) {
        return request.getParameter(name) != null;
    }
}
