package org.microcred.wallet.ims.host;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.testing.Ob3Schemas;
import org.microcred.credentials.testing.Ob3Schemas.Kind;
import org.microcred.events.EventEnvelope;
import org.microcred.events.issuance.CredentialIssued;
import org.microcred.support.testing.Tokens;
import org.microcred.wallet.WalletFixture;
import org.microcred.wallet.external.ExternalDb;
import org.microcred.wallet.ims.ImsApi;
import org.microcred.wallet.verification.TestIssuer;

/**
 * The wallet as a 1EdTech Open Badges 3.0 host, on the real database, Kafka and Keycloak: a signed-in earner's
 * credentials paged as the specification says, a platform's upsert (created, then replaced), the profile, and every
 * refusal answered as an Imsx_StatusInfo with its status. Tokens come from the realm with the API's scopes, as a
 * platform the earner connected gets them (the OAuth flow itself: ImsClients' tests and the end-to-end OB3ApiIT).
 */
@Tag("servers")
@QuarkusTest
class ImsHostTest {

    static final String EARNER = "nb-earner2";
    static final String OTHER_EARNER = "nb-earner";
    static final String BASE = ImsApi.PREFIX + "/northbridge" + ImsApi.OB;
    static final String READ = ImsApi.OB_CREDENTIAL_READONLY;
    static final String UPSERT = ImsApi.OB_CREDENTIAL_UPSERT;

    private static final TestIssuer ELSEWHERE = TestIssuer.didKey();

    @BeforeEach
    void cleanSlate() {
        // The earner's earlier credentials (of other tests) leave the API's list: hidden, as an earner hides one.
        ExternalDb.clear();
        ExternalDb.update("UPDATE wallet_credential SET hidden_at = now() WHERE earner_id = ? AND hidden_at IS NULL",
                Tokens.subject(EARNER));
        ExternalDb.update("DELETE FROM earner_profile");
    }

    /** A credential of another institution naming the earner by the salted hash of their verified email. */
    static ObjectNode addressedTo(String username, String name) {
        return ELSEWHERE.credentialFor(Tokens.claim(username, "email"), name);
    }

    static ExtractableResponse<Response> upsertJson(String token, String json) {
        return given().auth().oauth2(token).contentType("application/json")
                .body(json.getBytes(StandardCharsets.UTF_8)).post(BASE + "/credentials").then().extract();
    }

    static ExtractableResponse<Response> list(String query) {
        return given().auth().oauth2(Tokens.user(EARNER, READ)).get(BASE + "/credentials" + query).then().extract();
    }

    /** Fails unless the answer is an Imsx_StatusInfo failure with this status and code minor. */
    static void assertImsx(ExtractableResponse<Response> answer, int status, String codeMinor) {
        assertEquals(status, answer.statusCode(), answer.asString());
        assertTrue(answer.contentType().startsWith("application/json"), answer.contentType());
        assertEquals("failure", answer.path("imsx_codeMajor"));
        assertEquals("error", answer.path("imsx_severity"));
        assertEquals(codeMinor, answer.path("imsx_codeMinor.imsx_codeMinorField[0].imsx_codeMinorFieldValue"));
        Ob3Schemas.require().assertValid(Kind.IMSX_STATUS_INFO, answer.asString());
    }

