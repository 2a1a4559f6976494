package org.reelpress.web;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Finds a request's handler as Spring MVC does, passing over the mappings whose method or path
 * patterns cannot match before asking each its full set of conditions. No review's address is a
 * plain path, so Spring tries every one of the blog's hundred-odd mappings for each review shown,
 * each time reading the request's method and path through the filters' request wrappers; here both
 * are read once a lookup. A mapping passed over is one Spring's own conditions would refuse too.
 */
@Component
class HandlerLookup implements WebMvcRegistrations {

    @Override
    public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
        return new Prefiltered();
    }

    static final class Prefiltered extends RequestMappingHandlerMapping {

        /** The method and path of the request being looked up on this thread. */
        private static final ThreadLocal<Asked> ASKED = new ThreadLocal<>();

        private record Asked(RequestMethod method, PathContainer path) {
        }

        @Override
        protected HandlerMethod getHandlerInternal(HttpServletRequest request) throws Exception {
            Asked outer = ASKED.get();
            ASKED.set(ServletRequestPathUtils.hasParsedRequestPath(request)
                    ? new Asked(RequestMethod.resolve(request.getMethod()),
                            ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication())
                    : null);
            try {
                return super.getHandlerInternal(request);
            } finally {
                ASKED.set(outer);
            }
        }

        @Override
        protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
            Asked asked = ASKED.get();
            if (asked != null && (!methodCanMatch(info, asked.method()) || !pathCanMatch(info, asked.path()))) {
                return null;
            }
            return super.getMatchingMapping(info, request);
        }

        /** As Spring's method condition, for all but OPTIONS, which it treats apart (CORS pre-flight). */
        private static boolean methodCanMatch(RequestMappingInfo info, RequestMethod method) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            return methods.isEmpty() || method == null || method == RequestMethod.OPTIONS || methods.contains(method)
                    || (method == RequestMethod.HEAD && methods.contains(RequestMethod.GET));
        }

        /** As Spring's path condition: some pattern of the mapping matches the path. */
        private static boolean pathCanMatch(RequestMappingInfo info, PathContainer path) {
            PathPatternsRequestCondition patterns = info.getPathPatternsCondition();
            if (patterns == null) {
                return true;
            }
            for (PathPattern pattern : patterns.getPatterns()) {
                if (pattern.matches(path)) {
                    return true;
                }
            }
            return false;
        }
    }
}
