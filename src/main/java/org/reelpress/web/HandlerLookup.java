package org.reelpress.web;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Finds a request's handler as Spring MVC does, asking only the mappings that could match it. No
 * review's address is a plain path, so Spring asks every one of the blog's hundred-odd mappings for
 * each review shown; here the mappings are indexed by HTTP method and by their address's first
 * segment, or by their number of slashes where the first is a variable (see {@link MappingIndex}):
 * a review's lookup asks four or five mappings, each first whether one of its path patterns matches.
 *
 * <p>What is found is what Spring finds: the same plain-path mappings are tried first, the mappings
 * passed over are ones Spring's own conditions would refuse, and the best of those that match is
 * chosen with Spring's own ordering. Whatever is not a plain found handler (no match, so a 404 or
 * 405 to report; two equally good matches; a CORS pre-flight) is left to Spring's own lookup.
 */
@Component
class HandlerLookup implements WebMvcRegistrations {

    @Override
    public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
        return new Indexed();
    }

    static final class Indexed extends RequestMappingHandlerMapping {

        /** Rebuilt whenever a mapping is added or taken away; null until Spring has found them all. */
        private volatile MappingIndex index;

        @Override
        protected void handlerMethodsInitialized(Map<RequestMappingInfo, HandlerMethod> handlerMethods) {
            super.handlerMethodsInitialized(handlerMethods);
            index = MappingIndex.of(handlerMethods, this::getDirectPaths, caseSensitive());
        }

        @Override
        public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
            super.registerMapping(mapping, handler, method);
            index = MappingIndex.of(getHandlerMethods(), this::getDirectPaths, caseSensitive());
        }

        @Override
        public void unregisterMapping(RequestMappingInfo mapping) {
            super.unregisterMapping(mapping);
            index = MappingIndex.of(getHandlerMethods(), this::getDirectPaths, caseSensitive());
        }

        private boolean caseSensitive() {
            return getPatternParser() != null && getPatternParser().isCaseSensitive();
        }

        @Override
        protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
            MappingIndex mappings = index;
            if (mappings == null || !ServletRequestPathUtils.hasParsedRequestPath(request)
                    || CorsUtils.isPreFlightRequest(request)) {
                return super.lookupHandlerMethod(lookupPath, request);
            }
            PathContainer path = ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication();
            List<Found> found = new ArrayList<>(2);
            addMatching(mappings.withPlainPath(lookupPath), path, request, found);
            if (found.isEmpty()) {
                MappingIndex.Candidates candidates = mappings.candidates(RequestMethod.resolve(request.getMethod()), path);
                addMatching(candidates.startingAsThePath(), path, request, found);
                addMatching(candidates.startingWithAVariable(), path, request, found);
                addMatching(candidates.ofAnyDepth(), path, request, found);
            }
            if (found.isEmpty()) {
                return super.lookupHandlerMethod(lookupPath, request);
            }
            Found best = found.getFirst();
            if (found.size() > 1) {
                Comparator<RequestMappingInfo> better = getMappingComparator(request);
                found.sort((one, other) -> better.compare(one.match(), other.match()));
                best = found.getFirst();
                if (better.compare(best.match(), found.get(1).match()) == 0) {
                    return super.lookupHandlerMethod(lookupPath, request);
                }
            }
            request.setAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE, best.handler());
            handleMatch(best.match(), lookupPath, request);
            return best.handler();
        }

        private void addMatching(List<MappingIndex.Entry> entries, PathContainer path, HttpServletRequest request,
                                 List<Found> found) {
            for (MappingIndex.Entry entry : entries) {
                RequestMappingInfo match = entry.pathCanMatch(path) ? getMatchingMapping(entry.mapping(), request) : null;
                if (match != null) {
                    found.add(new Found(match, entry.handler()));
                }
            }
        }

        /** A mapping's conditions as they matched this request, and the handler it was registered with. */
        private record Found(RequestMappingInfo match, HandlerMethod handler) {
        }
    }
}