    @Test
    void twentyFiveCredentialsArePagedByTenWithTheTotalAndTheLinks() {
        List<UUID> issuedHere = new ArrayList<>();
        List<String> documentIds = new ArrayList<>();
        for (int i = 0; i < 22; i++) {
            ObjectNode credential = addressedTo(EARNER, "Held here " + i);
            documentIds.add(credential.path("id").asText());
            EventEnvelope<CredentialIssued> event = WalletFixture.issued(EARNER, ELSEWHERE.sign(credential));
            WalletFixture.publish(event);
            issuedHere.add(event.payload().credentialId());
        }
        issuedHere.forEach(id -> WalletFixture.awaitInWallet(EARNER, id));
        String upsertToken = Tokens.user(EARNER, UPSERT);
        for (int i = 0; i < 2; i++) {
            assertEquals(201, upsertJson(upsertToken, ELSEWHERE.sign(addressedTo(EARNER, "From elsewhere " + i)))
                    .statusCode());
        }
        String jws = ELSEWHERE.signJwt(addressedTo(EARNER, "A VC-JWT from elsewhere"));
        given().auth().oauth2(upsertToken).contentType("text/plain").body(jws).post(BASE + "/credentials").then()
                .statusCode(201).contentType(containsString("text/plain")).body(equalTo(jws));

        ExtractableResponse<Response> first = list("?limit=10");
        assertEquals(200, first.statusCode(), first.asString());
        assertEquals("25", first.header("X-Total-Count"));
        assertEquals(10, count(first));
        String links = first.header("Link");
        assertTrue(links.contains("offset=10>; rel=\"next\""), links);
        assertTrue(links.contains("offset=20>; rel=\"last\""), links);
        assertTrue(links.contains("offset=0>; rel=\"first\""), links);
        assertFalse(links.contains("rel=\"prev\""), links);
        assertTrue(links.contains("/ims-api/northbridge/ims/ob/v3p0/credentials?limit=10&offset="), links);

        ExtractableResponse<Response> last = list("?limit=10&offset=20");
        assertEquals("25", last.header("X-Total-Count"));
        assertEquals(5, count(last));
        assertTrue(last.header("Link").contains("offset=10>; rel=\"prev\""), last.header("Link"));
        assertFalse(last.header("Link").contains("rel=\"next\""), last.header("Link"));

        List<String> seen = new ArrayList<>();
        for (int offset = 0; offset < 25; offset += 10) {
            JsonNode page = WalletFixture.tree(list("?limit=10&offset=" + offset).asString());
            page.path("credential").forEach(c -> seen.add(c.path("id").asText()));
            page.path("compactJwsString").forEach(c -> seen.add(c.asText()));
        }
        assertEquals(25, seen.size());
        assertEquals(25, seen.stream().distinct().count(), "no credential twice across the pages");
        assertTrue(seen.contains(jws), "the VC-JWT is listed as its compact JWS");
        assertTrue(seen.containsAll(documentIds), "every credential issued here is listed");
    }

    private static int count(ExtractableResponse<Response> page) {
        JsonNode body = WalletFixture.tree(page.asString());
        return body.path("credential").size() + body.path("compactJwsString").size();
    }

    @Test
    void sinceKeepsOnlyCredentialsIssuedAfterIt() {
        ObjectNode old = addressedTo(EARNER, "Issued last year");
        old.put("validFrom", "2025-01-01T00:00:00Z");
        ObjectNode recent = addressedTo(EARNER, "Issued yesterday");
        String token = Tokens.user(EARNER, UPSERT);
        assertEquals(201, upsertJson(token, ELSEWHERE.sign(old)).statusCode());
        assertEquals(201, upsertJson(token, ELSEWHERE.sign(recent)).statusCode());

        ExtractableResponse<Response> since = list("?since=2026-01-01T00:00:00");
        assertEquals("1", since.header("X-Total-Count"));
        assertEquals(recent.path("id").asText(), since.path("credential[0].id"));
        assertEquals("2", list("").header("X-Total-Count"));
    }

    @Test
    void anEqualCredentialIsReplacedNotAddedAndTheAnswerIsTheCredentialSent() {
        ObjectNode credential = addressedTo(EARNER, "Sent twice");
        String firstCopy = ELSEWHERE.sign(credential);
        String token = Tokens.user(EARNER, UPSERT);

        ExtractableResponse<Response> created = upsertJson(token, firstCopy);
        assertEquals(201, created.statusCode(), created.asString());
        assertEquals(firstCopy, created.asString());

        // Signed again (another proof, the same id and issuer): equal by the specification's rule, so it replaces.
        String secondCopy = ELSEWHERE.sign(credential.put("description", "Signed again"));
        ExtractableResponse<Response> replaced = upsertJson(token, secondCopy);
        assertEquals(200, replaced.statusCode(), replaced.asString());
        assertEquals(secondCopy, replaced.asString());
        assertEquals(1, ExternalDb.count("SELECT count(*) FROM external_credential"));
        assertEquals(1, ExternalDb.count("SELECT count(*) FROM external_credential WHERE document = ?", secondCopy),
                "the wallet keeps the copy sent last");
    }

