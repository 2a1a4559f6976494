package org.reelpress.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

class LoginAttemptsTest {

    private final OncePerRequestFilter limit = new LoginAttempts(null, Clock.systemUTC(), 3).addressLimit("/signin");

    private MockHttpServletResponse signInFrom(String address) throws ServletException, IOException {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/signin");
        request.setServletPath("/signin");
        request.setRemoteAddr(address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        limit.doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void sendsAnAddressThatTriedTooOftenBackToTheSignInPageUnchecked() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(signInFrom("203.0.113.7").getStatus()).isEqualTo(200);
        }

        MockHttpServletResponse fourth = signInFrom("203.0.113.7");

        assertThat(fourth.getStatus()).isEqualTo(303);
        assertThat(fourth.getHeader("Location")).isEqualTo("/signin?error=slow");
    }

    @Test
    void countsEachAddressOnItsOwn() throws Exception {
        for (int i = 0; i < 3; i++) {
            signInFrom("203.0.113.8");
        }

        assertThat(signInFrom("198.51.100.1").getStatus()).isEqualTo(200);
    }
}
