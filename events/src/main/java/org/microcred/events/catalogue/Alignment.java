package org.microcred.events.catalogue;

/**
 * An alignment of a micro-credential to a skills framework entry (ESCO, O*NET, CASE...), as Open
 * Badges 3.0 {@code Alignment} states it.
 */
public record Alignment(String targetName, String targetUrl, String targetDescription, String targetFramework,
        String targetCode, String targetType) {
}
