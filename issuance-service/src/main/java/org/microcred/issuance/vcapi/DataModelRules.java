package org.microcred.issuance.vcapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import org.microcred.credentials.shape.OpenBadgeShape;
import org.microcred.support.problem.ProblemException;

/**
 * What the W3C VC Data Model forbids, checked before anything is signed: each refusal is a 400 whose slug and detail
 * name the rule. JSON-LD safe mode (terms and types no context defines, protected terms redefined, contexts that
 * are not bundled) is checked by the signer itself, on the expanded document. VC 1.1 credentials are accepted with
 * their own date members ({@code issuanceDate}, {@code expirationDate}); an Open Badges 3.0 credential must also
 * have the shape our verifier requires ({@link OpenBadgeShape}).
 */
final class DataModelRules {

    static final String VC_V2 = "https://www.w3.org/ns/credentials/v2";
    static final String VC_V1 = "https://www.w3.org/2018/credentials/v1";

    /** XML Schema dateTimeStamp: a date-time with its time zone (VC 2.0 section 4.9, 4.10). */
    private static final Pattern DATE_TIME_STAMP = Pattern.compile(
            "^-?\\d{4,}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$");
    /** Members whose every value must be an object with a {@code type} (VC 2.0 sections 4.11 to 5.6). */
    private static final List<String> TYPED_MEMBERS = List.of("credentialStatus", "credentialSchema", "evidence",
            "termsOfUse", "refreshService");

    enum Version { V2, V1_1 }

    private DataModelRules() {
    }

    /**
     * @param tenantIssuerId the only issuer this tenant may sign for
     * @return which data model the credential follows
     * @throws ProblemException 400 naming the first rule broken
     */
    static Version check(JsonNode credential, String tenantIssuerId) {
        if (credential == null || !credential.isObject()) {
            throw refused("invalid-credential", "credential must be a JSON object");
        }
        Version version = context(credential.get("@context"));
        if (credential.has("proof")) {
            throw refused("already-signed", "The credential already has a proof: send it without one");
        }
        if (credential.has("id")) {
            requireUrl(credential.get("id"), "id");
        }
        if (!OpenBadgeShape.hasType(credential.get("type"), "VerifiableCredential")
                || !OpenBadgeShape.each(credential.get("type")).stream().allMatch(JsonNode::isTextual)) {
            throw refused("invalid-type", "type must be a string or an array of strings including"
                    + " VerifiableCredential");
        }
        issuer(credential.get("issuer"), tenantIssuerId);
        subjects(credential.get("credentialSubject"));
        dates(credential, version);
        for (String member : TYPED_MEMBERS) {
            typed(credential.get(member), member);
        }
        if (credential.has("credentialSchema")) {
            for (JsonNode schema : OpenBadgeShape.each(credential.get("credentialSchema"))) {
                requireUrl(schema.get("id"), "credentialSchema.id");
            }
        }
        relatedResources(credential.get("relatedResource"));
        if (OpenBadgeShape.claims(credential)) {
            List<String> problems = OpenBadgeShape.problems(credential);
            if (!problems.isEmpty()) {
                throw refused("not-open-badge", "Not a well-formed Open Badges 3.0 credential: "
                        + String.join("; ", problems));
            }
        }
        return version;
    }

    private static Version context(JsonNode context) {
        List<JsonNode> contexts = OpenBadgeShape.each(context);
        String first = contexts.isEmpty() ? null : contexts.get(0).asText(null);
        if (VC_V2.equals(first)) {
            return Version.V2;
        }
        if (VC_V1.equals(first)) {
            return Version.V1_1;
        }
        throw refused("invalid-context", "@context must begin with " + VC_V2 + " (or " + VC_V1 + " for VC 1.1)");
    }

    private static void issuer(JsonNode issuer, String tenantIssuerId) {
        JsonNode id = issuer != null && issuer.isObject() ? issuer.get("id") : issuer;
        if (id == null || !id.isTextual()) {
            throw refused("invalid-issuer", "issuer must be a URL, or an object whose id is one");
        }
        requireUrl(id, "issuer");
        if (!tenantIssuerId.equals(id.asText())) {
            throw refused("issuer-not-tenant", "issuer must be this institution's issuer id " + tenantIssuerId
                    + ", not " + id.asText());
        }
    }

