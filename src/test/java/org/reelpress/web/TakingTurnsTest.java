package org.reelpress.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class TakingTurnsTest {

    /** The answer after the filter ran on a thread of the given kind, the handler setting {@code status}. */
    private static MockHttpServletResponse answered(boolean virtual, int status) throws InterruptedException {
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicReference<Exception> failure = new AtomicReference<>();
        Runnable request = () -> {
            try {
                new TakingTurns().doFilter(new MockHttpServletRequest("GET", "/"), response,
                        new MockFilterChain() {
                            @Override
                            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                                response.setStatus(status);
                                response.setContentLength(4);
                            }
                        });
            } catch (Exception e) {
                failure.set(e);
            }
        };
        Thread thread = virtual ? Thread.ofVirtual().start(request) : Thread.ofPlatform().start(request);
        thread.join();
        assertThat(failure.get()).isNull();
        return response;
    }

    @Test
    void aPageRenderedOnAVirtualThreadIsSentBeforeItsThreadStepsBack() throws InterruptedException {
        assertThat(answered(true, 200).isCommitted()).isTrue();
    }

    @Test
    void anErrorIsLeftForTheServerToWriteItsPage() throws InterruptedException {
        assertThat(answered(true, 404).isCommitted()).isFalse();
    }

    @Test
    void aPlatformThreadAnswersAsUsual() throws InterruptedException {
        assertThat(answered(false, 200).isCommitted()).isFalse();
    }
}
