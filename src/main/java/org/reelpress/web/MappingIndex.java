package org.reelpress.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The blog's request mappings sorted so that a lookup asks only those that could match: by the
 * HTTP methods they take, then by their address's first segment where every one of their patterns
 * starts with the same plain word ({@code /admin/...}, {@code /wp-json/...}), or else by the number
 * of slashes their patterns match. A mapping is left out of a lookup only where Spring's own
 * conditions would refuse it: a method it does not take (HEAD is taken by GET's mappings, OPTIONS
 * and methods Spring does not know are asked of all), a first segment that differs from the
 * request's as Spring's patterns compare it (decoded, without {@code ;parameters}, case kept), or
 * another number of slashes than every path its patterns match has.
 */
public final class MappingIndex {

    /** A registered mapping, its handler, and its path patterns (null: none parsed). */
    record Entry(RequestMappingInfo mapping, HandlerMethod handler, PathPattern[] patterns) {

        Entry(RequestMappingInfo mapping, HandlerMethod handler) {
            this(mapping, handler, mapping.getPathPatternsCondition() == null ? null
                    : mapping.getPathPatternsCondition().getPatterns().toArray(PathPattern[]::new));
        }

        /**
         * Whether one of the mapping's path patterns matches the path, as Spring's path condition
         * asks (without parsed patterns, it might). Asked before all its conditions: those read
         * the request's parameters, headers and path through every request wrapper, and build a
         * new condition each.
         */
        boolean pathCanMatch(PathContainer path) {
            if (patterns == null) {
                return true;
            }
            for (PathPattern pattern : patterns) {
                if (pattern.matches(path)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The mappings a lookup asks: those whose first segment is the path's, those starting otherwise
     * whose patterns have as many slashes as the path, and those whose patterns may match any number.
     */
    record Candidates(List<Entry> startingAsThePath, List<Entry> startingWithAVariable, List<Entry> ofAnyDepth) {
    }

    private final Map<String, List<Entry>> byPlainPath;
    private final Map<RequestMethod, BySegment> byMethod;
    private final BySegment anyMethod;

    private MappingIndex(Map<String, List<Entry>> byPlainPath, Map<RequestMethod, BySegment> byMethod,
                         BySegment anyMethod) {
        this.byPlainPath = byPlainPath;
        this.byMethod = byMethod;
        this.anyMethod = anyMethod;
    }

    /** The index of these mappings; {@code plainPaths} gives a mapping's addresses that are not patterns. */
    static MappingIndex of(Map<RequestMappingInfo, HandlerMethod> handlers,
                           Function<RequestMappingInfo, Set<String>> plainPaths, boolean caseSensitive) {
        List<Entry> entries = handlers.entrySet().stream().map(e -> new Entry(e.getKey(), e.getValue())).toList();
        Map<String, List<Entry>> byPlainPath = new HashMap<>();
        for (Entry entry : entries) {
            for (String path : plainPaths.apply(entry.mapping())) {
                byPlainPath.computeIfAbsent(path, p -> new ArrayList<>()).add(entry);
            }
        }
        Map<RequestMethod, BySegment> byMethod = new EnumMap<>(RequestMethod.class);
        for (RequestMethod method : RequestMethod.values()) {
            if (method != RequestMethod.OPTIONS) {
                byMethod.put(method, BySegment.of(
                        entries.stream().filter(e -> takes(e.mapping(), method)).toList(), caseSensitive));
            }
        }
        return new MappingIndex(byPlainPath, byMethod, BySegment.of(entries, caseSensitive));
    }

    /** The mappings one of whose addresses is this very path. */
    List<Entry> withPlainPath(String path) {
        return byPlainPath.getOrDefault(path, List.of());
    }

    /** The mappings that could match a request of this method (null: one Spring does not know) to this path. */
    Candidates candidates(RequestMethod method, PathContainer path) {
        BySegment mappings = method == null ? anyMethod : byMethod.getOrDefault(method, anyMethod);
        String first = firstSegment(path);
        return new Candidates(first == null ? List.of() : mappings.byFirstSegment().getOrDefault(first, List.of()),
                mappings.startingWithAVariableByDepth().getOrDefault(depth(path), List.of()),
                mappings.ofAnyDepth());
    }

    private static boolean takes(RequestMappingInfo mapping, RequestMethod method) {
        Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
        return methods.isEmpty() || methods.contains(method)
                || (method == RequestMethod.HEAD && methods.contains(RequestMethod.GET));
    }

    /** How many slashes the path has: a pattern without {@code **} or {@code {*rest}} matches only as many. */
    private static int depth(PathContainer path) {
        int separators = 0;
        for (PathContainer.Element element : path.elements()) {
            if (element instanceof PathContainer.Separator) {
                separators++;
            }
        }
        return separators;
    }

    /**
     * How many slashes every path a mapping's patterns match has, or -1 where that may vary: a
     * pattern matching the rest of a path, one not starting with a slash, patterns of different depths.
     * Slashes inside a variable's regular expression are not separators (a variable takes one segment).
     */
    private static int depthOf(Entry entry) {
        if (entry.patterns() == null) {
            return -1;
        }
        int depth = -1;
        for (PathPattern pattern : entry.patterns()) {
            String text = pattern.getPatternString();
            if (!text.startsWith("/") || text.contains("**") || text.contains("{*")) {
                return -1;
            }
            int separators = 0;
            int braces = 0;
            for (char c : text.toCharArray()) {
                braces += c == '{' ? 1 : c == '}' ? -1 : 0;
                separators += c == '/' && braces == 0 ? 1 : 0;
            }
            if (depth != -1 && depth != separators) {
                return -1;
            }
            depth = separators;
        }
        return depth;
    }

    /**
     * The path's first segment as a pattern's literal is compared with it (decoded, without
     * {@code ;parameters}, case kept), or null if it has none. Also what the authorization rules
     * read to tell a reader's address from a guarded one.
     */
    public static String firstSegment(PathContainer path) {
        List<PathContainer.Element> elements = path.elements();
        return elements.size() > 1 && elements.get(0) instanceof PathContainer.Separator
                && elements.get(1) instanceof PathContainer.PathSegment segment ? segment.valueToMatch() : null;
    }

    /**
     * The plain word all of a mapping's patterns start with ({@code admin} for {@code /admin/{id}}),
     * or null where a pattern starts otherwise: with a variable or wildcard, at the root, or where
     * there are no parsed patterns.
     */
    private static String plainFirstSegment(RequestMappingInfo mapping) {
        PathPatternsRequestCondition patterns = mapping.getPathPatternsCondition();
        if (patterns == null) {
            return null;
        }
        String word = null;
        for (PathPattern pattern : patterns.getPatterns()) {
            String text = pattern.getPatternString();
            int end = text.indexOf('/', 1);
            String first = text.startsWith("/") ? text.substring(1, end < 0 ? text.length() : end) : "";
            boolean plain = !first.isEmpty() && first.chars().noneMatch(c -> "{}*?".indexOf(c) >= 0);
            if (!plain || (word != null && !word.equals(first))) {
                return null;
            }
            word = first;
        }
        return word;
    }

    /** Mappings by their first plain word, and those that start otherwise, by depth where it is fixed. */
    private record BySegment(Map<String, List<Entry>> byFirstSegment,
                             Map<Integer, List<Entry>> startingWithAVariableByDepth, List<Entry> ofAnyDepth) {

        /** With patterns that ignore case every mapping is put with those that start otherwise. */
        static BySegment of(List<Entry> entries, boolean caseSensitive) {
            Map<String, List<Entry>> byFirstSegment = new HashMap<>();
            Map<Integer, List<Entry>> byDepth = new HashMap<>();
            List<Entry> anyDepth = new ArrayList<>();
            for (Entry entry : entries) {
                String word = caseSensitive ? plainFirstSegment(entry.mapping()) : null;
                int depth = depthOf(entry);
                if (word != null) {
                    byFirstSegment.computeIfAbsent(word, w -> new ArrayList<>()).add(entry);
                } else if (depth >= 0) {
                    byDepth.computeIfAbsent(depth, d -> new ArrayList<>()).add(entry);
                } else {
                    anyDepth.add(entry);
                }
            }
            byFirstSegment.replaceAll((word, list) -> List.copyOf(list));
            byDepth.replaceAll((depth, list) -> List.copyOf(list));
            return new BySegment(Map.copyOf(byFirstSegment), Map.copyOf(byDepth), List.copyOf(anyDepth));
        }
    }
}
