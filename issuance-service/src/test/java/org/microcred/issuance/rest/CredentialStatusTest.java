package org.microcred.issuance.rest;

import org.junit.jupiter.api.Tag;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.dataintegrity.DataIntegrityProofs;
import org.microcred.credentials.status.BitstringStatusListCredential;
import org.microcred.credentials.status.BitstringStatusListEntry;
import org.microcred.credentials.status.StatusPurpose;
import org.microcred.credentials.verification.ProofCheck;
import org.microcred.events.EventCodec;
import org.microcred.events.issuance.CredentialStatusChanged;
import org.microcred.issuance.Awards;
import org.microcred.issuance.IssuanceTopic;
import org.microcred.issuance.ProfileResolver;
import org.microcred.support.testing.Tokens;

/**
 * Revoke, suspend and reinstate: each flips the credential's own bit in the served, signed status
 * list, is recorded on the credential and is announced as credential.status.changed.
 */
@Tag("servers")
@QuarkusTest
class CredentialStatusTest {

    private static final DataIntegrityProofs PROOFS = new DataIntegrityProofs();

    @Test
    void suspendSetsTheSuspensionBitAndReinstateClearsIt() {
        Awards awards = new Awards("northbridge", "Suspend then reinstate");
        UUID id = awards.issue("nb-admin");
        UUID sibling = awards.issueAnother("nb-admin");

        change("nb-admin", id, "suspend", "Under investigation for plagiarism").statusCode(200)
                .body("status", equalTo("SUSPENDED"))
                .body("statusReason", equalTo("Under investigation for plagiarism"));
        assertBits(id, false, true);
        assertBits(sibling, false, false); // another slot of the same lists: only its own bit moved
        given().auth().oauth2(Tokens.user("nb-admin")).get("/api/v1/credentials/" + id).then().statusCode(200)
                .body("status", equalTo("SUSPENDED"))
                .body("statusReason", equalTo("Under investigation for plagiarism"))
                .body("statusChangedBy", equalTo(Tokens.subject("nb-admin")))
                .body("statusChangedAt", notNullValue());

        change("nb-admin", id, "reinstate", "Investigation closed: original work").statusCode(200)
                .body("status", equalTo("ACTIVE"));
        assertBits(id, false, false);
        awards.credentials("nb-admin").body("find { it.id == '" + id + "' }.status", equalTo("ACTIVE"))
                .body("find { it.id == '" + id + "' }.statusReason", equalTo("Investigation closed: original work"));

        List<CredentialStatusChanged> events = statusEvents(awards.earnerId, 2);
        assertEquals(List.of("SUSPENDED", "ACTIVE"), events.stream().map(CredentialStatusChanged::status).toList());
        CredentialStatusChanged suspended = events.get(0);
        assertEquals(id, suspended.credentialId());
        assertEquals(awards.enrolmentId, suspended.enrolmentId());
        assertEquals(awards.earnerId, suspended.earnerId());
        assertEquals("Under investigation for plagiarism", suspended.reason());
        assertEquals(Tokens.subject("nb-admin"), suspended.changedBy());
        assertNotNull(suspended.changedAt());
    }

    @Test
    void revokeSetsTheRevocationBitForGood() {
        Awards awards = new Awards("northbridge", "Revoked");
        UUID id = awards.issue("nb-admin");

        change("nb-admin", id, "revoke", "Awarded in error").statusCode(200).body("status", equalTo("REVOKED"));
        assertBits(id, true, false);

        for (String action : List.of("reinstate", "suspend", "revoke")) {
            change("nb-admin", id, action, "Try again").statusCode(409)
                    .body("type", equalTo("https://microcred.org/problems/credential-revoked"));
        }
        assertBits(id, true, false);
        List<CredentialStatusChanged> events = statusEvents(awards.earnerId, 1);
        assertEquals("REVOKED", events.get(0).status());
        assertEquals("Awarded in error", events.get(0).reason());
    }

    @Test
    void aSuspendedCredentialCanBeRevoked() {
        Awards awards = new Awards("northbridge", "Suspended then revoked");
        UUID id = awards.issue("nb-admin");
        change("nb-admin", id, "suspend", "Pending review").statusCode(200);
        change("nb-admin", id, "suspend", "Twice").statusCode(409)
                .body("type", equalTo("https://microcred.org/problems/credential-suspended"));
        change("nb-admin", id, "revoke", "Review found misconduct").statusCode(200).body("status", equalTo("REVOKED"));
        assertBits(id, true, true);
        change("nb-admin", id, "reinstate", "No").statusCode(409);
    }