    private static void subjects(JsonNode subject) {
        List<JsonNode> subjects = OpenBadgeShape.each(subject);
        if (subjects.isEmpty() || !subjects.stream().allMatch(s -> s.isObject() && !s.isEmpty())) {
            throw refused("invalid-credential-subject", "credentialSubject must be an object (or an array of"
                    + " objects) with at least one claim");
        }
        for (JsonNode one : subjects) {
            if (one.has("id")) {
                requireUrl(one.get("id"), "credentialSubject.id");
            }
        }
    }

    private static void dates(JsonNode credential, Version version) {
        String fromName = version == Version.V2 ? "validFrom" : "issuanceDate";
        String untilName = version == Version.V2 ? "validUntil" : "expirationDate";
        if (version == Version.V1_1 && !credential.has(fromName)) {
            throw refused("invalid-date", "A VC 1.1 credential must state issuanceDate");
        }
        OffsetDateTime from = date(credential.get(fromName), fromName);
        OffsetDateTime until = date(credential.get(untilName), untilName);
        if (from != null && until != null && until.isBefore(from)) {
            throw refused("invalid-date", untilName + " " + until + " is before " + fromName + " " + from);
        }
    }

    private static OffsetDateTime date(JsonNode value, String name) {
        if (value == null) {
            return null;
        }
        if (!value.isTextual() || !DATE_TIME_STAMP.matcher(value.asText()).matches()) {
            throw refused("invalid-date", name + " must be an XML Schema date-time with a time zone"
                    + " (2026-01-31T09:00:00Z)");
        }
        try {
            return OffsetDateTime.parse(value.asText());
        } catch (DateTimeParseException e) {
            throw refused("invalid-date", name + " is not a date that exists: " + value.asText());
        }
    }

    private static void typed(JsonNode member, String name) {
        if (member == null) {
            return;
        }
        List<JsonNode> values = OpenBadgeShape.each(member);
        for (JsonNode value : values) {
            JsonNode type = value.get("type");
            if (!value.isObject() || type == null || OpenBadgeShape.each(type).isEmpty()
                    || !OpenBadgeShape.each(type).stream().allMatch(JsonNode::isTextual)) {
                throw refused("invalid-" + kebab(name), "Each " + name + " must be an object with a type");
            }
        }
    }

    /**
     * Each related resource needs an id and a digest ({@code digestSRI} or {@code digestMultibase}). A digest would
     * have to be checked against the resource, which this service does not fetch (an issuing service that calls out
     * to URLs its clients name is a request forger): so a related resource is refused rather than signed unchecked.
     */
    private static void relatedResources(JsonNode member) {
        if (member == null) {
            return;
        }
        for (JsonNode resource : OpenBadgeShape.each(member)) {
            if (!resource.isObject() || !resource.path("id").isTextual()
                    || !(resource.path("digestSRI").isTextual() || resource.path("digestMultibase").isTextual())) {
                throw refused("invalid-related-resource", "Each relatedResource must have an id and a digestSRI or"
                        + " digestMultibase");
            }
        }
        throw refused("related-resource-unverifiable", "relatedResource digests cannot be checked here (this"
                + " service fetches no URL its clients name): issue the credential without relatedResource");
    }

    private static void requireUrl(JsonNode value, String name) {
        if (value == null || !value.isTextual() || value.asText().length() > VcApiLimits.MAX_ID_LENGTH) {
            throw refused("invalid-url", name + " must be a URL of at most " + VcApiLimits.MAX_ID_LENGTH
                    + " characters");
        }
        try {
            URI uri = new URI(value.asText());
            if (!uri.isAbsolute()) {
                throw refused("invalid-url", name + " must be an absolute URL, not " + value.asText());
            }
        } catch (URISyntaxException e) {
            throw refused("invalid-url", name + " is not a URL: " + value.asText());
        }
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    static ProblemException refused(String slug, String detail) {
        return new ProblemException(400, slug, "Credential refused", detail);
    }
}
