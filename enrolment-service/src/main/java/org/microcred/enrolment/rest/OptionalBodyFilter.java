package org.microcred.enrolment.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Withdraw, confirm and decline take an optional {@code {reason}} body, and the review steps of a catalogue version
 * (submit, withdraw, approve, reject) an optional {@code {comment}} (reject's is required: its absence is a 400). A client that sends none
 * often sends no Content-Type, or a default one (text/plain); read such an empty request as JSON
 * (an empty body is no reason) instead of refusing it with 415.
 */
public class OptionalBodyFilter {

    private static final Pattern STATUS_ACTIONS =
            Pattern.compile("/api/v1/(enrolments/[^/]+/(withdraw|confirm|decline)"
                    + "|(achievements|pathways)/[^/]+/(submit|withdraw|approve|reject))/?");

    @ServerRequestFilter(preMatching = true)
    public void assumeJson(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        boolean empty = length == null ? request.getHeaderString("Transfer-Encoding") == null : "0".equals(length.trim());
        if ("POST".equals(request.getMethod())
                && (request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null || empty)
                && STATUS_ACTIONS.matcher(request.getUriInfo().getPath()).matches()) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }
}
