package org.microcred.issuance.oid4vci;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.dataintegrity.DataIntegrityProofs;
import org.microcred.credentials.testing.TestHolder;
import org.microcred.credentials.testing.TestHolder.DidMethod;
import org.microcred.credentials.verification.ProofCheck;
import org.microcred.events.EventCodec;
import org.microcred.events.EventEnvelope;
import org.microcred.events.enrolment.ClaimOffered;
import org.microcred.events.wallet.CredentialsClaimed;
import org.microcred.issuance.Awards;
import org.microcred.issuance.Db;
import org.microcred.issuance.ProfileResolver;
import org.microcred.support.testing.TestKafka;
import org.microcred.support.testing.Tokens;

/**
 * The institution sends an award of a learner without an account (a stand-in earner) to the learner's OpenID4VCI
 * wallet app: the offer always needs its tx_code, the copy is bound to the holder's DID through the same token and
 * credential endpoints as the earner's own offers, the offer is audited, and each refusal has its test.
 */
@Tag("servers")
@QuarkusTest
class IssuerOfferTest {

    private static final String PROBLEMS = "https://microcred.org/problems/";
    private static final String OFFERS = "/api/v1/issuers/northbridge/openid4vci-offers";

    private static UUID award;

    @BeforeEach
    void awardOnce() {
        if (award == null) {
            award = standInAward("Sent by the institution");
        }
    }

    @Test
    void theInstitutionsOfferDeliversACopyBoundToTheLearnersDidWithTheTxCodeGivenSeparately() {
        Instant before = Instant.now();
        JsonPath shown = makeOffer("nb-admin", award).then().statusCode(201).header("Cache-Control", "no-store")
                .extract().jsonPath();
        assertTrue(shown.getString("txCode").matches("[0-9]{6}"), shown.prettify());
        assertTrue(shown.getString("offerUrl").startsWith("openid-credential-offer://?credential_offer_uri="));
        assertTrue(shown.getString("qrCodeSvg").startsWith("<svg"));
        assertEquals(CredentialConfigurations.ALL, shown.getList("credentialConfigurationIds"));
        Instant expires = Instant.parse(shown.getString("expiresAt"));
        assertTrue(expires.isAfter(before.plus(Duration.ofDays(7)).minusSeconds(60)), "7 days: " + expires);

        TestWallet.Offer offer = new TestWallet.Offer(shown, document(shown));
        String grant = "grants.'" + TestWallet.PRE_AUTHORIZED + "'.tx_code.";
        assertEquals(IssuerOffers.TX_CODE_DESCRIPTION, offer.document().getString(grant + "description"));
        assertEquals(6, offer.document().getInt(grant + "length"));

        TestHolder holder = TestHolder.ed25519(DidMethod.KEY);
        JsonNode copy = deliver(TestWallet.accessToken(offer), holder);
        assertEquals(holder.didKey(), copy.at("/credentialSubject/id").asText());
        ProofCheck check = new DataIntegrityProofs().verify(copy.toString(), new ProfileResolver());
        assertTrue(check.valid(), String.valueOf(check.reason()));
        assertEquals(1, Db.count("SELECT count(*) FROM holder_copy WHERE credential_id = '" + award
                + "' AND holder_did = '" + holder.didKey() + "'"));

        // Audited, naming the award and the admin, never the offer id or a code. The class's other tests make offers
        // for the same award (the LMS client's among them): this offer's record is the award's latest.
        List<Object[]> audit = Db.rows("SELECT actor_id, after_state FROM audit_record WHERE tenant_id = 'northbridge'"
                + " AND action = 'credential.openid4vci-offer.created' AND object_id = '" + award + "'"
                + " ORDER BY seq DESC");
        assertTrue(!audit.isEmpty(), "an audit record of the offer");
        assertEquals(Tokens.subject("nb-admin"), audit.get(0)[0]);
        String after = (String) audit.get(0)[1];
        assertTrue(after.contains("\"txCode\":\"required\"") && !after.contains(shown.getString("txCode") + "\""),
                after);
    }

    @Test
    void theTxCodeIsRequiredAndOneWrongTryDoesNotBurnTheCode() {
        TestWallet.Offer offer = offer("nb-admin", award);
        String wrong = offer.txCode().equals("000000") ? "111111" : "000000";
        // The link alone delivers nothing: without the code the spec's invalid_request, with a wrong one invalid_grant.
        oauthError(TestWallet.token(offer.code(), null), "invalid_request");
        oauthError(TestWallet.token(offer.code(), wrong), "invalid_grant");
        TestWallet.token(offer.code(), offer.txCode()).then().statusCode(200).body("access_token", notNullValue());
    }

    @Test
    void theInstitutionsLmsClientMayMakeTheOfferToo() {
        given().auth().oauth2(Tokens.lms("northbridge")).contentType(ContentType.JSON)
                .body(Map.of("credentialId", award.toString())).post(OFFERS)
                .then().statusCode(201).body("txCode", notNullValue());
    }

