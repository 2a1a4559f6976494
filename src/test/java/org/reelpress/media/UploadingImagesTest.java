package org.reelpress.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import org.jsoup.Connection;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reelpress.BlogTest;
import org.reelpress.HtmlChecker;
import org.reelpress.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;

class UploadingImagesTest extends BlogTest {

    private static final HtmlChecker CHECKER = new HtmlChecker();

    @Autowired
    MediaRepository media;

    private Connection writer;

    @BeforeEach
    void signInAWriter() {
        writer = signedIn(users.create(Role.AUTHOR, "Uploading Author"));
    }

    private Connection.Response upload(Connection browser, String fileName, byte[] bytes, String contentType, String alt)
            throws IOException {
        Document library = browser.newRequest(url("/admin/media")).get();
        return browser.newRequest(url("/admin/media")).method(Connection.Method.POST)
                .data("_csrf", library.selectFirst("form.upload input[name=_csrf]").val())
                .data("alt", alt)
                .data("file", fileName, new ByteArrayInputStream(bytes), contentType)
                .execute();
    }

    private Media newest() {
        return media.newest("", 0, 1).getFirst();
    }

    private Connection.Response fetch(String path) throws IOException {
        return session().url(url(path)).ignoreContentType(true).maxBodySize(0).execute();
    }

