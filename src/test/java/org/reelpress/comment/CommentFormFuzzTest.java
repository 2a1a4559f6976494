package org.reelpress.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.reelpress.hostile.XssChecks;
import org.reelpress.post.Markdown;

/**
 * Whatever a browser sends as the comment form, the part of posting that reads and checks it and renders
 * the comment never throws: each field is either taken or gets a message by its name, a website taken is
 * one readers may follow, and the rendered comment runs no code. An input is the form's fields (post,
 * parent, comment, name, e-mail, website) separated by the byte 0x1F. {@code ./mvnw test} runs the seeds
 * in {@code CommentFormFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes for real (see the README).
 */
class CommentFormFuzzTest {

    private static final Markdown MARKDOWN = new Markdown();
    private static final Set<String> FIELDS = Set.of("comment", "name", "email", "url");

    @FuzzTest(maxDuration = "30s")
    void anyFormIsEitherTakenOrRefusedWithMessages(byte[] input) {
        String[] fields = Arrays.copyOf(new String(input, StandardCharsets.UTF_8).split("\u001f", -1), 6);
        CommentSubmission form = new CommentSubmission(fields[0], fields[1], fields[2], fields[3], fields[4], fields[5],
                null, null, null, null);
        Map<String, String> errors = new LinkedHashMap<>();

        CommentPosting.parseId(form.post()).ifPresent(id -> assertThat(id).isPositive());
        CommentPosting.parseId(form.parent()).ifPresent(id -> assertThat(id).isPositive());
        CommentPosting.checkComment(form.commentText(), 10_000, errors);
        CommentPosting.checkName(form.nameText(), errors);
        CommentPosting.checkEmail(form.emailText(), errors);
        String website = CommentPosting.websiteOf(form.urlText(), errors);
        CommentForm shownAgain = CommentPosting.refusedForm(form, null, errors);

        assertThat(errors.keySet()).isSubsetOf(FIELDS);
        assertThat(errors.values()).allSatisfy(message -> assertThat(message).isNotBlank());
        assertThat(shownAgain.comment()).isEqualTo(form.commentText());
        assertThat(shownAgain.url()).isEqualTo(form.urlText());
        if (!errors.containsKey("url")) {
            assertThat(Websites.followable(website)).isEqualTo(website);
            assertThat(website.isEmpty() || XssChecks.safeAddress(website)).isTrue();
        }
        if (!errors.containsKey("name")) {
            assertThat(form.nameText()).isNotEmpty().hasSizeLessThanOrEqualTo(CommentPosting.MAX_NAME);
        }
        if (!errors.containsKey("comment")) {
            assertThat(XssChecks.inFragment(MARKDOWN.renderComment(form.commentText().strip()), "comment")).isEmpty();
        }
    }
}
