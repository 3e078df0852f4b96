package org.microcred.events.submission;

/** The earner's written answer to one evidence prompt. */
public record WrittenAnswer(String promptId, String text) {
}
