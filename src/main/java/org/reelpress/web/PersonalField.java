package org.reelpress.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A hidden form field whose value belongs to one reader and one moment (the form's token, the time
 * the form was shown). A page kept for every reader keeps the place of such a field and fills in a
 * fresh value for each reader it is served to.
 */
public interface PersonalField {

    /** The field's name, as in {@code <input type="hidden" name="...">}. */
    String name();

    String freshValue(HttpServletRequest request);
}
