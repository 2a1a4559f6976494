package org.reelpress.wordpress;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.reelpress.site.Layout;
import org.reelpress.site.SettingsRepository;
import org.reelpress.web.FormToken;
import org.reelpress.web.Redirects;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/** Where administrators bring a WordPress blog in, and take this blog out as a WordPress export. */
@Controller
class WordPressAdminController {

    static final String IMPORT = "/admin/import";
    static final String EXPORT = "/admin/export";
    private static final String MESSAGE = "message";

    private final ImportJobs jobs;
    private final WordPressExport export;
    private final SettingsRepository settings;

    WordPressAdminController(ImportJobs jobs, WordPressExport export, SettingsRepository settings) {
        this.jobs = jobs;
        this.export = export;
        this.settings = settings;
    }

    // GET /admin/import → the upload form and the latest import's report; while one runs, its progress,
    // and the page asks the browser to load it again every two seconds
    @GetMapping(IMPORT)
    ModelAndView importPage(Model model, CsrfToken csrf, HttpServletResponse response) {
        ImportJob job = jobs.latest().orElse(null);
        if (job != null && job.running()) {
            response.setHeader("Refresh", "2");
        }
        String message = model.getAttribute(MESSAGE) instanceof String text ? text : null;
        ImportPage page = new ImportPage(Layout.of(settings.site(), "Import from WordPress"), job, message, FormToken.of(csrf));
        return new ModelAndView("wordpress/import", Map.of("page", page));
    }

    // POST /admin/import  multipart: export (a WXR file) → 303 to /admin/import, where the import runs in the background;
    // no file, or an import already running → 303 back with a message
    @PostMapping(IMPORT)
    RedirectView startImport(@RequestParam(required = false) MultipartFile export, RedirectAttributes redirect) {
        if (export == null || export.isEmpty()) {
            redirect.addFlashAttribute(MESSAGE, "Choose the export file WordPress made (Tools → Export → All content).");
        } else {
            try (InputStream in = export.getInputStream()) {
                String name = export.getOriginalFilename() == null ? "export.xml" : export.getOriginalFilename();
                if (!jobs.start(name, in)) {
                    redirect.addFlashAttribute(MESSAGE, "An import is still running; wait for its report before starting another.");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Redirects.seeOther(IMPORT);
    }

    // GET /admin/export → the page with the download button and the e-mail consent box
    @GetMapping(EXPORT)
    ModelAndView exportPage() {
        return new ModelAndView("wordpress/export", Map.of("page", new ExportPage(Layout.of(settings.site(), "Export to WordPress"))));
    }

    // GET /admin/export/download  ?emails=yes (the administrator's consent) → the whole blog as a WXR 1.2 file
    @GetMapping(EXPORT + "/download")
    void download(@RequestParam(required = false) String emails, HttpServletResponse response) throws IOException {
        response.setContentType("application/xml;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("reelpress-" + LocalDate.now(settings.site().zone()) + ".xml").build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        export.write(response.getOutputStream(), "yes".equals(emails));
    }
}
