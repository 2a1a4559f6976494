package org.reelpress.media;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The upload the editor calls from a script: the same rules as the library's form, answered in JSON. */
@RestController
class MediaApi {

    private final MediaController library;

    MediaApi(MediaController library) {
        this.library = library;
    }

    // POST /admin/media  Accept: application/json, multipart: file, alt → 201 {id, url, width, height, alt, srcset, markdown};
    // refused → 400 {error}
    @PostMapping(value = LibraryPage.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> upload(@RequestParam(required = false) MultipartFile file,
                                               @RequestParam(required = false) String alt) {
        try {
            Media image = library.store(file, alt);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", image.id());
            body.put("url", image.url());
            body.put("width", image.width());
            body.put("height", image.height());
            body.put("alt", image.alt());
            body.put("srcset", image.srcset());
            body.put("markdown", image.markdown());
            return ResponseEntity.status(HttpStatus.CREATED).body(body);
        } catch (UploadRefused refused) {
            return ResponseEntity.badRequest().body(Map.of("error", refused.getMessage()));
        }
    }
}
