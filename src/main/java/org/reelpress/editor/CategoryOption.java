package org.reelpress.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A category as the editor offers it: indented under its parent ({@code depth} 0 at the top). */
public record CategoryOption(long id, String name, int depth) {

    public record Row(long id, String name, Long parentId) {
    }

    /** Rows in tree order: each category followed by its children, by name at each level. */
    public static List<CategoryOption> tree(List<Row> rows) {
        Map<Long, List<Row>> children = new LinkedHashMap<>();
        for (Row row : rows) {
            Long parent = row.parentId() != null && rows.stream().anyMatch(r -> r.id() == row.parentId()) ? row.parentId() : 0L;
            children.computeIfAbsent(parent, p -> new ArrayList<>()).add(row);
        }
        List<CategoryOption> ordered = new ArrayList<>();
        walk(0L, 0, children, ordered);
        return ordered;
    }

    private static void walk(long parent, int depth, Map<Long, List<Row>> children, List<CategoryOption> out) {
        if (depth > 20) {
            return;
        }
        for (Row row : children.getOrDefault(parent, List.of())) {
            out.add(new CategoryOption(row.id(), row.name(), depth));
            walk(row.id(), depth + 1, children, out);
        }
    }

    /** The name with a dash for each level, for a select's options. */
    public String indented() {
        return "— ".repeat(depth) + name;
    }
}
