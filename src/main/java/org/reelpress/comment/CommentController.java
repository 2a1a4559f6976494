package org.reelpress.comment;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

@Controller
class CommentController {

    private final CommentPosting posting;
    private final RememberedCommenter remembered;

    CommentController(CommentPosting posting, RememberedCommenter remembered) {
        this.posting = posting;
        this.remembered = remembered;
    }

    // POST /comments  form: post, parent?, comment, name, email, url, remember? → 303 to the new comment's
    // permalink; refused → 303 back to the form, which shows the messages and keeps the typed text
    @PostMapping("/comments")
    RedirectView post(CommentSubmission form, HttpServletRequest request, HttpServletResponse response,
                      RedirectAttributes redirect) {
        CommentPosting.Outcome outcome = posting.post(form, request.getRemoteAddr(), request.getHeader("User-Agent"));
        return switch (outcome) {
            case CommentPosting.Outcome.Posted posted -> {
                if (form.wantsToBeRemembered()) {
                    remembered.remember(response, new RememberedCommenter.Details(form.nameText(), form.emailText(), form.urlText()));
                } else {
                    remembered.forget(response);
                }
                yield seeOther(posted.location());
            }
            case CommentPosting.Outcome.Refused refused -> {
                redirect.addFlashAttribute(CommentForm.FLASH, refused.form());
                yield seeOther(refused.location());
            }
        };
    }

    private static RedirectView seeOther(String location) {
        RedirectView view = new RedirectView(location, true);
        view.setStatusCode(HttpStatus.SEE_OTHER);
        view.setExposeModelAttributes(false);
        return view;
    }
}