    @Test
    void anEarnerOrAnAssessorMayNotMakeIt() {
        makeOffer("nb-earner", award).then().statusCode(403);
        makeOffer("nb-assessor", award).then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("credentialId", award.toString())).post(OFFERS)
                .then().statusCode(401);
    }

    @Test
    void anotherInstitutionsAdminGets404() {
        UUID southports = new Awards("southport", "Southport's own " + UUID.randomUUID(), standIn()).issue("sp-admin");
        // Northbridge's award, under either institution's path.
        makeOffer("sp-admin", award).then().statusCode(404);
        spOffer("southport", award).then().statusCode(404);
        // Their own award, but under Northbridge's path: the path's institution must be the caller's.
        spOffer("northbridge", southports).then().statusCode(404);
        spOffer("southport", southports).then().statusCode(201)
                .body("credentialOfferUri", containsString("/api/v1/issuers/southport/openid4vci/offers/"));
        makeOffer("nb-admin", UUID.randomUUID()).then().statusCode(404);
    }

    private static Response spOffer(String pathTenant, UUID credentialId) {
        return given().auth().oauth2(Tokens.user("sp-admin")).contentType(ContentType.JSON)
                .body(Map.of("credentialId", credentialId.toString()))
                .post("/api/v1/issuers/" + pathTenant + "/openid4vci-offers");
    }

    @Test
    void anAwardOfAnEarnerWithAnAccountIsTheirsToOffer() {
        UUID own = TestWallet.awardOf("nb-earner");
        problem(makeOffer("nb-admin", own), 409, "earner-has-account");
    }

    @Test
    void aRevokedAwardIsNotOffered() {
        UUID revoked = standInAward("Revoked before the offer");
        given().auth().oauth2(Tokens.user("nb-admin")).contentType(ContentType.JSON)
                .body(Map.of("reason", "Awarded in error")).post("/api/v1/credentials/" + revoked + "/revoke")
                .then().statusCode(200);
        problem(makeOffer("nb-admin", revoked), 409, "credential-not-active");
    }

    @Test
    void atMostFiveOffersOfAnAwardAreOpenAtATime() throws Exception {
        UUID capped = standInAward("Offered many times");
        String first = null;
        for (int i = 0; i < 5; i++) {
            String uri = makeOffer("nb-admin", capped).then().statusCode(201).extract().path("credentialOfferUri");
            first = first == null ? uri : first;
        }
        problem(makeOffer("nb-admin", capped), 409, "too-many-offers");
        // An expired offer is no longer open: room for one more.
        String offerId = first.substring(first.lastIndexOf('/') + 1);
        assertEquals(1, Db.update("UPDATE oid4vci_offer SET expires_at = now() - interval '1 second'"
                + " WHERE id_hash = '" + TestWallet.sha256(offerId) + "'"));
        makeOffer("nb-admin", capped).then().statusCode(201);
    }

    @Test
    void anOfferMadeBeforeTheLearnerClaimedTheirCredentialsStillDeliversTheSameAward() {
        String standIn = standIn();
        UUID claimedLater = new Awards("northbridge", "Claimed after the offer " + UUID.randomUUID(), standIn)
                .issue("nb-admin");
        TestWallet.Offer offer = offer("nb-admin", claimedLater);

        String earner = "claimer-" + UUID.randomUUID();
        CredentialsClaimed claimed = new CredentialsClaimed(UUID.randomUUID(), standIn, earner,
                "claimer@northbridge.example", List.of(claimedLater), Instant.now());
        TestKafka.publish(Awards.PREFIX, standIn, EventEnvelope.wrap(claimed, "northbridge", standIn, Instant.now(),
                null));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.user("nb-admin"))
                .queryParam("earnerId", earner).get("/api/v1/credentials").then().statusCode(200)
                .body("id", contains(claimedLater.toString())));

        TestHolder holder = TestHolder.p256(DidMethod.JWK);
        JsonNode copy = deliver(TestWallet.accessToken(offer), holder);
        assertEquals(holder.didJwk(), copy.at("/credentialSubject/id").asText());
        assertEquals(1, Db.count("SELECT count(*) FROM holder_copy WHERE credential_id = '" + claimedLater
                + "' AND earner_id = '" + earner + "'"), "the copy is recorded under the account that claimed it");
        // Now the learner has an account: new offers are theirs to make.
        problem(makeOffer("nb-admin", claimedLater), 409, "earner-has-account");
    }

    private static UUID standInAward(String name) {
        return new Awards("northbridge", name + " " + UUID.randomUUID(), standIn()).issue("nb-admin");
    }

    private static String standIn() {
        return ClaimOffered.UNCLAIMED_PREFIX + UUID.randomUUID().toString().replace("-", "");
    }

    private static Response makeOffer(String username, UUID credentialId) {
        return given().auth().oauth2(Tokens.user(username)).contentType(ContentType.JSON)
                .body(Map.of("credentialId", credentialId.toString())).post(OFFERS);
    }

    private static TestWallet.Offer offer(String username, UUID credentialId) {
        JsonPath shown = makeOffer(username, credentialId).then().statusCode(201).extract().jsonPath();
        return new TestWallet.Offer(shown, document(shown));
    }

    private static JsonPath document(JsonPath shown) {
        return given().get(ProfileResolver.path(shown.getString("credentialOfferUri"))).then().statusCode(200)
                .extract().jsonPath();
    }

    /** The wallet's ldp_vc copy, with one key proof by the holder. */
    private static JsonNode deliver(String accessToken, TestHolder holder) {
        String proof = TestWallet.proof(holder, TestWallet.nonce());
        String answer = TestWallet.credential(accessToken, TestWallet.request(CredentialConfigurations.LDP_VC, proof))
                .then().statusCode(200).extract().asString();
        try {
            return EventCodec.mapper().readTree(answer).at("/credentials/0/credential");
        } catch (Exception e) {
            throw new AssertionError(answer, e);
        }
    }

    private static void oauthError(Response response, String error) {
        response.then().statusCode(400).body("error", equalTo(error));
    }

    private static void problem(Response response, int status, String slug) {
        response.then().statusCode(status).body("type", equalTo(PROBLEMS + slug)).body("detail", notNullValue());
    }
}
