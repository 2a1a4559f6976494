package org.reelpress.identity;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.ServletRequestPathUtils;

import static org.assertj.core.api.Assertions.assertThat;

class OutsideTheGuardedAreasTest {

    /** The guarded patterns' shapes, as the sign-in configuration writes them. */
    private static final List<RequestMatcher> GUARDED = List.of("/admin", "/admin/**", "/admin/users/**", "/account",
            "/account/**").stream().map(p -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(p)).toList();

    private final OutsideTheGuardedAreas outside = new OutsideTheGuardedAreas("admin", "account");

    @Test
    void aReadersAddressIsOutside() {
        assertThat(outside.matches(parsed("GET", "/2026/11/a-review/"))).isTrue();
        assertThat(outside.matches(parsed("POST", "/comments"))).isTrue();
        assertThat(outside.matches(parsed("GET", "/administrators/"))).isTrue();
    }

    @Test
    void anAddressAGuardedPatternCouldMatchIsNeverOutside() {
        List<String> addresses = List.of("/", "", "//admin", "/admin", "/admin/", "/admin/users", "/adm%69n/users",
                "/admin;v=1/users", "/account", "/account/delete", "/%61ccount", "/ADMIN", "/Admin/users", "/admin%2Fusers",
                "/admins", "/accounts/x", "/x/admin", "/2026/11/a-review/", "/%20admin", "/admin%20", "/signin");
        for (String address : addresses) {
            for (String method : List.of("GET", "POST", "HEAD", "OPTIONS")) {
                HttpServletRequest request = parsed(method, address);
                boolean guarded = GUARDED.stream().anyMatch(m -> m.matches(request));
                if (guarded) {
                    assertThat(outside.matches(request)).as(method + " " + address).isFalse();
                }
            }
        }
        assertThat(outside.matches(parsed("GET", "/adm%69n/users"))).isFalse();
        assertThat(outside.matches(parsed("GET", "/admin;v=1/users"))).isFalse();
    }

    @Test
    void aRequestWhosePathWasNotParsedIsLeftToTheRules() {
        assertThat(outside.matches(new MockHttpServletRequest("GET", "/2026/11/a-review/"))).isFalse();
    }

    private static HttpServletRequest parsed(String method, String address) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, address);
        ServletRequestPathUtils.parseAndCache(request);
        return request;
    }
}
