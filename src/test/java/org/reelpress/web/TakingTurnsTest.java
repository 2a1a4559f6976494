package org.reelpress.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class TakingTurnsTest {

    /** An answer that records whether it was finished, as closing its stream finishes it in the server. */
    private static final class Answer extends MockHttpServletResponse {

        boolean finished;

        @Override
        public ServletOutputStream getOutputStream() {
            ServletOutputStream body = super.getOutputStream();
            return new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                }

                @Override
                public void write(int b) throws IOException {
                    body.write(b);
                }

                @Override
                public void close() {
                    finished = true;
                }
            };
        }
    }

    /** The answer after the filter ran on a thread of the given kind, the handler setting {@code status}. */
    private static Answer answered(boolean virtual, int status) throws InterruptedException {
        Answer response = new Answer();
        AtomicReference<Exception> failure = new AtomicReference<>();
        Runnable request = () -> {
            try {
                new TakingTurns().doFilter(new MockHttpServletRequest("GET", "/"), response, (req, res) -> {
                    response.setStatus(status);
                    response.setContentLength(4);
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
    void aPageRenderedOnAVirtualThreadIsFinishedBeforeItsThreadStepsBack() throws InterruptedException {
        assertThat(answered(true, 200).finished).isTrue();
    }

    @Test
    void anErrorIsLeftForTheServerToWriteItsPage() throws InterruptedException {
        assertThat(answered(true, 404).finished).isFalse();
    }

    @Test
    void aRedirectIsLeftForTheServerToSend() throws InterruptedException {
        assertThat(answered(true, 302).finished).isFalse();
    }

    @Test
    void aPlatformThreadAnswersAsUsual() throws InterruptedException {
        assertThat(answered(false, 200).finished).isFalse();
    }
}
