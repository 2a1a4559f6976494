package org.reelpress.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Lets the next reader's request run once this one's answer is sent. Requests run on virtual
 * threads, which no one interrupts: the thread that has just answered a kept-alive connection goes
 * straight on to that connection's next request when it has already arrived, so a few busy
 * connections could keep both cores while other readers' requests waited, under load, for hundreds
 * of milliseconds. Here a successful answer is finished first, as the server would finish it (its
 * length set if nothing was sent yet, a compressed answer's last block and a chunked one's end
 * written), and then its thread steps back behind the requests already waiting. Outermost, so that
 * nothing changes the answer after it is finished; redirects and errors are left to the server as
 * usual. Kept pages answered before the filters never come here: they take microseconds.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TakingTurns extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, response);
        if (Thread.currentThread().isVirtual() && !request.isAsyncStarted() && isSuccess(response.getStatus())) {
            finish(response);
            Thread.yield();
        }
    }

    private static boolean isSuccess(int status) {
        return status >= 200 && status < 300;
    }

    /** Closing the answer's stream, or its writer if the page was written as text, is how the server ends it. */
    private static void finish(HttpServletResponse response) throws IOException {
        try {
            response.getOutputStream().close();
        } catch (IllegalStateException writtenAsText) {
            response.getWriter().close();
        }
    }
}
