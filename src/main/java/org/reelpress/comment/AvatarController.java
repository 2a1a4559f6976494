package org.reelpress.comment;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

@Controller
class AvatarController {

    // GET /avatars/{name}.svg → the commenter's picture; its bytes never change for a name
    @GetMapping("/avatars/{name}.svg")
    ResponseEntity<String> avatar(@PathVariable String name) {
        if (!Avatars.isName(name)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("image/svg+xml"))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .body(Avatars.svg(name));
    }
}
