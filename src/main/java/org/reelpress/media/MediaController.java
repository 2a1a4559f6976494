package org.reelpress.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.reelpress.identity.Commenter;
import org.reelpress.identity.Commenters;
import org.reelpress.identity.Permission;
import org.reelpress.site.Layout;
import org.reelpress.site.Paging;
import org.reelpress.site.SettingsRepository;
import org.reelpress.web.FormToken;
import org.reelpress.web.Redirects;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/** The media library where writers upload images, find them again, copy their Markdown and delete them. */
@Controller
class MediaController {

    private static final String NOTICE = "notice";

    private final MediaRepository media;
    private final Uploads uploads;
    private final MediaFiles files;
    private final List<MediaUse> uses;
    private final Commenters commenters;
    private final SettingsRepository settings;

    MediaController(MediaRepository media, Uploads uploads, MediaFiles files, List<MediaUse> uses,
                    Commenters commenters, SettingsRepository settings) {
        this.media = media;
        this.uploads = uploads;
        this.files = files;
        this.uses = uses;
        this.commenters = commenters;
        this.settings = settings;
    }

    // GET /admin/media  ?q=words, page=n → the upload form and 24 images a page, newest first, matching q in alt or file name
    @GetMapping(LibraryPage.PATH)
    ModelAndView library(@RequestParam(required = false) String q, @RequestParam(required = false) String page,
                         Model model, CsrfToken csrf) {
        return libraryView(q, page, "", null, (String) model.getAttribute(NOTICE), csrf, HttpStatus.OK);
    }

    // POST /admin/media  multipart: file, alt → 303 to the library saying what was uploaded;
    // a refused upload → the library again (400) with the reason and the alt text as typed
    @PostMapping(LibraryPage.PATH)
    ModelAndView upload(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String alt,
                        RedirectAttributes redirect, CsrfToken csrf) {
        try {
            Media image = store(file, alt);
            redirect.addFlashAttribute(NOTICE, "Uploaded “" + image.alt() + "” (" + image.width() + " × " + image.height()
                    + "). Its Markdown is ready to copy below.");
            return new ModelAndView(Redirects.seeOther(LibraryPage.PATH));
        } catch (UploadRefused refused) {
            return libraryView(null, null, alt == null ? "" : alt, refused.getMessage(), null, csrf, HttpStatus.BAD_REQUEST);
        }
    }

    // GET /admin/media/{id}/delete → asks before deleting, or says where the image is used and that it stays; unknown → 404
    @GetMapping(LibraryPage.PATH + "/{id:\\d{1,18}}/delete")
    ModelAndView confirmDelete(@PathVariable long id, CsrfToken csrf) {
        Media image = existing(id);
        DeletePage page = new DeletePage(Layout.of(settings.site(), "Delete an image"), image, usesOf(image), FormToken.of(csrf));
        return new ModelAndView("media/delete", Map.of("page", page));
    }

    // POST /admin/media/{id}/delete → 303 to the library saying it is gone; in use → 303 back to the question, which says where;
    // someone else's image without EDIT_OTHERS_POSTS → 403; unknown → 404
    @PostMapping(LibraryPage.PATH + "/{id:\\d{1,18}}/delete")
    RedirectView delete(@PathVariable long id, RedirectAttributes redirect) {
        Media image = existing(id);
        Commenter me = commenters.current().orElseThrow(() -> new AccessDeniedException("The signed-in account is gone"));
        if (!Long.valueOf(me.userId()).equals(image.uploadedBy()) && !commenters.currentMay(Permission.EDIT_OTHERS_POSTS)) {
            throw new AccessDeniedException("Only editors may delete images others uploaded");
        }
        if (!usesOf(image).isEmpty()) {
            return Redirects.seeOther(LibraryPage.PATH + "/" + id + "/delete");
        }
        media.delete(id);
        image.variantWidths().forEach(w -> files.delete(image.name() + "-" + w + "w." + image.type().variantExtension()));
        files.delete(image.fileName());
        redirect.addFlashAttribute(NOTICE, "Deleted “" + image.alt() + "” and its smaller copies.");
        return Redirects.seeOther(LibraryPage.PATH);
    }

    Media store(MultipartFile file, String alt) {
        long uploader = commenters.current().orElseThrow(() -> new AccessDeniedException("The signed-in account is gone")).userId();
        long size = file == null ? 0 : file.getSize();
        return uploads.upload(file == null ? "" : file.getOriginalFilename(), size, () -> {
            try {
                return file.getBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, alt, uploader);
    }

    private List<String> usesOf(Media image) {
        return uses.stream().flatMap(use -> use.usesOf(image).stream()).toList();
    }

    private Media existing(long id) {
        return media.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private ModelAndView libraryView(String q, String page, String alt, String problem, String notice, CsrfToken csrf,
                                     HttpStatus status) {
        String search = q == null ? "" : q.strip();
        if (search.length() > 200) {
            search = search.substring(0, 200);
        }
        int total = media.count(search);
        Paging paging = Paging.of(page, total, LibraryPage.PER_PAGE, LibraryPage.PATH);
        List<Media> images = media.newest(search, paging.offset(LibraryPage.PER_PAGE), LibraryPage.PER_PAGE);
        LibraryPage view = new LibraryPage(Layout.of(settings.site(), "Media"), alt, problem, notice, search, images,
                paging, total, uploads.maxSize(), uploads.maxBytes(), FormToken.of(csrf));
        return new ModelAndView("media/library", Map.of("page", view), status);
    }
}
