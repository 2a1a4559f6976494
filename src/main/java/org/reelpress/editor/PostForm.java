package org.reelpress.editor;

import java.util.List;

/**
 * What the editor's form sends, as typed: every field a string (or null when missing) so that
 * nothing the writer typed is lost when a value does not parse. {@code categories} holds the ids
 * ticked; {@code tags} is comma-separated; {@code work} is an id, "" for none or "new".
 */
public record PostForm(String title, String slug, String markdown, String excerpt, List<String> categories,
                String newCategory, String newCategoryParent, String tags, String work, String workKind,
                String workTitle, String workOriginalTitle, String workYear, String workCreator, String workCountry,
                String rating, String status, String date, String time, String comments, String version) {

    public PostForm {
        title = orEmpty(title);
        slug = orEmpty(slug);
        markdown = orEmpty(markdown);
        excerpt = orEmpty(excerpt);
        categories = categories == null ? List.of() : List.copyOf(categories);
        newCategory = orEmpty(newCategory);
        newCategoryParent = orEmpty(newCategoryParent);
        tags = orEmpty(tags);
        work = orEmpty(work);
        workKind = orEmpty(workKind);
        workTitle = orEmpty(workTitle);
        workOriginalTitle = orEmpty(workOriginalTitle);
        workYear = orEmpty(workYear);
        workCreator = orEmpty(workCreator);
        workCountry = orEmpty(workCountry);
        rating = orEmpty(rating);
        status = status == null || status.isBlank() ? "draft" : status;
        date = orEmpty(date);
        time = orEmpty(time);
        comments = comments == null ? "closed" : comments;
        version = orEmpty(version);
    }

    /** An empty form for a new post: comments open, saved as a draft. */
    public static PostForm blank() {
        return new PostForm("", "", "", "", List.of(), "", "", "", "", "film", "", "", "", "", "", "", "draft", "", "",
                "open", "");
    }

    /** The quick draft box's two fields as a whole form. */
    public static PostForm quickDraft(String title, String markdown) {
        PostForm blank = blank();
        return new PostForm(title, "", markdown, "", List.of(), "", "", "", "", "film", "", "", "", "", "", "",
                "draft", "", "", blank.comments(), "");
    }

    public PostForm withVersion(int saved) {
        return new PostForm(title, slug, markdown, excerpt, categories, newCategory, newCategoryParent, tags, work,
                workKind, workTitle, workOriginalTitle, workYear, workCreator, workCountry, rating, status, date, time,
                comments, String.valueOf(saved));
    }

    public boolean commentsOpen() {
        return "open".equals(comments);
    }

    public boolean ticked(long categoryId) {
        return categories.contains(String.valueOf(categoryId));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
