package org.microcred.wallet.claim;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.events.EventEnvelope;
import org.microcred.events.enrolment.ClaimOffered;
import org.microcred.events.issuance.CredentialIssued;
import org.microcred.support.testing.TestKafka;
import org.microcred.support.testing.Tokens;
import org.microcred.wallet.ShareToken;
import org.microcred.wallet.WalletFixture;

/**
 * A claim moves credentials from a stand-in to an account, so it is in the wallet's audit trail: who claimed which
 * offer and which credentials moved, by ids only (never the email the link was sent to); a refused claim records
 * nothing.
 */
@Tag("servers")
@QuarkusTest
class ClaimAuditTest {

    @Test
    void aClaimIsRecordedWithTheCredentialsItMovedARefusedOneIsNot() {
        String standIn = Claims.standIn();
        String token = ShareToken.generate();
        EventEnvelope<ClaimOffered> offer = Claims.offer("nb-earner", standIn, token);
        EventEnvelope<CredentialIssued> issued = Claims.credentialFor(offer, "Audited claim");
        Claims.publish(offer);
        TestKafka.publish(WalletFixture.PREFIX, standIn, issued);
        Claims.awaitListed(offer, "credentialPresent", true);
        UUID claimId = offer.payload().claimId();

        // Another earner (whose email is not the one the link was sent to): refused, nothing recorded.
        Claims.claim("nb-earner2", token).statusCode(403);
        Claims.claim("nb-earner", token).statusCode(200);
        // Used: refused, nothing recorded.
        Claims.claim("nb-earner", token).statusCode(410);

        String earner = Tokens.subject("nb-earner");
        ValidatableResponse records = records("nb-admin", claimId).body("", hasSize(1))
                .body("[0].action", equalTo("claim-offer.claimed"))
                .body("[0].objectType", equalTo("claim-offer"))
                .body("[0].actorType", equalTo("user"))
                .body("[0].actorId", equalTo(earner))
                .body("[0].actorRoles", hasItem("earner"))
                .body("[0].eventId", nullValue())
                .body("[0].before.status", equalTo("unclaimed"))
                .body("[0].before.unclaimedEarnerId", equalTo(standIn))
                .body("[0].after.status", equalTo("claimed"))
                .body("[0].after.earnerId", equalTo(earner))
                .body("[0].after.unclaimedEarnerId", equalTo(standIn))
                .body("[0].after.credentialIds", contains(issued.payload().credentialId().toString()))
                .body("[0].after.achievementId", equalTo(offer.payload().achievementId().toString()))
                .body("[0].after.enrolmentId", equalTo(offer.payload().enrolmentId().toString()));
        String text = records.extract().asString().toLowerCase();
        assertFalse(text.contains(Tokens.claim("nb-earner", "email").toLowerCase()), "no email: " + text);
        assertFalse(text.contains("ana learner"), "no name: " + text);
        // Another institution's admin reads none of it.
        records("sp-admin", claimId).body("", hasSize(0));
    }

    private static ValidatableResponse records(String user, UUID objectId) {
        return given().auth().oauth2(Tokens.user(user)).queryParam("objectId", objectId.toString())
                .get("/api/v1/audit").then().statusCode(200);
    }
}
