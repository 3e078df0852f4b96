package org.microcred.support.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.PathSegment;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.microcred.support.problem.ProblemException;

/**
 * Refuses a query parameter or a path segment that decodes to a control character ({@link ControlCharacters}) with
 * a 400 naming it, before any resource sees it. Bodies are checked as they are read ({@link ControlCharacterModule}).
 */
public class ControlCharacterFilter {

    @ServerRequestFilter(preMatching = true)
    public void refuseControlCharacters(ContainerRequestContext request) {
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters(true);
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            if (ControlCharacters.present(parameter.getKey())
                    || parameter.getValue().stream().anyMatch(ControlCharacters::present)) {
                throw ProblemException.invalid(printable(parameter.getKey()), "must not contain control characters");
            }
        }
        for (PathSegment segment : request.getUriInfo().getPathSegments(true)) {
            if (ControlCharacters.present(segment.getPath())) {
                throw ProblemException.invalid("path", "must not contain control characters");
            }
        }
    }

    /** The parameter's name as the answer can show it. */
    private static String printable(String name) {
        StringBuilder shown = new StringBuilder(name.length());
        name.chars().forEach(c -> shown.append(ControlCharacters.forbidden((char) c) ? '?' : (char) c));
        return shown.toString();
    }
}
