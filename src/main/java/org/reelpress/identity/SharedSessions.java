package org.reelpress.identity;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Sessions kept in the database (tables from migration V19) instead of this process's memory, so
 * that a writer signed in through one instance is signed in on all of them, and signing out on one
 * signs out everywhere. On when {@link SessionStore} says so: by default with PostgreSQL, which is
 * what several instances share; one machine on SQLite keeps them in memory.
 *
 * <p>The cookie keeps the servlet container's name and flags, so nothing else needs to know which
 * store holds the session: a reader who only reads still gets none.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@Conditional(SessionStore.InDatabase.class)
@EnableJdbcHttpSession(maxInactiveIntervalInSeconds = 1800, cleanupCron = "0 * * * * *")
class SharedSessions {

    @Bean
    CookieSerializer sessionCookie() {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName(SigningOut.COOKIES[0]);
        cookie.setUseBase64Encoding(false);
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        return cookie; // Secure when the request came over TLS, directly or through a trusted proxy
    }

    /** Writes an attribute with one upsert (both databases take ON CONFLICT) instead of an insert that may collide. */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertAttributes() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
