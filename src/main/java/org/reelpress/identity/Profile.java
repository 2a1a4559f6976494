package org.reelpress.identity;

import java.util.Map;

/**
 * What a provider tells about the person signing in, read from the different shapes providers
 * answer in: OpenID Connect claims, GitHub, Facebook, X (under "data") and WordPress.com.
 */
record Profile(String subject, String email, boolean emailVerified, String name, String pictureUrl) {

    static Profile of(Map<String, Object> attributes) {
        Map<String, Object> a = attributes.get("data") instanceof Map<?, ?> data && !attributes.containsKey("sub")
                ? castMap(data) : attributes;
        String subject = first(a, "sub", "id", "ID");
        String email = first(a, "email");
        String name = first(a, "name", "display_name", "preferred_username", "username", "login", "nickname");
        String picture = first(a, "picture", "avatar_url", "avatar_URL", "profile_image_url");
        if (a.get("picture") instanceof Map<?, ?> facebook && facebook.get("data") instanceof Map<?, ?> data) {
            picture = data.get("url") == null ? null : data.get("url").toString();
        }
        boolean verified = Boolean.TRUE.equals(a.get("email_verified")) || "true".equals(String.valueOf(a.get("email_verified")));
        return new Profile(subject, email == null ? "" : email, verified,
                name == null || name.isBlank() ? "Reader" : name.strip(), picture);
    }

    private static String first(Map<String, Object> attributes, String... keys) {
        for (String key : keys) {
            Object value = attributes.get(key);
            if (value != null && !(value instanceof Map) && !value.toString().isBlank()) {
                return value.toString();
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
