package org.microcred.events.catalogue;

/** What the earner is asked to show: a written answer and, where {@code fileRequired}, a file. */
public record EvidencePrompt(String id, String text, boolean fileRequired) {
}
