package org.microcred.events.submission;

import java.util.UUID;

/** A file the earner uploaded as evidence, identified by the SHA-256 of its bytes (hex). */
public record EvidenceArtifact(UUID artifactId, String promptId, String fileName, String mediaType, long size,
        String sha256) {
}
