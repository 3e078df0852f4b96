package org.microcred.credentials.shape;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The shape Open Badges 3.0.3 requires of an {@code OpenBadgeCredential} (formerly {@code AchievementCredential}):
 * its context, {@code id}, {@code name}, {@code validFrom}, a {@code Profile} issuer, an {@code AchievementSubject}
 * with an {@code Achievement} that has an id, name, description and criteria. Shared by wallet-service's verifier
 * (what it reports of any credential) and issuance-service's VC-API issuer (what it refuses to sign), so an
 * institution cannot have us sign a badge our own verifier would call malformed. Every gap is reported, not the
 * first, so the issuer sees them all at once.
 */
public final class OpenBadgeShape {

    public static final String CONTEXT_PREFIX = "https://purl.imsglobal.org/spec/ob/v3p0/context";
    public static final Set<String> TYPES = Set.of("OpenBadgeCredential", "AchievementCredential");

    private OpenBadgeShape() {
    }

    /** Whether the credential says it is an Open Badges 3.0 credential (by its {@code type}). */
    public static boolean claims(JsonNode credential) {
        return TYPES.stream().anyMatch(t -> hasType(credential.get("type"), t));
    }

    /** What the credential lacks to be a well-formed Open Badges 3.0 credential; empty when nothing. */
    public static List<String> problems(JsonNode credential) {
        List<String> problems = new ArrayList<>();
        if (each(credential.get("@context")).stream().noneMatch(c -> c.asText("").startsWith(CONTEXT_PREFIX))) {
            problems.add("the Open Badges 3.0 context is missing");
        }
        require(credential, "id", problems, "");
        require(credential, "name", problems, "");
        require(credential, "validFrom", problems, "");
        JsonNode issuer = credential.path("issuer");
        if (!issuer.isObject() || !hasType(issuer.get("type"), "Profile")) {
            problems.add("issuer is not a Profile object");
        }
        JsonNode subject = credential.path("credentialSubject");
        if (!hasType(subject.get("type"), "AchievementSubject")) {
            problems.add("credentialSubject.type does not include AchievementSubject");
        }
        JsonNode achievement = subject.path("achievement");
        if (!achievement.isObject()) {
            problems.add("credentialSubject.achievement is missing");
            return problems;
        }
        if (!hasType(achievement.get("type"), "Achievement")) {
            problems.add("credentialSubject.achievement.type does not include Achievement");
        }
        for (String field : new String[] {"id", "name", "description", "criteria"}) {
            require(achievement, field, problems, "credentialSubject.achievement.");
        }
        return problems;
    }

    /** A member that may be one value or an array of them, as a list (empty when absent). */
    public static List<JsonNode> each(JsonNode node) {
        List<JsonNode> values = new ArrayList<>();
        if (node == null || node.isMissingNode() || node.isNull()) {
            return values;
        }
        if (node.isArray()) {
            node.forEach(values::add);
        } else {
            values.add(node);
        }
        return values;
    }

    /** Whether {@code type} (a string or an array of them) includes {@code wanted}. */
    public static boolean hasType(JsonNode type, String wanted) {
        return each(type).stream().anyMatch(t -> t.isTextual() && wanted.equals(t.asText()));
    }

    private static void require(JsonNode node, String field, List<String> problems, String path) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
            problems.add(path + field + " is missing");
        }
    }
}
