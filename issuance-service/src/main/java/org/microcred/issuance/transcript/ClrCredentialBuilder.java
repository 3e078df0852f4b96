package org.microcred.issuance.transcript;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.microcred.credentials.contexts.ClrContext;
import org.microcred.issuance.IssuerProfile;
import org.microcred.issuance.jsonld.IssuerJson;

/**
 * Builds the unsigned CLR 2.0 {@code ClrCredential} of a transcript: the institution's {@code Profile} as issuer (the
 * one its badges carry), and a {@code ClrSubject} holding the chosen signed credentials as they were issued
 * ({@code verifiableCredential}, proofs included, so each still verifies on its own), their achievements, the
 * earner's salted identity hashes taken from those credentials (the transcript learns nothing new about the earner),
 * and the associations of a pathway with its components when both are in the transcript.
 *
 * <p>A pure function of its inputs, like the badge builders; the signer adds the proof over exactly this document.
 * Contexts: VC 2.0, CLR 2.0 (2.0.1), OB 3.0.3, in the order 1EdTech's CLR 2.0 schema requires.
 */
public final class ClrCredentialBuilder {

    static final String VC_V2_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    static final String CLR_V2P0_CONTEXT = ClrContext.URL;
    static final String OB_V3P0_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;


    /**
     * One credential the transcript embeds.
     *
     * @param document      the signed credential, parsed from the text issuance stored
     * @param achievementId its achievement (a micro-credential's, or the pathway's for a stacked credential)
     * @param pathwayId     the pathway a stacked credential completes, else null
     */
    public record Embedded(UUID credentialId, JsonNode document, UUID achievementId, UUID pathwayId) {
        public Embedded {
            Objects.requireNonNull(credentialId, "credentialId");
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(achievementId, "achievementId");
        }
    }

    /**
     * @param name        the transcript's name (the earner's, or a default)
     * @param components  for each embedded stacked credential's id, the ids of the component credentials its evidence
     *                    names
     */
    public record Inputs(UUID transcriptId, Instant issuedAt, IssuerProfile issuer, String name,
            List<Embedded> credentials, Map<UUID, Set<UUID>> components) {
        public Inputs {
            Objects.requireNonNull(transcriptId, "transcriptId");
            Objects.requireNonNull(issuedAt, "issuedAt");
            Objects.requireNonNull(issuer, "issuer");
            Objects.requireNonNull(name, "name");
            if (credentials == null || credentials.isEmpty()) {
                throw new IllegalArgumentException("a transcript embeds at least one credential");
            }
            components = components == null ? Map.of() : components;
        }
    }

    private ClrCredentialBuilder() {
    }

    public static ObjectNode build(Inputs in) {
        ObjectNode clr = NODES.objectNode();
        clr.set("@context", NODES.arrayNode().add(VC_V2_CONTEXT).add(CLR_V2P0_CONTEXT).add(OB_V3P0_CONTEXT));
        clr.put("id", "urn:uuid:" + in.transcriptId());
        clr.set("type", NODES.arrayNode().add("VerifiableCredential").add("ClrCredential"));
        clr.put("name", in.name());
        clr.put("description", "A Comprehensive Learner Record of " + in.credentials().size() + " credential"
                + (in.credentials().size() == 1 ? "" : "s") + " issued by " + in.issuer().name()
                + ", chosen by the learner.");
        clr.set("issuer", IssuerJson.profile(in.issuer()));
        clr.put("validFrom", in.issuedAt().truncatedTo(ChronoUnit.SECONDS).toString());
        clr.set("credentialSubject", subject(in));
        return clr;
    }

    private static ObjectNode subject(Inputs in) {
        ObjectNode subject = NODES.objectNode();
        subject.set("type", NODES.arrayNode().add("ClrSubject"));
        ArrayNode identifiers = distinct(in.credentials(), "identifier");
        if (!identifiers.isEmpty()) {
            subject.set("identifier", identifiers);
        }
        subject.set("achievement", achievements(in.credentials()));
        ArrayNode embedded = NODES.arrayNode();
        in.credentials().forEach(c -> embedded.add(c.document().deepCopy()));
        subject.set("verifiableCredential", embedded);
        ArrayNode associations = associations(in);
        if (!associations.isEmpty()) {
            subject.set("association", associations);
        }
        return subject;
    }

    /** Each credential's achievement, once (two credentials of one achievement version state the same one). */
    private static ArrayNode achievements(List<Embedded> credentials) {
        Set<JsonNode> seen = new LinkedHashSet<>();
        for (Embedded c : credentials) {
            JsonNode achievement = c.document().path("credentialSubject").path("achievement");
            if (achievement.isObject()) {
                seen.add(achievement);
            }
        }
        ArrayNode array = NODES.arrayNode();
        seen.forEach(a -> array.add(a.deepCopy()));
        return array;
    }

    /** The credentials' subjects' values of a field (their IdentityObjects), each distinct one once. */
    private static ArrayNode distinct(List<Embedded> credentials, String field) {
        Set<JsonNode> seen = new LinkedHashSet<>();
        for (Embedded c : credentials) {
            JsonNode value = c.document().path("credentialSubject").path(field);
            if (value.isArray()) {
                value.forEach(seen::add);
            } else if (value.isObject()) {
                seen.add(value);
            }
        }
        ArrayNode array = NODES.arrayNode();
        seen.forEach(v -> array.add(v.deepCopy()));
        return array;
    }

    /**
     * A pathway's achievement {@code isParentOf} each component's achievement in the transcript, and each component
     * {@code isChildOf} the pathway (CLR 2.0 association types), by achievement ids ({@code urn:uuid:...}) as the
     * embedded achievements state them.
     */
    private static ArrayNode associations(Inputs in) {
        Map<UUID, Embedded> byId = new java.util.HashMap<>();
        in.credentials().forEach(c -> byId.put(c.credentialId(), c));
        ArrayNode associations = NODES.arrayNode();
        Set<String> seen = new LinkedHashSet<>();
        for (Embedded pathway : in.credentials()) {
            if (pathway.pathwayId() == null) {
                continue;
            }
            String parent = "urn:uuid:" + pathway.achievementId();
            for (UUID componentId : in.components().getOrDefault(pathway.credentialId(), Set.of())) {
                Embedded component = byId.get(componentId);
                if (component == null) {
                    continue;
                }
                String child = "urn:uuid:" + component.achievementId();
                if (seen.add(parent + " " + child)) {
                    associations.add(association("isParentOf", parent, child));
                    associations.add(association("isChildOf", child, parent));
                }
            }
        }
        return associations;
    }

    private static ObjectNode association(String type, String source, String target) {
        ObjectNode association = NODES.objectNode();
        association.put("type", "Association");
        association.put("associationType", type);
        association.put("sourceId", source);
        association.put("targetId", target);
        return association;
    }

    /** The component credential ids a stacked credential's evidence names ({@code urn:uuid:<id>}, genre Credential). */
    public static Set<UUID> componentsOf(JsonNode stackedCredential) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (JsonNode evidence : stackedCredential.path("evidence")) {
            String id = evidence.path("id").asText("");
            if ("Credential".equals(evidence.path("genre").asText()) && id.startsWith("urn:uuid:")) {
                try {
                    ids.add(UUID.fromString(id.substring("urn:uuid:".length())));
                } catch (IllegalArgumentException e) {
                    // Not one of ours: nothing to associate.
                }
            }
        }
        return ids;
    }
}
