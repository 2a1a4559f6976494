package org.reelpress.comment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;


import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * Remembers, in the author's own browser, the comments written from it: the held ones show to
 * them ("Your comment is awaiting moderation") and to nobody else, and a guest may edit or delete
 * theirs for a while. The list is signed with the blog's secret: a reader cannot add someone
 * else's comment to it.
 */
@Component
class OwnComments {

    static final String COOKIE = "reelpress_mine";
    private static final int KEPT = 20;

    private final Signatures signatures;

    OwnComments(Signatures signatures) {
        this.signatures = signatures;
    }

    List<Long> read(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return List.of();
        }
        for (Cookie cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName())) {
                return verified(cookie.getValue());
            }
        }
        return List.of();
    }

    void add(HttpServletRequest request, HttpServletResponse response, long commentId) {
        List<Long> ids = new ArrayList<>(read(request));
        ids.add(commentId);
        List<Long> kept = ids.subList(Math.max(0, ids.size() - KEPT), ids.size());
        String list = String.join("-", kept.stream().map(String::valueOf).toList());
        ResponseCookie cookie = ResponseCookie.from(COOKIE, list + "." + signature(list))
                .path("/").httpOnly(true).secure(request.isSecure()).sameSite("Lax").maxAge(Duration.ofDays(30)).build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    private List<Long> verified(String value) {
        int dot = value.lastIndexOf('.');
        if (dot < 1 || !MessageDigest.isEqual(signature(value.substring(0, dot)).getBytes(StandardCharsets.UTF_8),
                value.substring(dot + 1).getBytes(StandardCharsets.UTF_8))) {
            return List.of();
        }
        try {
            return Arrays.stream(value.substring(0, dot).split("-")).map(Long::parseLong).toList();
        } catch (NumberFormatException e) {
            return List.of();
        }
    }

    private String signature(String list) {
        return HexFormat.of().formatHex(signatures.of("own-comments", list), 0, 16);
    }
}
