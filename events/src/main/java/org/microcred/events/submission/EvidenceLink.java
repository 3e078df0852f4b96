package org.microcred.events.submission;

/** A link the earner gave as evidence for a prompt (an http or https URL), with an optional title. */
public record EvidenceLink(String promptId, String url, String title) {
}