    @Test
    void keepsAPngWithItsThreeSmallerCopiesAndSaysSo() throws IOException {
        byte[] png = TestImages.image("png", 1600, 900);

        Connection.Response response = upload(writer, "Poster Final.png", png, "image/png", "A red and blue gradient");

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.header("Location")).isEqualTo("/admin/media");
        Document library = writer.newRequest(url("/admin/media")).get();
        assertThat(library.selectFirst("#notice").text()).isEqualTo(
                "Uploaded “A red and blue gradient” (1600 × 900). Its Markdown is ready to copy below.");
        Media image = newest();
        assertThat(image.type()).isEqualTo(ImageType.PNG);
        assertThat(image.variantWidths()).containsExactly(150, 300, 1024);
        assertThat(image.originalName()).isEqualTo("Poster Final.png");
        assertThat(image.fileName()).matches("[0-9a-f]{24}\\.png");
        for (int width : List.of(150, 300, 1024)) {
            Connection.Response copy = fetch(image.url(width));
            BufferedImage decoded = TestImages.decode(copy.bodyAsBytes());
            assertThat(decoded.getWidth()).as("the %d copy", width).isEqualTo(width);
            assertThat(decoded.getHeight()).as("the %d copy", width).isEqualTo(Math.round(900f * width / 1600));
        }
        assertThat(fetch(image.url()).bodyAsBytes()).isEqualTo(png);
        Element item = library.selectFirst("#media-" + image.id());
        assertThat(item.selectFirst("img").attr("src")).isEqualTo(image.url(150));
        assertThat(item.selectFirst("img").attr("width")).isEqualTo("150");
        assertThat(item.selectFirst("img").attr("height")).isEqualTo("84");
        assertThat(item.selectFirst("input.markdown").val()).isEqualTo("![A red and blue gradient](" + image.url(1024) + ")");
        assertThat(CHECKER.errorsIn(library.outerHtml())).isEmpty();
    }

    @Test
    void goesByTheBytesNotTheNameOrTheDeclaredType() throws IOException {
        byte[] jpeg = TestImages.image("jpeg", 400, 600);

        Connection.Response response = upload(writer, "actually-a-jpeg.png", jpeg, "image/png", "A poster saved with the wrong name");

        assertThat(response.statusCode()).isEqualTo(303);
        Media image = newest();
        assertThat(image.type()).isEqualTo(ImageType.JPEG);
        assertThat(image.url()).endsWith(".jpg");
        assertThat(image.variantWidths()).as("no copy as wide as the original or wider").containsExactly(150, 300);
        assertThat(fetch(image.url()).contentType()).isEqualTo("image/jpeg");
    }

    @Test
    void takesAGifAndMakesItsCopiesAsPng() throws IOException {
        upload(writer, "still.gif", TestImages.image("gif", 320, 200), "image/gif", "A still from a silent film");

        Media image = newest();
        assertThat(image.type()).isEqualTo(ImageType.GIF);
        assertThat(image.url(150)).endsWith("-150w.png");
        assertThat(fetch(image.url(150)).contentType()).isEqualTo("image/png");
    }

    @Test
    void refusesATextFileNamedJpgKeepingTheAltText() throws IOException {
        int before = media.newest("", 0, 1000).size();

        Connection.Response response = upload(writer, "poster.jpg", "These are words, not pixels.".getBytes(),
                "image/jpeg", "A poster that is not");

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = response.parse();
        assertThat(page.selectFirst("#problem").text()).startsWith(
                "That file is not a JPEG, PNG, WebP or GIF image, whatever its name says.");
        assertThat(page.selectFirst("#alt").val()).isEqualTo("A poster that is not");
        assertThat(media.newest("", 0, 1000)).hasSize(before);
        assertThat(CHECKER.errorsIn(page.outerHtml())).isEmpty();
    }

    @Test
    void refusesAFileOverTheSizeLimitKeepingTheAltText() throws IOException {
        byte[] large = new byte[10 * 1024 * 1024 + 512 * 1024];
        byte[] jpeg = TestImages.image("jpeg", 10, 10);
        System.arraycopy(jpeg, 0, large, 0, jpeg.length);

        Connection.Response response = upload(writer, "huge.jpg", large, "image/jpeg", "Far too large");

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = response.parse();
        assertThat(page.selectFirst("#problem").text()).startsWith("That file is 10.5 MB; images may be up to 10 MB.");
        assertThat(page.selectFirst("#alt").val()).isEqualTo("Far too large");
    }

    @Test
    void answersAnUploadPastTheServersCeilingWithTheTooLargePage() throws IOException {
        byte[] enormous = new byte[13 * 1024 * 1024];

        Connection.Response response = upload(writer, "enormous.jpg", enormous, "image/jpeg", "Far, far too large");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.parse().selectFirst("h1").text()).isEqualTo("Too large");
        assertThat(response.header("Content-Security-Policy")).as("the page's own limits, as on every page")
                .contains("script-src 'self'");
    }

    @Test
    void refusesAnImageWithTooManyPixelsBeforeDecodingIt() throws IOException {
        byte[] bomb = TestImages.hugeButSmallPng(10_000, 6_000);
        assertThat(bomb.length).as("a small file").isLessThan(1024 * 1024);

        Connection.Response response = upload(writer, "bomb.png", bomb, "image/png", "Sixty million pixels");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.parse().selectFirst("#problem").text())
                .startsWith("That image is 10000 × 6000 pixels; images may have up to 50 million pixels.");
    }

    @Test
    void asksForAltTextAndAFile() throws IOException {
        Connection.Response noAlt = upload(writer, "a.png", TestImages.image("png", 20, 20), "image/png", " ");
        assertThat(noAlt.statusCode()).isEqualTo(400);
        assertThat(noAlt.parse().selectFirst("#problem").text()).startsWith("Describe the image in a few words");

        Connection.Response noFile = upload(writer, "", new byte[0], "application/octet-stream", "Nothing chosen");
        assertThat(noFile.statusCode()).isEqualTo(400);
        assertThat(noFile.parse().selectFirst("#problem").text()).startsWith("Choose an image file to upload.");
    }

    @Test
    void servesFilesForAYearAndAnswersNotModifiedWhenAsked() throws IOException {
        upload(writer, "cached.png", TestImages.image("png", 200, 100), "image/png", "Cached for long");
        Media image = newest();

        Connection.Response first = fetch(image.url());
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.header("Cache-Control")).contains("max-age=31536000").contains("public").contains("immutable");
        assertThat(first.header("ETag")).isNotBlank();
        assertThat(first.header("Last-Modified")).isNotBlank();

        Connection.Response again = session().url(url(image.url())).ignoreContentType(true)
                .header("If-None-Match", first.header("ETag")).execute();
        assertThat(again.statusCode()).isEqualTo(304);
        Connection.Response since = session().url(url(image.url())).ignoreContentType(true)
                .header("If-Modified-Since", first.header("Last-Modified")).execute();
        assertThat(since.statusCode()).isEqualTo(304);
        assertThat(fetch("/media/../reelpress.db").statusCode()).isIn(400, 404);
        assertThat(fetch("/media/" + image.name() + ".txt").statusCode()).isEqualTo(404);
    }

    @Test
    void answersTheEditorInJson() throws IOException {
        Document library = writer.newRequest(url("/admin/media")).get();

        Connection.Response response = writer.newRequest(url("/admin/media")).method(Connection.Method.POST)
                .header("Accept", "application/json").ignoreContentType(true)
                .data("_csrf", library.selectFirst("form.upload input[name=_csrf]").val())
                .data("alt", "Sent from the editor")
                .data("file", "editor.png", new ByteArrayInputStream(TestImages.image("png", 500, 250)), "image/png")
                .execute();

        assertThat(response.statusCode()).isEqualTo(201);
        Media image = newest();
        assertThat(response.body()).as("an image narrower than the large size is inserted whole")
                .contains("\"markdown\":\"![Sent from the editor](" + image.url() + ")\"");
        Connection.Response refused = writer.newRequest(url("/admin/media")).method(Connection.Method.POST)
                .header("Accept", "application/json").ignoreContentType(true)
                .data("_csrf", library.selectFirst("form.upload input[name=_csrf]").val())
                .data("alt", "Not an image")
                .data("file", "notes.webp", new ByteArrayInputStream("text".getBytes()), "image/webp")
                .execute();
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"error\":\"That file is not a JPEG, PNG, WebP or GIF image");
    }

    @Test
    void findsImagesByAltTextOrFileName() throws IOException {
        upload(writer, "kinugasa-still.png", TestImages.image("png", 60, 40), "image/png", "The asylum corridor");

        Document byAlt = writer.newRequest(url("/admin/media?q=ASYLUM")).get();
        Document byName = writer.newRequest(url("/admin/media?q=kinugasa")).get();
        Document none = writer.newRequest(url("/admin/media?q=nothing%25like_this")).get();

        assertThat(byAlt.select(".media-item .media-alt").eachText()).contains("The asylum corridor");
        assertThat(byName.select(".media-item .media-alt").eachText()).contains("The asylum corridor");
        assertThat(none.select(".media-item")).isEmpty();
        assertThat(none.selectFirst(".empty").text()).isEqualTo("No image matches “nothing%like_this”.");
    }

    @Test
    void asksBeforeDeletingThenDeletesTheImageAndItsCopies() throws IOException {
        upload(writer, "unused.png", TestImages.image("png", 400, 200), "image/png", "Not used anywhere");
        Media image = newest();
        writer.newRequest(url("/admin/media")).get();

        Document question = writer.newRequest(url("/admin/media/" + image.id() + "/delete")).get();
        assertThat(question.selectFirst("h1").text()).isEqualTo("Delete “Not used anywhere”?");
        assertThat(media.find(image.id())).as("asking deletes nothing").isPresent();
        Connection.Response deleted = writer.newRequest(url("/admin/media/" + image.id() + "/delete"))
                .method(Connection.Method.POST).data("_csrf", question.selectFirst("input[name=_csrf]").val()).execute();

        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(writer.newRequest(url("/admin/media")).get().selectFirst("#notice").text())
                .isEqualTo("Deleted “Not used anywhere” and its smaller copies.");
        assertThat(media.find(image.id())).isEmpty();
        assertThat(fetch(image.url()).statusCode()).isEqualTo(404);
        assertThat(fetch(image.url(150)).statusCode()).isEqualTo(404);
    }

    @Test
    void refusesToDeleteAnotherWritersImageUnlessAnEditor() throws IOException {
        upload(writer, "mine.png", TestImages.image("png", 40, 40), "image/png", "Belongs to the first author");
        Media image = newest();
        Connection otherAuthor = signedIn(users.create(Role.AUTHOR, "Other Author"));
        String token = otherAuthor.newRequest(url("/admin/media")).get().selectFirst("input[name=_csrf]").val();

        Connection.Response refused = otherAuthor.newRequest(url("/admin/media/" + image.id() + "/delete"))
                .method(Connection.Method.POST).data("_csrf", token).execute();

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(media.find(image.id())).isPresent();
    }

    @Nested
    class AtTheRoleBoundary {

        @Test
        void refusesCommentersAndSendsStrangersToSignIn() throws IOException {
            Connection reader = signedIn(users.create(Role.COMMENTER, "Curious Reader"));
            String token = reader.newRequest(url("/signin")).get().selectFirst("input[name=_csrf]").val();

            Connection.Response attempt = reader.newRequest(url("/admin/media")).method(Connection.Method.POST)
                    .data("_csrf", token).data("alt", "Sneaky")
                    .data("file", "x.png", new ByteArrayInputStream(TestImages.image("png", 10, 10)), "image/png").execute();
            Connection.Response library = reader.newRequest(url("/admin/media")).execute();
            Connection.Response stranger = session().url(url("/admin/media")).execute();

            assertThat(attempt.statusCode()).isEqualTo(403);
            assertThat(library.statusCode()).isEqualTo(403);
            assertThat(stranger.statusCode()).isEqualTo(302);
            assertThat(stranger.header("Location")).endsWith("/signin");
            assertThat(media.newest("Sneaky", 0, 10)).isEmpty();
        }
    }
}
