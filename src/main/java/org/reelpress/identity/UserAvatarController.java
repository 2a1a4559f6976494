package org.reelpress.identity;

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
class UserAvatarController {

    private final UserRepository users;

    UserAvatarController(UserRepository users) {
        this.users = users;
    }

    // GET /avatars/users/{id} → the picture copied from the user's provider (see Pictures); none → 404
    @GetMapping("/avatars/users/{id:\\d{1,18}}")
    ResponseEntity<byte[]> avatar(@PathVariable long id) {
        UserRepository.Avatar avatar = users.avatar(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(avatar.contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .header("X-Content-Type-Options", "nosniff")
                .body(avatar.image());
    }
}
