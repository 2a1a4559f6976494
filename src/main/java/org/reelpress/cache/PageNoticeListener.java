package org.reelpress.cache;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Listens for the other instances' {@link PageNotices} on a connection of its own (not one of the
 * pool's), on a daemon thread. When the connection breaks it connects again, waiting a little
 * longer each time, and then drops every kept page: notices sent meanwhile are lost.
 */
@Component
class PageNoticeListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PageNoticeListener.class);
    private static final int WAIT_MILLIS = 10_000;
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

    private final PageNotices notices;
    private final DataSourceProperties database;
    private volatile boolean running;
    private volatile Connection connection;
    private Thread thread;

    PageNoticeListener(PageNotices notices, DataSourceProperties database) {
        this.notices = notices;
        this.database = database;
    }

    @Override
    public boolean isAutoStartup() {
        return notices.shared;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("page-notices").start(this::listen);
    }

    @Override
    public synchronized void stop() {
        running = false;
        closeQuietly(connection);
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        Duration pause = Duration.ofSeconds(1);
        while (running) {
            try (Connection listening = DriverManager.getConnection(database.determineUrl(),
                    database.determineUsername(), database.determinePassword())) {
                connection = listening;
                try (Statement statement = listening.createStatement()) {
                    statement.execute("LISTEN " + PageNotices.CHANNEL);
                }
                notices.forgetEverything();
                pause = Duration.ofSeconds(1);
                receive(listening);
            } catch (SQLException e) {
                if (running) {
                    log.warn("Lost the page notices of the other instances ({}); listening again in {} s",
                            e.getMessage(), pause.toSeconds());
                    sleep(pause);
                    pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
                }
            }
        }
    }

    /** Hands each notice on; a quiet spell asks the server something, so a dead connection shows itself. */
    private void receive(Connection listening) throws SQLException {
        PGConnection postgres = listening.unwrap(PGConnection.class);
        while (running) {
            PGNotification[] received = postgres.getNotifications(WAIT_MILLIS);
            if (received == null || received.length == 0) {
                try (Statement statement = listening.createStatement()) {
                    statement.execute("SELECT 1");
                }
                continue;
            }
            for (PGNotification notice : received) {
                try {
                    notices.received(notice.getParameter());
                } catch (RuntimeException e) {
                    log.warn("Could not act on the page notice {}", notice.getParameter(), e);
                }
            }
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Connection listening) {
        if (listening != null) {
            try {
                listening.close();
            } catch (SQLException e) {
                // closing to stop: nothing more to do
            }
        }
    }
}
