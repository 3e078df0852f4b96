package org.microcred.issuance;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import org.microcred.events.catalogue.EvidencePrompt;
import org.microcred.events.submission.EvidenceArtifact;

/**
 * One OB 3.0 {@code Evidence} per submitted artifact. The artifact's SHA-256 goes into the
 * description, so a recognizer handed the file can check it is the one that was assessed.
 */
final class EvidenceJson {

    private EvidenceJson() {
    }

    static ArrayNode entries(List<EvidenceArtifact> artifacts, List<EvidencePrompt> prompts, String achievementName) {
        ArrayNode entries = JsonLd.array();
        if (artifacts == null) {
            return entries;
        }
        for (EvidenceArtifact artifact : artifacts) {
            if (artifact != null && artifact.artifactId() != null) {
                entries.add(entry(artifact, prompts, achievementName));
            }
        }
        return entries;
    }

    private static ObjectNode entry(EvidenceArtifact artifact, List<EvidencePrompt> prompts, String achievementName) {
        ObjectNode evidence = JsonLd.object();
        evidence.put("id", "urn:uuid:" + artifact.artifactId());
        evidence.set("type", JsonLd.types("Evidence"));
        evidence.put("name", artifact.fileName() != null ? artifact.fileName() : "Evidence file");
        evidence.put("description", description(artifact));
        String prompt = promptText(artifact.promptId(), prompts);
        evidence.put("narrative", prompt != null
                ? "Submitted in answer to: " + prompt
                : "Submitted as evidence for " + achievementName);
        evidence.put("genre", genre(artifact.mediaType()));
        return evidence;
    }

    /** For example {@code sha256:9f86... (application/pdf, 48213 bytes)}. */
    private static String description(EvidenceArtifact artifact) {
        String details = (artifact.mediaType() != null ? artifact.mediaType() + ", " : "") + artifact.size() + " bytes";
        return artifact.sha256() != null
                ? "sha256:" + artifact.sha256().toLowerCase(java.util.Locale.ROOT) + " (" + details + ")"
                : details;
    }

    private static String promptText(String promptId, List<EvidencePrompt> prompts) {
        if (promptId == null || prompts == null) {
            return null;
        }
        return prompts.stream().filter(Objects::nonNull).filter(p -> promptId.equals(p.id()))
                .map(EvidencePrompt::text).findFirst().orElse(null);
    }

    /** A human description of the kind of evidence, from its media type. */
    static String genre(String mediaType) {
        if (mediaType == null) {
            return "File";
        }
        String type = mediaType.toLowerCase(java.util.Locale.ROOT);
        if (type.startsWith("image/")) {
            return "Image";
        }
        if (type.startsWith("video/")) {
            return "Video";
        }
        if (type.startsWith("audio/")) {
            return "Audio";
        }
        if (type.startsWith("text/") || type.equals("application/pdf") || type.contains("document")
                || type.contains("msword") || type.contains("presentation") || type.contains("spreadsheet")) {
            return "Document";
        }
        return "File";
    }
}
