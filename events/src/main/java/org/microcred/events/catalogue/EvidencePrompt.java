package org.microcred.events.catalogue;

import java.util.List;

/**
 * What the earner is asked to show for one prompt, answered in one way:
 * {@code kind} {@code written} (a text answer), {@code files} (uploads whose content type, detected
 * from the bytes, is one of {@code allowedMediaTypes}; empty means the service's default allow-list)
 * or {@code links} (http(s) URLs). {@code minItems}/{@code maxItems} bound the number of files or
 * links (a written prompt always needs its one answer). {@code fileRequired} is kept for consumers
 * of the first schema: true exactly when files are asked for and at least one is required.
 * Null {@code kind} (older producers) means: written answer, plus a file when {@code fileRequired}.
 */
public record EvidencePrompt(String id, String text, boolean fileRequired,
        // Added (additive): how the prompt is answered, and its counts.
        String kind, List<String> allowedMediaTypes, Integer minItems, Integer maxItems) {

    public static final String WRITTEN = "written";
    public static final String FILES = "files";
    public static final String LINKS = "links";

    /** The first schema's prompt: a written answer, plus a file when {@code fileRequired}. */
    public EvidencePrompt(String id, String text, boolean fileRequired) {
        this(id, text, fileRequired, null, null, null, null);
    }
}
