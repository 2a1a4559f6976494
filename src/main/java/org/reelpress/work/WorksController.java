package org.reelpress.work;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.reelpress.media.Media;
import org.reelpress.media.MediaRepository;
import org.reelpress.media.UploadRefused;
import org.reelpress.media.Uploads;
import org.reelpress.identity.Commenters;
import org.reelpress.site.Layout;
import org.reelpress.site.SettingsRepository;
import org.reelpress.web.FormToken;
import org.reelpress.web.Redirects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Where writers add and edit the films, series and books they review, with a poster from the media library or uploaded here. */
@Controller
class WorksController {

    private static final String LIST = "/admin/works";
    private static final String NOTICE = "notice";
    private static final int POSTER_CHOICES = 200;

    private final WorkRepository works;
    private final MediaRepository media;
    private final Uploads uploads;
    private final Commenters commenters;
    private final SettingsRepository settings;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    WorksController(WorkRepository works, MediaRepository media, Uploads uploads, Commenters commenters,
                    SettingsRepository settings, Clock clock,
                    ApplicationEventPublisher events) {
        this.works = works;
        this.media = media;
        this.uploads = uploads;
        this.commenters = commenters;
        this.settings = settings;
        this.clock = clock;
        this.events = events;
    }

    // GET /admin/works → every work by title, with links to edit it and to its page
    @GetMapping(LIST)
    ModelAndView list(Model model) {
        WorksPage page = new WorksPage(Layout.of(settings.site(), "Works"), works.all(), (String) model.getAttribute(NOTICE));
        return new ModelAndView("work/list", Map.of("page", page));
    }

    // GET /admin/works/new → an empty form
    @GetMapping(LIST + "/new")
    ModelAndView create(CsrfToken csrf) {
        return form(null, WorkForm.empty(), Map.of(), null, csrf, HttpStatus.OK);
    }

    // GET /admin/works/{id} → the form with the work's values; unknown → 404
    @GetMapping(LIST + "/{id:\\d{1,18}}")
    ModelAndView edit(@PathVariable long id, Model model, CsrfToken csrf) {
        Work work = existing(id);
        return form(id, WorkForm.of(work), Map.of(), (String) model.getAttribute(NOTICE), csrf, HttpStatus.OK);
    }

    // POST /admin/works  multipart: kind, title, originalTitle, year, creator, country, runtime, slug, poster, posterFile, posterAlt
    // → 303 to the new work's form saying it was added; problems → the form again (400) with every value as typed
    @PostMapping(LIST)
    ModelAndView add(@ModelAttribute WorkForm form, @RequestParam(required = false) MultipartFile posterFile,
                     RedirectAttributes redirect, CsrfToken csrf) {
        return save(null, form, posterFile, redirect, csrf);
    }

    // POST /admin/works/{id}  the same form → 303 back to it saying it was saved; problems → the form again (400); unknown → 404
    @PostMapping(LIST + "/{id:\\d{1,18}}")
    ModelAndView update(@PathVariable long id, @ModelAttribute WorkForm form,
                        @RequestParam(required = false) MultipartFile posterFile, RedirectAttributes redirect, CsrfToken csrf) {
        existing(id);
        return save(id, form, posterFile, redirect, csrf);
    }

    private ModelAndView save(Long id, WorkForm form, MultipartFile posterFile, RedirectAttributes redirect, CsrfToken csrf) {
        Map<String, String> problems = new HashMap<>(form.problems(clock.instant().atOffset(ZoneOffset.UTC).getYear()));
        Long posterId = form.posterId();
        if (posterId != null && media.find(posterId).isEmpty()) {
            problems.put("poster", "That image is no longer in the media library; choose another.");
        }
        boolean uploading = posterFile != null && !posterFile.isEmpty();
        if (!problems.isEmpty()) {
            if (uploading) {
                problems.put("posterFile", "Choose the poster file again once the other fields are right.");
            }
            return form(id, form, problems, null, csrf, HttpStatus.BAD_REQUEST);
        }
        if (uploading) {
            try {
                posterId = upload(posterFile, form.posterAlt().isEmpty() ? "Poster of " + form.title() : form.posterAlt()).id();
            } catch (UploadRefused refused) {
                problems.put("posterFile", refused.getMessage());
                return form(id, form, problems, null, csrf, HttpStatus.BAD_REQUEST);
            }
        }
        String slug = uniqueSlug(form.wantedSlug(), id == null ? 0 : id);
        NewWork work = form.toNewWork(slug, posterId);
        long saved;
        if (id == null) {
            saved = works.create(work, clock.instant());
        } else {
            works.update(id, work);
            events.publishEvent(new WorkChanged(id));
            saved = id;
        }
        String slugNote = slug.equals(form.wantedSlug()) ? "" : " Another work has the address " + form.wantedSlug()
                + ", so this one is at " + slug + ".";
        redirect.addFlashAttribute(NOTICE, (id == null ? "Added " : "Saved ") + work.title() + "." + slugNote);
        return new ModelAndView(Redirects.seeOther(LIST + "/" + saved));
    }

    private Media upload(MultipartFile file, String alt) {
        long uploader = commenters.current().orElseThrow(() -> new AccessDeniedException("The signed-in account is gone")).userId();
        return uploads.upload(file.getOriginalFilename(), file.getSize(), () -> {
            try {
                return file.getBytes();
            } catch (java.io.IOException e) {
                throw new UploadRefused("The upload did not arrive whole; try again.");
            }
        }, alt, uploader);
    }

    private String uniqueSlug(String wanted, long id) {
        String slug = wanted;
        for (int n = 2; works.slugTaken(slug, id); n++) {
            slug = wanted + "-" + n;
        }
        return slug;
    }

    private Work existing(long id) {
        return works.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private ModelAndView form(Long id, WorkForm form, Map<String, String> problems, String notice, CsrfToken csrf,
                              HttpStatus status) {
        String title = id == null ? "Add a work" : "Edit " + form.title();
        String link = id == null ? null : works.find(id).map(Work::link).orElse(null);
        WorkEditPage page = new WorkEditPage(Layout.of(settings.site(), title), id, link, form, problems,
                media.newest("", 0, POSTER_CHOICES), notice, uploads.maxSize(), uploads.maxBytes(), FormToken.of(csrf));
        return new ModelAndView("work/edit", Map.of("page", page), status);
    }
}
