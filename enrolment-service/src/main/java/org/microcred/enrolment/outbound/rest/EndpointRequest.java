package org.microcred.enrolment.outbound.rest;

import java.util.List;

/** {@code POST /api/v1/webhook-endpoints}. */
public record EndpointRequest(String url, List<String> eventTypes, String description, String contactEmail) {
}