    @Test
    void anUpsertThatDoesNotVerifyOrNamesSomeoneElseIsRefusedAndNothingIsKept() {
        String token = Tokens.user(EARNER, UPSERT);
        String signed = ELSEWHERE.sign(addressedTo(EARNER, "Tampered"));
        ExtractableResponse<Response> tampered = upsertJson(token, signed.replace("Tampered", "Tempered"));
        assertImsx(tampered, 400, "invalid_data");
        assertTrue(tampered.<String>path("imsx_description").contains("does not verify"),
                tampered.<String>path("imsx_description"));

        ExtractableResponse<Response> someoneElses = upsertJson(token,
                ELSEWHERE.sign(addressedTo(OTHER_EARNER, "Another earner's")));
        assertImsx(someoneElses, 400, "invalid_data");
        assertTrue(someoneElses.<String>path("imsx_description").contains("not this earner"),
                someoneElses.<String>path("imsx_description"));

        ExtractableResponse<Response> notJws = given().auth().oauth2(token).contentType("text/plain")
                .body("not a jws").post(BASE + "/credentials").then().extract();
        assertImsx(notJws, 400, "invalid_data");

        ExtractableResponse<Response> clr = given().auth().oauth2(Tokens.user(EARNER,
                ImsApi.CLR_CREDENTIAL_UPSERT)).contentType("application/json").body(signed)
                .post(ImsApi.PREFIX + "/northbridge" + ImsApi.CLR + "/credentials").then().extract();
        assertImsx(clr, 400, "invalid_data");
        assertEquals(0, ExternalDb.count("SELECT count(*) FROM external_credential"));
    }

    @Test
    void eachOperationNeedsItsScopeAndTheTokensInstitution() {
        // Reading with only the upsert scope, writing with only the read scope: 403, the scope named.
        ExtractableResponse<Response> read = given().auth().oauth2(Tokens.user(EARNER, UPSERT))
                .get(BASE + "/credentials").then().extract();
        assertImsx(read, 403, "forbidden");
        assertTrue(read.<String>path("imsx_description").contains(READ), read.asString());
        assertImsx(upsertJson(Tokens.user(EARNER, READ), ELSEWHERE.sign(addressedTo(EARNER, "No scope"))), 403,
                "forbidden");
        assertImsx(given().auth().oauth2(Tokens.user(EARNER, READ)).get(BASE + "/profile").then().extract(), 403,
                "forbidden");
        assertImsx(given().auth().oauth2(Tokens.user(EARNER, ImsApi.OB_PROFILE_READONLY)).contentType("application/json")
                .body("{\"type\": \"Profile\"}").put(BASE + "/profile").then().extract(), 403, "forbidden");

        // A Southport earner's token on Northbridge's API.
        assertImsx(given().auth().oauth2(Tokens.user("sp-earner", READ)).get(BASE + "/credentials").then()
                .extract(), 403, "forbidden");
        // No token, a broken token.
        ExtractableResponse<Response> anonymous = given().get(BASE + "/credentials").then().extract();
        assertImsx(anonymous, 401, "unauthorizedrequest");
        assertImsx(given().auth().oauth2("not.a.token").get(BASE + "/profile").then().extract(), 401,
                "unauthorizedrequest");
        assertEquals(0, ExternalDb.count("SELECT count(*) FROM external_credential"));
    }

