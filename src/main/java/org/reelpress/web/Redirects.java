package org.reelpress.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.view.RedirectView;

/** The blog's redirects: to a path on the blog, with no model attributes leaking into the address. */
public final class Redirects {

    private Redirects() {
    }

    /** The answer to a form: "see the result over there" (303), so a reload never posts again. */
    public static RedirectView seeOther(String path) {
        return to(path, HttpStatus.SEE_OTHER);
    }

    /** An address that changed for good (301). */
    public static RedirectView movedPermanently(String path) {
        return to(path, HttpStatus.MOVED_PERMANENTLY);
    }

    /** An address that stands for another one (302), such as a comment's place in its discussion. */
    public static RedirectView found(String path) {
        return to(path, HttpStatus.FOUND);
    }

    private static RedirectView to(String path, HttpStatus status) {
        RedirectView view = new RedirectView(path, true);
        view.setStatusCode(status);
        view.setExposeModelAttributes(false);
        return view;
    }
}
