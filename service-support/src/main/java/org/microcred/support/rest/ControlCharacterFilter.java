package org.microcred.support.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
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
        MultivaluedMap<String, String> query;
        try {
            query = request.getUriInfo().getQueryParameters(true);
        } catch (IllegalArgumentException badEscape) {
            throw ProblemException.invalid("query", "is not a well-formed percent-encoded query");
        }
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            if (ControlCharacters.present(parameter.getKey())
                    || parameter.getValue().stream().anyMatch(ControlCharacters::present)) {
                throw ProblemException.invalid(printable(parameter.getKey()), "must not contain control characters");
            }
        }
        // The path as resources are matched against: decoded once. (getPathSegments(true) decodes that decoded path
        // a second time, so a segment %25 became a lone '%' and an IllegalArgumentException, a 500.)
        if (ControlCharacters.present(request.getUriInfo().getPath())) {
            throw ProblemException.invalid("path", "must not contain control characters");
        }
    }

    /** The parameter's name as the answer can show it. */
    private static String printable(String name) {
        StringBuilder shown = new StringBuilder(name.length());
        name.chars().forEach(c -> shown.append(ControlCharacters.forbidden((char) c) ? '?' : (char) c));
        return shown.toString();
    }
}
