package org.reelpress.site;

/** Where a list of posts is: page {@code number} of {@code pages}, with links to its neighbours. */
public record Paging(int number, int pages, String basePath) {

    /** Page numbers outside the list come back as the first page. */
    public static Paging of(String requested, int total, int perPage, String basePath) {
        int pages = Math.max(1, (total + perPage - 1) / perPage);
        return new Paging(parse(requested, pages), pages, basePath);
    }

    public int offset(int perPage) {
        return (number - 1) * perPage;
    }

    public boolean hasNewer() {
        return number > 1;
    }

    public boolean hasOlder() {
        return number < pages;
    }

    public String newer() {
        return pathOf(number - 1);
    }

    public String older() {
        return pathOf(number + 1);
    }

    private String pathOf(int page) {
        return page <= 1 ? basePath : basePath + "page/" + page + "/";
    }

    private static int parse(String requested, int pages) {
        if (requested == null || requested.isBlank() || requested.length() > 9 || !requested.chars().allMatch(Character::isDigit)) {
            return 1;
        }
        int page = Integer.parseInt(requested);
        return page < 1 || page > pages ? 1 : page;
    }
}
