package org.reelpress.web;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.apache.coyote.Constants;
import org.apache.coyote.Request;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.coyote.http11.Http11Processor;
import org.apache.tomcat.util.net.NioChannel;
import org.apache.tomcat.util.net.SocketEvent;
import org.apache.tomcat.util.net.SocketWrapperBase;

/**
 * Tomcat's HTTP/1.1 connector with two defences against clients that hold connections without
 * finishing requests (slowloris): a deadline for a request's headers, checked over the open
 * connections at least once a second, and a cap on connections per address ({@link AddressCappedEndpoint}).
 * Public with a public constructor because Tomcat creates it from its class name.
 */
public class GuardedHttpProtocol extends Http11NioProtocol {

    private final AddressCappedEndpoint endpoint;
    private volatile long headerDeadlineNanos;
    private ScheduledFuture<?> sweep;

    public GuardedHttpProtocol() {
        this(new AddressCappedEndpoint());
    }

    private GuardedHttpProtocol(AddressCappedEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
    }

    void limit(ConnectionLimits limits, Pattern uncounted) {
        headerDeadlineNanos = limits.headerDeadline().toNanos();
        endpoint.limit(limits.perAddress(), uncounted);
    }

    @Override
    public void start() throws Exception {
        super.start();
        if (headerDeadlineNanos > 0) {
            // a tenth of the deadline between looks (50 ms to a second): a connection is cut that little late
            long every = Math.clamp(headerDeadlineNanos / 10, Duration.ofMillis(50).toNanos(), Duration.ofSeconds(1).toNanos());
            sweep = getUtilityExecutor().scheduleWithFixedDelay(this::cutLateHeaders, every, every, TimeUnit.NANOSECONDS);
        }
    }

    @Override
    public void stop() throws Exception {
        if (sweep != null) {
            sweep.cancel(false);
        }
        super.stop();
    }

    /**
     * A request has a start time from its first byte until it is answered; while its headers are
     * incomplete, its processor stays with the connection, parsing (STAGE_PARSE) or waiting for more
     * bytes (STAGE_ENDED, which Tomcat also sets between reads). Once a request is answered, its start
     * time is cleared before the processor lets go of the connection.
     */
    private static boolean waitingForHeaders(Request request) {
        int stage = request.getRequestProcessor().getStage();
        return request.getStartTimeNanos() != -1 && (stage == Constants.STAGE_PARSE || stage == Constants.STAGE_ENDED);
    }

    /**
     * Closes each connection whose request started (its first byte came) longer than the deadline ago
     * and whose headers are still not complete. A request past its headers is the application's: while
     * it runs, Tomcat takes its processor off the connection, so this never sees it.
     */
    void cutLateHeaders() {
        try {
            long now = System.nanoTime();
            for (SocketWrapperBase<NioChannel> connection : getEndpoint().getConnections()) {
                if (connection.getCurrentProcessor() instanceof Http11Processor processor && !processor.isAsync()
                        && waitingForHeaders(processor.getRequest())
                        && now - processor.getRequest().getStartTimeNanos() > headerDeadlineNanos) {
                    // the event Tomcat's own poller sends when a read times out: the connection's
                    // processor closes it, in turn with any read being handled on it
                    getEndpoint().processSocket(connection, SocketEvent.ERROR, true);
                }
            }
        } catch (RuntimeException e) {
            // a scheduled task that throws is never run again: say so, and look again next time
            getLog().warn("Could not look for requests past their header deadline", e);
        }
    }
}
