package org.microcred.issuance.vcapi;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every refusal of issue 16 point 3: what the VC Data Model 2.0 forbids, JSON-LD safe mode, and the Open Badges 3.0
 * shape. Each case is a valid credential with one thing broken, answered 400 with the slug that names it; and the
 * unbroken credential is signed (so a case fails when its rule is removed, not because the base is wrong).
 */
@Tag("servers")
@QuarkusTest
class VcApiRefusalTest {

    static Stream<Arguments> refusals() {
        return Stream.of(
                refused("no @context", c -> c.remove("@context"), "invalid-context"),
                refused("@context not beginning with VC 2.0", c -> c.set("@context",
                        VcApiClients.json("[\"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\"]")),
                        "invalid-context"),
                refused("a context that is not bundled", c -> c.set("@context", VcApiClients.json(
                        "[\"https://www.w3.org/ns/credentials/v2\", \"https://example.com/unknown/v1\"]")),
                        "unknown-context"),
                refused("no type", c -> c.remove("type"), "invalid-type"),
                refused("type without VerifiableCredential", c -> c.put("type", "Badge"), "invalid-type"),
                refused("no credentialSubject", c -> c.remove("credentialSubject"), "invalid-credential-subject"),
                refused("an empty credentialSubject", c -> c.set("credentialSubject", VcApiClients.json("{}")),
                        "invalid-credential-subject"),
                refused("an issuer that is not a URL", c -> c.put("issuer", "Northbridge University"),
                        "invalid-url"),
                refused("an issuer object without id", c -> c.set("issuer", VcApiClients.json("{\"name\": \"N\"}")),
                        "invalid-issuer"),
                refused("an id that is not a URL", c -> c.put("id", "not a url"), "invalid-url"),
                refused("validFrom not a date-time stamp", c -> c.put("validFrom", "2026-01-01"), "invalid-date"),
                refused("validFrom without a time zone", c -> c.put("validFrom", "2026-01-01T00:00:00"),
                        "invalid-date"),
                refused("validUntil before validFrom", c -> c.put("validUntil", "2025-12-31T23:59:59Z"),
                        "invalid-date"),
                refused("credentialStatus without type", c -> c.set("credentialStatus", VcApiClients.json(
                        "{\"id\": \"https://example.com/status/1#3\"}")), "invalid-credential-status"),
                refused("credentialSchema without type", c -> c.set("credentialSchema", VcApiClients.json(
                        "{\"id\": \"https://example.com/schema.json\"}")), "invalid-credential-schema"),
                refused("evidence without type", c -> c.set("evidence", VcApiClients.json(
                        "[{\"id\": \"https://example.com/evidence/1\"}]")), "invalid-evidence"),
                refused("termsOfUse without type", c -> c.set("termsOfUse", VcApiClients.json(
                        "{\"id\": \"https://example.com/terms\"}")), "invalid-terms-of-use"),
                refused("refreshService without type", c -> c.set("refreshService", VcApiClients.json(
                        "{\"id\": \"https://example.com/refresh\"}")), "invalid-refresh-service"),
                refused("relatedResource without digest", c -> c.set("relatedResource", VcApiClients.json(
                        "[{\"id\": \"https://example.com/image.png\"}]")), "invalid-related-resource"),
                refused("relatedResource without id", c -> c.set("relatedResource", VcApiClients.json(
                        "[{\"digestSRI\": \"sha384-abc\"}]")), "invalid-related-resource"),
                refused("relatedResource with a digest that cannot be checked", c -> c.set("relatedResource",
                        VcApiClients.json("[{\"id\": \"https://example.com/image.png\", \"digestSRI\":"
                                + " \"sha384-OLBgp1GsljhM2TJ+sbHjaiH9txEUvgdDTAzHv2P24donTt6/529l+9Ua0vFImLlb\"}]")),
                        "related-resource-unverifiable"),
                refused("a term no context defines (safe mode)", c -> c.with("credentialSubject")
                        .put("favouriteColour", "green"), "undefined-term"),
                refused("a type no context defines (safe mode)", c -> c.set("type", VcApiClients.json(
                        "[\"VerifiableCredential\", \"UndefinedCredential\"]")), "undefined-term"),
                refused("a protected term redefined", c -> c.set("@context", VcApiClients.json(
                        "[\"https://www.w3.org/ns/credentials/v2\", {\"name\": \"https://example.com/myName\"}]")),
                        "invalid-json-ld"),
                refused("a proof already", c -> c.set("proof", VcApiClients.json("{\"type\": \"DataIntegrityProof\"}")),
                        "already-signed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void aBrokenRuleIsRefusedWithItsReason(String what, Consumer<ObjectNode> breaking, String slug) {
        ObjectNode credential = Credentials.vc2("northbridge");
        breaking.accept(credential);
        VcApiClients.issue("northbridge", "northbridge", VcApiClients.request(credential)).statusCode(400)
                .body("type", equalTo("https://microcred.org/problems/" + slug));
    }

    @Test
    void theCredentialTheCasesBreakIsSigned() {
        VcApiClients.issue("northbridge", "northbridge", VcApiClients.request(Credentials.vc2("northbridge")))
                .statusCode(201);
    }

    @Test
    void anOpenBadgeCredentialWithoutItsAchievementIsRefusedNamingWhatIsMissing() {
        ObjectNode credential = Credentials.openBadge("northbridge");
        credential.with("credentialSubject").remove("achievement");
        VcApiClients.issue("northbridge", "northbridge", VcApiClients.request(credential)).statusCode(400)
                .body("type", equalTo("https://microcred.org/problems/not-open-badge"))
                .body("detail", containsString("credentialSubject.achievement is missing"));
        ObjectNode noProfile = Credentials.openBadge("northbridge");
        noProfile.put("issuer", VcApiClients.issuerId("northbridge"));
        VcApiClients.issue("northbridge", "northbridge", VcApiClients.request(noProfile)).statusCode(400)
                .body("detail", containsString("issuer is not a Profile object"));
    }

    @Test
    void statusOptionsTheCredentialCannotTakeAreRefused() {
        ObjectNode noId = VcApiClients.request(Credentials.vc2("northbridge"));
        noId.with("credential").remove("id");
        noId.set("options", VcApiClients.json("{\"credentialStatus\": {\"type\": \"BitstringStatusListEntry\"}}"));
        VcApiClients.issue("northbridge", "northbridge", noId).statusCode(400)
                .body("type", equalTo("https://microcred.org/problems/credential-id-required"));
        ObjectNode otherType = VcApiClients.request(Credentials.vc2("northbridge"));
        otherType.set("options", VcApiClients.json("{\"credentialStatus\": {\"type\": \"StatusList2021Entry\"}}"));
        VcApiClients.issue("northbridge", "northbridge", otherType).statusCode(400)
                .body("type", equalTo("https://microcred.org/problems/unsupported-status-type"));
        ObjectNode vc11 = VcApiClients.request(Credentials.vc11("northbridge"));
        vc11.set("options", VcApiClients.json("{\"credentialStatus\": {\"type\": \"BitstringStatusListEntry\"}}"));
        VcApiClients.issue("northbridge", "northbridge", vc11).statusCode(400)
                .body("type", equalTo("https://microcred.org/problems/status-needs-vc2"));
    }

    private static Arguments refused(String what, Consumer<ObjectNode> breaking, String slug) {
        return Arguments.of(what, breaking, slug);
    }
}
