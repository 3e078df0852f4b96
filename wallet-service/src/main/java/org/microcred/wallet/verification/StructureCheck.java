package org.microcred.wallet.verification;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.microcred.credentials.CredentialException;
import org.microcred.credentials.contexts.BundledContexts;

/**
 * The shape of a VC 2.0 credential, and of an Open Badges 3.0 one when it says it is one: the
 * fields those specifications require (OB 3.0.3's AchievementCredential, Profile, AchievementSubject
 * and Achievement), reported together so the issuer sees every gap at once.
 */
final class StructureCheck {

    static final String VC_V2 = "https://www.w3.org/ns/credentials/v2";
    private static final String OB_CONTEXT_PREFIX = "https://purl.imsglobal.org/spec/ob/v3p0/context";
    private static final Set<String> OB_TYPES = Set.of("OpenBadgeCredential", "AchievementCredential");

    private StructureCheck() {
    }

    /**
     * @throws CredentialException {@code unknown-context} when a context URL is not bundled: such a
     *         credential cannot be checked at all, since contexts are never fetched
     */
    static Check check(JsonNode credential) {
        Set<String> bundled = BundledContexts.loader().urls();
        List<String> problems = new ArrayList<>();
        List<JsonNode> contexts = Json.each(credential.get("@context"));
        for (JsonNode context : contexts) {
            if (context.isTextual() && !bundled.contains(context.asText())) {
                throw BundledContexts.unknown(context.asText());
            }
            if (!context.isTextual()) {
                problems.add("@context holds an embedded context; only the bundled context URLs are accepted");
            }
        }
        if (contexts.isEmpty() || !VC_V2.equals(contexts.get(0).asText(null))) {
            problems.add("the first @context is not " + VC_V2);
        }
        JsonNode type = credential.get("type");
        if (!Json.hasType(type, "VerifiableCredential")) {
            problems.add("type does not include VerifiableCredential");
        }
        if (Json.issuerId(credential) == null) {
            problems.add("issuer is missing (a URL, or an object with an id)");
        }
        List<JsonNode> subjects = Json.each(credential.get("credentialSubject"));
        if (subjects.isEmpty() || !subjects.stream().allMatch(JsonNode::isObject)) {
            problems.add("credentialSubject is missing or not an object");
        }
        boolean openBadge = OB_TYPES.stream().anyMatch(t -> Json.hasType(type, t));
        if (openBadge) {
            openBadge(credential, contexts, problems);
        }
        String kind = openBadge ? "an Open Badges 3.0 credential" : "a W3C Verifiable Credential 2.0";
        return problems.isEmpty()
                ? Check.passed(Check.STRUCTURE, "well-formed as " + kind)
                : Check.failed(Check.STRUCTURE, "not well-formed as " + kind + ": " + String.join("; ", problems));
    }

    private static void openBadge(JsonNode credential, List<JsonNode> contexts, List<String> problems) {
        if (contexts.stream().noneMatch(c -> c.asText("").startsWith(OB_CONTEXT_PREFIX))) {
            problems.add("the Open Badges 3.0 context is missing");
        }
        require(credential, "id", problems, "");
        require(credential, "name", problems, "");
        require(credential, "validFrom", problems, "");
        JsonNode issuer = credential.path("issuer");
        if (!issuer.isObject() || !Json.hasType(issuer.get("type"), "Profile")) {
            problems.add("issuer is not a Profile object");
        }
        JsonNode subject = credential.path("credentialSubject");
        if (!Json.hasType(subject.get("type"), "AchievementSubject")) {
            problems.add("credentialSubject.type does not include AchievementSubject");
        }
        JsonNode achievement = subject.path("achievement");
        if (!achievement.isObject()) {
            problems.add("credentialSubject.achievement is missing");
            return;
        }
        if (!Json.hasType(achievement.get("type"), "Achievement")) {
            problems.add("credentialSubject.achievement.type does not include Achievement");
        }
        for (String field : new String[] {"id", "name", "description", "criteria"}) {
            require(achievement, field, problems, "credentialSubject.achievement.");
        }
    }

    private static void require(JsonNode node, String field, List<String> problems, String path) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
            problems.add(path + field + " is missing");
        }
    }
}