    @Test
    void onlyASuspendedCredentialIsReinstated() {
        UUID id = new Awards("northbridge", "Never suspended").issue("nb-admin");
        change("nb-admin", id, "reinstate", "Nothing to reinstate").statusCode(409)
                .body("type", equalTo("https://microcred.org/problems/credential-not-suspended"));
        assertBits(id, false, false);
    }

    @Test
    void aBitChangeReSignsTheListAndChangesItsEtag() {
        UUID id = new Awards("northbridge", "ETag").issue("nb-admin");
        String url = entries(id).get(1).statusListCredential();
        String before = given().get(ProfileResolver.path(url)).then().statusCode(200).extract().header("ETag");
        change("nb-admin", id, "suspend", "Check").statusCode(200);
        given().header("If-None-Match", before).get(ProfileResolver.path(url)).then().statusCode(200)
                .header("ETag", org.hamcrest.Matchers.not(equalTo(before)));
    }

    @Test
    void anotherTenantsAdminGets404AndNothingChanges() {
        UUID id = new Awards("northbridge", "Cross tenant").issue("nb-admin");
        for (String action : List.of("revoke", "suspend", "reinstate")) {
            change("sp-admin", id, action, "Not mine").statusCode(404)
                    .body("type", equalTo("https://microcred.org/problems/not-found"));
        }
        assertBits(id, false, false);
        change("nb-admin", UUID.randomUUID(), "revoke", "Unknown").statusCode(404);
        given().auth().oauth2(Tokens.user("nb-admin")).contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .post("/api/v1/credentials/not-a-uuid/revoke").then().statusCode(404);
    }

    @Test
    void withoutATokenOrAsAnEarnerTheStatusApiIsRefused() {
        UUID id = UUID.randomUUID();
        for (String action : List.of("revoke", "suspend", "reinstate")) {
            given().contentType(ContentType.JSON).body(Map.of("reason", "x"))
                    .post("/api/v1/credentials/" + id + "/" + action).then().statusCode(401);
            change("nb-earner", id, action, "x").statusCode(403);
        }
    }

    @Test
    void theReasonIsRequiredAndAtMost500Characters() {
        UUID id = new Awards("northbridge", "Reasons").issue("nb-admin");
        change("nb-admin", id, "suspend", "").statusCode(400).body("errors[0].field", equalTo("reason"));
        change("nb-admin", id, "suspend", " \t").statusCode(400);
        change("nb-admin", id, "revoke", "x".repeat(501)).statusCode(400);
        given().auth().oauth2(Tokens.user("nb-admin")).contentType(ContentType.JSON)
                .post("/api/v1/credentials/" + id + "/revoke").then().statusCode(400);
        given().auth().oauth2(Tokens.user("nb-admin")).contentType(ContentType.JSON).body("[1,2]")
                .post("/api/v1/credentials/" + id + "/revoke").then().statusCode(400);
        change("nb-admin", id, "revoke", "x".repeat(500)).statusCode(200);
    }

    private static ValidatableResponse change(String user, UUID id, String action, String reason) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON).body(Map.of("reason", reason))
                .post("/api/v1/credentials/" + id + "/" + action).then();
    }

    /** The credential's revocation entry (the one it states) and its twin in the suspension list. */
    private static List<BitstringStatusListEntry> entries(UUID id) {
        try {
            var status = EventCodec.mapper().readTree(Awards.document("nb-admin", id)).get("credentialStatus");
            BitstringStatusListEntry revocation = BitstringStatusListEntry.parse(status);
            return List.of(revocation, BitstringStatusListEntry.of(revocation.statusListCredential()
                    .replace("/revocation/", "/suspension/"), revocation.statusListIndex(), StatusPurpose.SUSPENSION));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads both served lists, checks their proofs, and the credential's bit in each. */
    private static void assertBits(UUID id, boolean revoked, boolean suspended) {
        List<BitstringStatusListEntry> entries = entries(id);
        boolean[] expected = {revoked, suspended};
        for (int i = 0; i < 2; i++) {
            BitstringStatusListEntry entry = entries.get(i);
            String list = given().get(ProfileResolver.path(entry.statusListCredential())).then().statusCode(200)
                    .extract().asString();
            ProofCheck check = PROOFS.verify(list, new ProfileResolver());
            assertTrue(check.valid(), "signed list: " + check.reason());
            assertEquals(expected[i], BitstringStatusListCredential.isSet(list, entry),
                    entry.statusPurpose().value() + " bit of " + id);
        }
    }

    private static List<CredentialStatusChanged> statusEvents(String earnerId, int expected) {
        return IssuanceTopic.await(earnerId, CredentialStatusChanged.class, expected);
    }
}
