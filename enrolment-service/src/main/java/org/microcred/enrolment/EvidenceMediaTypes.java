package org.microcred.enrolment;

import java.util.Set;

/**
 * The media types a {@code files} prompt may allow: the types submission-service detects from a
 * file's content (its {@code storage/MediaTypes}), so a prompt never asks for a type that no upload
 * could ever be recognised as. Kept in step with that list by hand: services share no code but events.
 */
public final class EvidenceMediaTypes {

    public static final Set<String> ALLOWED = Set.of(
            "application/pdf",
            "image/png",
            "image/jpeg",
            "text/plain",
            "video/mp4",
            "audio/mpeg",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation");

    private EvidenceMediaTypes() {
    }
}
