package org.reelpress.identity;

import java.util.Locale;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Where sessions live: {@code reelpress.sessions=database} (shared by every instance on one
 * database) or {@code memory} (this process only). Left out, it is {@code database} on PostgreSQL
 * and {@code memory} on SQLite, where the blog is one process.
 */
public final class SessionStore {

    static final String PROPERTY = "reelpress.sessions";

    private SessionStore() {
    }

    public static boolean inDatabase(Environment environment) {
        String chosen = environment.getProperty(PROPERTY, "").strip().toLowerCase(Locale.ROOT);
        return switch (chosen) {
            case "database" -> true;
            case "memory" -> false;
            case "" -> environment.getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:");
            default -> throw new IllegalStateException(PROPERTY + " is \"" + chosen
                    + "\"; it must be database (sessions shared by every instance) or memory (this process only)");
        };
    }

    static final class InDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return inDatabase(context.getEnvironment());
        }
    }
}