    @Test
    void anotherEarnersCredentialsAreNotListed() {
        assertEquals(201, upsertJson(Tokens.user(OTHER_EARNER, UPSERT),
                ELSEWHERE.sign(addressedTo(OTHER_EARNER, "The other earner's"))).statusCode());
        ExtractableResponse<Response> mine = list("");
        assertEquals("0", mine.header("X-Total-Count"));
        assertEquals(0, count(mine));
    }

    @Test
    void badQueriesUnknownPathsAndMethodsAreImsxErrors() {
        assertImsx(list("?limit=0"), 400, "invalid_query_parameter");
        assertImsx(list("?limit=101"), 400, "invalid_query_parameter");
        assertImsx(list("?offset=-1"), 400, "invalid_query_parameter");
        assertImsx(list("?limit=ten"), 400, "invalid_query_parameter");
        assertImsx(list("?since=yesterday"), 400, "invalid_query_parameter");
        assertImsx(given().auth().oauth2(Tokens.user(EARNER, READ)).delete(BASE + "/credentials").then().extract(),
                405, "not_allowed");
        assertImsx(given().auth().oauth2(Tokens.user(EARNER, READ)).get(BASE + "/nothing-here").then().extract(),
                404, "not_found");
        // The rest of the API keeps RFC 9457.
        given().get("/api/v1/wallet/credentials").then().statusCode(401)
                .contentType(containsString("application/problem+json"));
    }

    @Test
    void theProfileIsTheAccountsUntilAPlatformReplacesItAndItsIdStaysTheEarners() {
        String read = Tokens.user(EARNER, ImsApi.OB_PROFILE_READONLY);
        String id = "urn:uuid:" + Tokens.subject(EARNER);
        ExtractableResponse<Response> fromAccount = given().auth().oauth2(read).get(BASE + "/profile").then()
                .extract();
        assertEquals(200, fromAccount.statusCode(), fromAccount.asString());
        assertEquals(id, fromAccount.path("id"));
        assertEquals(List.of("Profile"), fromAccount.path("type"));
        assertEquals(Tokens.claim(EARNER, "email"), fromAccount.path("email"));
        Ob3Schemas.require().assertValid(Kind.PROFILE, fromAccount.asString());

        String update = Tokens.user(EARNER, ImsApi.OB_PROFILE_UPDATE);
        given().auth().oauth2(update).contentType("application/json")
                .body("{\"type\": \"Profile\", \"name\": \"Zoë Example\", \"description\": \"Learns things\"}")
                .put(BASE + "/profile").then().statusCode(200)
                .body("id", equalTo(id)).body("type", equalTo(List.of("Profile"))).body("name", equalTo("Zoë Example"));
        ExtractableResponse<Response> kept = given().auth().oauth2(read).get(BASE + "/profile").then().extract();
        assertEquals("Zoë Example", kept.path("name"));
        Ob3Schemas.require().assertValid(Kind.PROFILE, kept.asString());

        assertImsx(given().auth().oauth2(update).contentType("application/json")
                .body("{\"id\": \"urn:uuid:" + UUID.randomUUID() + "\", \"type\": \"Profile\"}")
                .put(BASE + "/profile").then().extract(), 400, "invalid_data");
        assertImsx(given().auth().oauth2(update).contentType("application/json").body("{\"type\": \"Achievement\"}")
                .put(BASE + "/profile").then().extract(), 400, "invalid_data");
        assertImsx(given().auth().oauth2(update).contentType("application/json").body("{\"type\": \"Profile\",")
                .put(BASE + "/profile").then().extract(), 400, "invalid_data");
        assertEquals("Zoë Example", given().auth().oauth2(read).get(BASE + "/profile").then().extract().path("name"),
                "a refused update changes nothing");
        // Another earner's profile is theirs.
        given().auth().oauth2(Tokens.user(OTHER_EARNER, ImsApi.OB_PROFILE_READONLY)).get(BASE + "/profile").then()
                .statusCode(200).body("name", not(equalTo("Zoë Example")));
    }

