package org.microcred.wallet.verification;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.microcred.credentials.CredentialException;
import org.microcred.credentials.contexts.BundledContexts;
import org.microcred.credentials.shape.OpenBadgeShape;

/**
 * The shape of a VC 2.0 credential, and of an Open Badges 3.0 one when it says it is one: the
 * fields those specifications require (OB 3.0.3's AchievementCredential, Profile, AchievementSubject
 * and Achievement: credentials' {@link OpenBadgeShape}, which issuance's VC-API issuer applies too), reported
 * together so the issuer sees every gap at once.
 */
final class StructureCheck {

    static final String VC_V2 = "https://www.w3.org/ns/credentials/v2";
    /** VC 1.1, still what many issuers sign (DCC's signing service among them). */
    static final String VC_V1 = "https://www.w3.org/2018/credentials/v1";

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
        boolean v1 = !contexts.isEmpty() && VC_V1.equals(contexts.get(0).asText(null));
        if (contexts.isEmpty() || !(v1 || VC_V2.equals(contexts.get(0).asText(null)))) {
            problems.add("the first @context is not " + VC_V2 + " (or " + VC_V1 + ")");
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
        boolean openBadge = OpenBadgeShape.claims(credential);
        if (openBadge) {
            problems.addAll(OpenBadgeShape.problems(credential));
        }
        String kind = openBadge ? "an Open Badges 3.0 credential"
                : "a W3C Verifiable Credential " + (v1 ? "1.1" : "2.0");
        return problems.isEmpty()
                ? Check.passed(Check.STRUCTURE, "well-formed as " + kind)
                : Check.failed(Check.STRUCTURE, "not well-formed as " + kind + ": " + String.join("; ", problems));
    }
}
