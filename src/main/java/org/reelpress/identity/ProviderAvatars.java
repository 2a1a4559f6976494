package org.reelpress.identity;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Copies a signed-in user's picture from their provider into the blog, so that readers'
 * browsers load it from the blog and never from the provider. Anything that is not a small
 * PNG, JPEG, GIF or WebP image is left behind, and the user keeps a drawn avatar.
 */
@Component
class ProviderAvatars {

    private static final Logger log = LoggerFactory.getLogger(ProviderAvatars.class);
    private static final int MAX_BYTES = 256 * 1024;

    private final UserRepository users;
    // Made at the first copy, not at start: a client sets up TLS (reads the trusted certificates) as it is built
    private final SingletonSupplier<HttpClient> http = SingletonSupplier.of(() -> HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(3)).followRedirects(HttpClient.Redirect.NORMAL).build());

    ProviderAvatars(UserRepository users) {
        this.users = users;
    }

    /** Fetches in the background: a slow provider never slows a sign-in. */
    void copyLater(long userId, String pictureUrl) {
        if (pictureUrl == null || !(pictureUrl.startsWith("https://") || pictureUrl.startsWith("http://"))) {
            return;
        }
        Thread.ofVirtual().name("avatar-copy-" + userId).start(() -> copy(userId, pictureUrl));
    }

    private void copy(long userId, String pictureUrl) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(pictureUrl)).timeout(Duration.ofSeconds(5)).GET().build();
            HttpResponse<InputStream> response = http.obtain().send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                byte[] bytes = body.readNBytes(MAX_BYTES + 1);
                String type = imageType(bytes);
                if (response.statusCode() == 200 && bytes.length <= MAX_BYTES && type != null) {
                    users.saveAvatar(userId, type, bytes);
                }
            }
        } catch (Exception e) {
            log.info("Could not copy the picture of user {}: {}", userId, e.getMessage());
        }
    }

    /** The image type read from the first bytes, whatever the provider claimed. */
    static String imageType(byte[] bytes) {
        if (starts(bytes, 0x89, 'P', 'N', 'G')) {
            return "image/png";
        }
        if (starts(bytes, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(bytes, 'G', 'I', 'F', '8')) {
            return "image/gif";
        }
        if (starts(bytes, 'R', 'I', 'F', 'F') && bytes.length > 12
                && Arrays.equals(Arrays.copyOfRange(bytes, 8, 12), new byte[]{'W', 'E', 'B', 'P'})) {
            return "image/webp";
        }
        return null;
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
