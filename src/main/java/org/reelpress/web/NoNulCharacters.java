package org.reelpress.web;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Takes the NUL character out of every field and query parameter a request sends. PostgreSQL's text
 * refuses it (a comment holding one failed with a server error), no reader can see it, and what SQLite
 * kept would stop the blog moving to PostgreSQL; so no engine stores it, whatever the form.
 * (A plain filter: it runs once, on the request as it arrives, never on a forward or an error page.)
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class NoNulCharacters extends HttpFilter {

    static final char NUL = '\u0000';

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(mayHaveParameters(request) ? new Cleaned(request) : request, response);
    }

    /**
     * Whether the request could carry a field or parameter at all: it has a query string or a body
     * of some type. A reader's plain GET has neither, and is passed on unwrapped, which spares every
     * later look at the request (the filters and Spring MVC read its attributes dozens of times) a step.
     */
    private static boolean mayHaveParameters(HttpServletRequest request) {
        return request.getQueryString() != null || request.getContentType() != null;
    }

    /** {@code text} without NUL characters. */
    public static String without(String text) {
        return text == null || text.indexOf(NUL) < 0 ? text : text.replace(String.valueOf(NUL), "");
    }

    private static final class Cleaned extends HttpServletRequestWrapper {

        Cleaned(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return without(super.getParameter(name));
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = super.getParameterValues(name);
            return values == null ? null : cleaned(values);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> all = new LinkedHashMap<>();
            super.getParameterMap().forEach((name, values) -> all.put(without(name), cleaned(values)));
            return Collections.unmodifiableMap(all);
        }

        private static String[] cleaned(String[] values) {
            String[] copy = values.clone();
            for (int i = 0; i < copy.length; i++) {
                copy[i] = without(copy[i]);
            }
            return copy;
        }
    }
}