    @Test
    void theClrApiAnswersAnEmptyListTheProfileAndItsErrorsAsClrsSchemasSay() {
        String clr = ImsApi.PREFIX + "/northbridge" + ImsApi.CLR;
        ExtractableResponse<Response> list = given().auth().oauth2(Tokens.user(EARNER,
                ImsApi.CLR_CREDENTIAL_READONLY)).get(clr + "/credentials").then().extract();
        assertEquals(200, list.statusCode(), list.asString());
        assertEquals("0", list.header("X-Total-Count"));
        Ob3Schemas.require().assertValid(Kind.CLR_GET_CREDENTIALS_RESPONSE, list.asString());
        ExtractableResponse<Response> profile = given().auth().oauth2(Tokens.user(EARNER,
                ImsApi.CLR_PROFILE_READONLY)).get(clr + "/profile").then().extract();
        assertEquals(200, profile.statusCode(), profile.asString());
        Ob3Schemas.require().assertValid(Kind.CLR_PROFILE, profile.asString());
        // The Open Badges scope does not open the CLR API.
        ExtractableResponse<Response> refused = given().auth().oauth2(Tokens.user(EARNER, READ))
                .get(clr + "/credentials").then().extract();
        assertEquals(403, refused.statusCode());
        Ob3Schemas.require().assertValid(Kind.CLR_IMSX_STATUS_INFO, refused.asString());
    }

    @Test
    void discoveryIsUnprotectedCacheableAndNamesTheOAuthEndpointsAndScopes() {
        ExtractableResponse<Response> discovery = given().get(BASE + "/discovery").then().extract();
        assertEquals(200, discovery.statusCode());
        String tag = discovery.header("ETag");
        assertTrue(discovery.header("Cache-Control").contains("max-age="), discovery.header("Cache-Control"));
        assertEquals("Northbridge Institute wallet", discovery.path("info.title"));
        assertTrue(discovery.<String>path("servers[0].url").endsWith("/ims-api/northbridge/ims/ob/v3p0"));
        assertTrue(discovery.<String>path("info.termsOfService").startsWith("http"));
        assertTrue(discovery.<String>path("info.x-imssf-privacyPolicyUrl").startsWith("http"));
        assertTrue(discovery.<String>path("info.x-imssf-image").startsWith("http"));
        String scheme = "components.securitySchemes.OAuth2ACG.";
        assertEquals("oauth2", discovery.path(scheme + "type"));
        assertTrue(discovery.<String>path(scheme + "x-imssf-registrationUrl").endsWith("/ims-api/northbridge/register"));
        assertTrue(discovery.<String>path(scheme + "flows.authorizationCode.authorizationUrl")
                .endsWith("/realms/microcred/protocol/openid-connect/auth"));
        assertTrue(discovery.<String>path(scheme + "flows.authorizationCode.tokenUrl")
                .endsWith("/protocol/openid-connect/token"));
        assertEquals(ServiceDescription.scopesOf(ServiceDescription.Api.OB), new ArrayList<>(discovery
                .<Map<String, String>>path(scheme + "flows.authorizationCode.scopes").keySet()).stream()
                .sorted().toList());

        given().header("If-None-Match", tag).get(BASE + "/discovery").then().statusCode(304).header("ETag", tag);
        // Another institution: its own document, with the deployment's title.
        ExtractableResponse<Response> southport = given().get(ImsApi.PREFIX + "/southport" + ImsApi.OB
                + "/discovery").then().extract();
        assertEquals("Micro-credentials wallet", southport.path("info.title"));
        assertFalse(tag.equals(southport.header("ETag")));
        // The CLR API's, with its scopes.
        given().get(ImsApi.PREFIX + "/northbridge" + ImsApi.CLR + "/discovery").then().statusCode(200)
                .body(scheme + "flows.authorizationCode.scopes", hasKey(ImsApi.CLR_CREDENTIAL_READONLY));
        assertImsx(given().get(ImsApi.PREFIX + "/Not_A_Tenant" + ImsApi.OB + "/discovery").then().extract(), 404,
                "not_found");
    }
}
