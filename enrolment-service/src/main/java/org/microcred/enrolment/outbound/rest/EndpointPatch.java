package org.microcred.enrolment.outbound.rest;

import java.util.List;

/** {@code PATCH /api/v1/webhook-endpoints/{id}}: the fields given change, the others stay. */
public record EndpointPatch(String url, List<String> eventTypes, String description, String contactEmail,
        Boolean enabled) {
}
