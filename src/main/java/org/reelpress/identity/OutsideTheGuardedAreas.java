package org.reelpress.identity;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.reelpress.web.MappingIndex;
import org.springframework.http.server.RequestPath;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * A request whose address cannot fall under any guarded pattern, because its first segment is not
 * one the patterns start with ({@code /admin/**}, {@code /account/**}). Put first in the rules, it
 * lets a reader's request be permitted at once instead of after every writer's pattern has been
 * tried and refused. It reads the segment as the patterns do (decoded, without {@code ;parameters},
 * case kept), and where the request's path was not parsed it matches nothing, leaving the
 * decision to the rules that follow.
 */
final class OutsideTheGuardedAreas implements RequestMatcher {

    private final Set<String> guardedFirstSegments;

    OutsideTheGuardedAreas(String... guardedFirstSegments) {
        this.guardedFirstSegments = Set.of(guardedFirstSegments);
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        // one read of the parsed path (each read goes through every request wrapper)
        if (!(request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE) instanceof RequestPath parsed)) {
            return false;
        }
        String first = MappingIndex.firstSegment(parsed.pathWithinApplication());
        return first != null && !first.isEmpty() && !guardedFirstSegments.contains(first);
    }

    @Override
    public String toString() {
        return "OutsideTheGuardedAreas " + guardedFirstSegments;
    }
}
