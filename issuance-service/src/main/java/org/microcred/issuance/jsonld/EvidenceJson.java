package org.microcred.issuance.jsonld;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.microcred.events.catalogue.EvidencePrompt;
import org.microcred.events.submission.EvidenceArtifact;
import org.microcred.events.submission.EvidenceLink;

/**
 * One OB 3.0 {@code Evidence} per submitted artifact, then one per link. The artifact's SHA-256 goes
 * into the description, so a recognizer handed the file can check it is the one that was assessed.
 * A link's URL is its evidence's {@code id}: OB 3.0 makes the id the URL of the evidence.
 */
final class EvidenceJson {

    private EvidenceJson() {
    }

    static ArrayNode entries(List<EvidenceArtifact> artifacts, List<EvidenceLink> links, List<EvidencePrompt> prompts,
            String achievementName) {
        ArrayNode entries = JsonLd.array();
        if (artifacts != null) {
            for (EvidenceArtifact artifact : artifacts) {
                if (artifact != null && artifact.artifactId() != null) {
                    entries.add(entry(artifact, prompts, achievementName));
                }
            }
        }
        if (links != null) {
            // The same URL given twice (for two prompts, say) is one piece of evidence: one node, one id.
            Set<String> seen = new HashSet<>();
            for (EvidenceLink link : links) {
                String url = link == null ? null : absoluteHttpUrl(link.url());
                if (url != null && seen.add(url)) {
                    entries.add(linkEntry(link, url, prompts, achievementName));
                }
            }
        }
        return entries;
    }

    private static ObjectNode linkEntry(EvidenceLink link, String url, List<EvidencePrompt> prompts,
            String achievementName) {
        ObjectNode evidence = JsonLd.object();
        evidence.put("id", url);
        evidence.set("type", JsonLd.types("Evidence"));
        evidence.put("name", link.title() != null && !link.title().isBlank() ? link.title() : url);
        evidence.put("narrative", narrative(link.promptId(), prompts, achievementName));
        evidence.put("genre", "Link");
        return evidence;
    }

    /**
     * The URL when it is an absolute http(s) URL that JSON-LD takes as an IRI; null otherwise. Submission
     * checks links before they are submitted, so null means a malformed event: such a link is left out
     * rather than making the document unsignable (a relative or broken {@code id} fails canonicalization).
     */
    static String absoluteHttpUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            // The authority, not the host: java.net.URI has no host for an internationalized domain name.
            boolean hasAuthority = uri.getRawAuthority() != null && !uri.getRawAuthority().isBlank();
            return (scheme.equals("http") || scheme.equals("https")) && hasAuthority ? url : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String narrative(String promptId, List<EvidencePrompt> prompts, String achievementName) {
        String prompt = promptText(promptId, prompts);
        return prompt != null
                ? "Submitted in answer to: " + prompt
                : "Submitted as evidence for " + achievementName;
    }

    private static ObjectNode entry(EvidenceArtifact artifact, List<EvidencePrompt> prompts, String achievementName) {
        ObjectNode evidence = JsonLd.object();
        evidence.put("id", "urn:uuid:" + artifact.artifactId());
        evidence.set("type", JsonLd.types("Evidence"));
        evidence.put("name", artifact.fileName() != null ? artifact.fileName() : "Evidence file");
        evidence.put("description", description(artifact));
        evidence.put("narrative", narrative(artifact.promptId(), prompts, achievementName));
        evidence.put("genre", genre(artifact.mediaType()));
        return evidence;
    }

    /** For example {@code sha256:9f86... (application/pdf, 48213 bytes)}. */
    private static String description(EvidenceArtifact artifact) {
        String details = (artifact.mediaType() != null ? artifact.mediaType() + ", " : "") + artifact.size() + " bytes";
        return artifact.sha256() != null
                ? "sha256:" + artifact.sha256().toLowerCase(Locale.ROOT) + " (" + details + ")"
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
        String type = mediaType.toLowerCase(Locale.ROOT);
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
