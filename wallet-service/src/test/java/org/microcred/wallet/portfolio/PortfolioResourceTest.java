package org.microcred.wallet.portfolio;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcred.wallet.portfolio.Portfolios.PATH;
import static org.microcred.wallet.portfolio.Portfolios.body;
import static org.microcred.wallet.portfolio.Portfolios.create;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.support.testing.Tokens;
import org.microcred.wallet.WalletFixture;

/** The earner's portfolios: made, listed, read, replaced and deleted by their owner only, within their limits. */
@Tag("servers")
@QuarkusTest
class PortfolioResourceTest {

    private static final String EARNER = "nb-earner";
    private static final String CROWDED = "sp-earner2";

    @BeforeAll
    static void freshStart() {
        Portfolios.forget(EARNER);
        Portfolios.forget(CROWDED);
    }

    private static UUID delivered(String name) {
        return WalletFixture.delivered(EARNER, name).credentialId();
    }

    private static ExtractableResponse<Response> problem(String username, Object body, int status, String slug) {
        ExtractableResponse<Response> answer = create(username, body, status);
        assertEquals("https://microcred.org/problems/" + slug, answer.path("type"), answer.asString());
        return answer;
    }

    @Test
    void aPortfolioIsCreatedReadListedReplacedAndDeleted() {
        UUID first = delivered("Portfolio first");
        UUID second = delivered("Portfolio second");
        UUID third = delivered("Portfolio third");
        ExtractableResponse<Response> created = create(EARNER,
                body("  Data skills ", "What I learnt in 2026", List.of(second, first)), 201);
        String id = created.path("id");
        assertEquals(PATH + "/" + id, created.header("Location").replaceFirst("^https?://[^/]+", ""));
        assertEquals("Data skills", created.path("title"));

        given().auth().oauth2(Tokens.user(EARNER)).get(PATH + "/" + id).then().statusCode(200)
                .body("title", equalTo("Data skills")).body("description", equalTo("What I learnt in 2026"))
                .body("credentials.id", equalTo(List.of(second.toString(), first.toString())))
                .body("credentials[0].achievementName", equalTo("Portfolio second"))
                .body("credentials[0].issuerName", equalTo(WalletFixture.ISSUER))
                .body("credentials[0].status", equalTo("ACTIVE"))
                .body("credentials[0].issuedAt", notNullValue());

        String newer = create(EARNER, "Newer", third);
        given().auth().oauth2(Tokens.user(EARNER)).get(PATH + "?limit=200").then().statusCode(200)
                .body("[0].id", equalTo(newer)).body("[1].id", equalTo(id))
                .body("[1].credentialCount", equalTo(2));
        given().auth().oauth2(Tokens.user(EARNER)).get(PATH + "?limit=1").then().statusCode(200)
                .body("size()", equalTo(1));
        given().auth().oauth2(Tokens.user(EARNER)).get(PATH + "?limit=0").then().statusCode(400);
        given().auth().oauth2(Tokens.user(EARNER)).get(PATH + "?limit=201").then().statusCode(400);

        given().auth().oauth2(Tokens.user(EARNER)).contentType(ContentType.JSON)
                .body(body("Data skills, revised", null, List.of(third, second, first)))
                .put(PATH + "/" + id).then().statusCode(200)
                .body("title", equalTo("Data skills, revised")).body("description", nullValue())
                .body("credentials.id", equalTo(List.of(third.toString(), second.toString(), first.toString())));
        given().auth().oauth2(Tokens.user(EARNER)).contentType(ContentType.JSON)
                .body(body("Just one", "", List.of(first)))
                .put(PATH + "/" + id).then().statusCode(200)
                .body("credentials.id", equalTo(List.of(first.toString())));

        given().auth().oauth2(Tokens.user(EARNER)).delete(PATH + "/" + id).then().statusCode(204);
        given().auth().oauth2(Tokens.user(EARNER)).get(PATH + "/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.user(EARNER)).delete(PATH + "/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.user(EARNER)).get(PATH + "?limit=200").then().statusCode(200)
                .body("id", not(hasItem(id)));
    }

    @Test
    void aPortfolioHoldsOneToFiftyDistinctCredentialsOfTheCallersWallet() {
        UUID own = delivered("Limits own");
        problem(EARNER, body("Empty", null, List.of()), 422, "no-credentials");
        problem(EARNER, Map.of("title", "Absent"), 422, "no-credentials");
        List<UUID> fiftyOne = new ArrayList<>();
        IntStream.range(0, 51).forEach(i -> fiftyOne.add(UUID.randomUUID()));
        problem(EARNER, body("Too many", null, fiftyOne), 422, "too-many-credentials");
        String twice = problem(EARNER, body("Twice", null, List.of(own, own)), 422, "duplicate-credentials")
                .path("detail");
        assertTrue(twice.contains(own.toString()), twice);

        UUID missing = UUID.randomUUID();
        UUID othersEarner = WalletFixture.delivered("nb-earner2", "Someone else's").credentialId();
        UUID otherTenant = WalletFixture.delivered("sp-earner", "Another institution's").credentialId();
        String unknown = problem(EARNER, body("Not mine", null, List.of(own, missing, othersEarner, otherTenant)),
                422, "unknown-credentials").path("detail");
        assertTrue(unknown.contains(missing.toString()) && unknown.contains(othersEarner.toString())
                && unknown.contains(otherTenant.toString()) && !unknown.contains(own.toString()), unknown);

        // The same rules on replacing.
        String id = create(EARNER, "Replaced badly", own);
        given().auth().oauth2(Tokens.user(EARNER)).contentType(ContentType.JSON)
                .body(body("Replaced badly", null, List.of(own, own))).put(PATH + "/" + id).then().statusCode(422)
                .body("type", equalTo("https://microcred.org/problems/duplicate-credentials"));
        given().auth().oauth2(Tokens.user(EARNER)).contentType(ContentType.JSON)
                .body(body("Replaced badly", null, List.of(missing))).put(PATH + "/" + id).then().statusCode(422)
                .body("type", equalTo("https://microcred.org/problems/unknown-credentials"));
        given().auth().oauth2(Tokens.user(EARNER)).get(PATH + "/" + id).then().statusCode(200)
                .body("credentials.id", equalTo(List.of(own.toString())));
    }

    @Test
    void fiftyCredentialsAreAllowed() {
        List<UUID> fifty = new ArrayList<>();
        IntStream.range(0, 50).forEach(i -> fifty.add(UUID.randomUUID()));
        // Fifty is within the shape's limit: the answer is about the credentials themselves, not their number.
        problem(EARNER, body("Fifty", null, fifty), 422, "unknown-credentials");
    }

    @Test
    void theTitleAndDescriptionAreValidated() {
        UUID own = delivered("Validated");
        assertField(create(EARNER, body(" ", null, List.of(own)), 400), "title");
        assertField(create(EARNER, body(null, null, List.of(own)), 400), "title");
        assertField(create(EARNER, body("x".repeat(201), null, List.of(own)), 400), "title");
        assertField(create(EARNER, body("Long", "x".repeat(2001), List.of(own)), 400), "description");
        create(EARNER, body("x".repeat(200), "x".repeat(2000), List.of(own)), 201);
        given().auth().oauth2(Tokens.user(EARNER)).contentType(ContentType.JSON).post(PATH).then().statusCode(400)
                .body("type", equalTo("https://microcred.org/problems/validation"));
        String id = create(EARNER, "Valid", own);
        given().auth().oauth2(Tokens.user(EARNER)).contentType(ContentType.JSON)
                .body(body("", null, List.of(own))).put(PATH + "/" + id).then().statusCode(400)
                .body("type", equalTo("https://microcred.org/problems/validation"));
    }

    private static void assertField(ExtractableResponse<Response> answer, String field) {
        assertEquals("https://microcred.org/problems/validation", answer.path("type"), answer.asString());
        assertTrue(answer.path("errors.field").toString().contains(field), answer.asString());
    }

    @Test
    void aRemovedCredentialCannotBeAddedAndIsLeftOutOfItsPortfolio() {
        UUID kept = delivered("Kept in the wallet");
        UUID removed = delivered("Removed from the wallet");
        String id = create(EARNER, "Before the removal", kept, removed);
        Portfolios.remove(EARNER, removed);

        String detail = problem(EARNER, body("After the removal", null, List.of(kept, removed)), 422,
                "unknown-credentials").path("detail");
        assertTrue(detail.contains(removed.toString()) && !detail.contains(kept.toString()), detail);
        given().auth().oauth2(Tokens.user(EARNER)).get(PATH + "/" + id).then().statusCode(200)
                .body("credentials.id", equalTo(List.of(kept.toString())));
        given().auth().oauth2(Tokens.user(EARNER)).get(PATH + "?limit=200").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.credentialCount", equalTo(1));
    }

    @Test
    void anEarnerHasAtMostOneHundredPortfolios() {
        UUID own = WalletFixture.delivered(CROWDED, "Crowded").credentialId();
        Portfolios.fillUpTo(CROWDED, 99);
        String hundredth = create(CROWDED, "The hundredth", own);
        ExtractableResponse<Response> refused = create(CROWDED, body("One too many", null, List.of(own)), 409);
        assertEquals("https://microcred.org/problems/too-many-portfolios", refused.path("type"), refused.asString());
        given().auth().oauth2(Tokens.user(CROWDED)).delete(PATH + "/" + hundredth).then().statusCode(204);
        create(CROWDED, "Room again", own);
        Portfolios.forget(CROWDED);
    }

    @Test
    void aPortfolioHasAtMostTwentyOpenLinksEachOneToThreeHundredSixtyFiveDays() {
        String id = create(EARNER, "Shared widely", delivered("Shared widely"));
        Portfolios.share(EARNER, id, Map.of("expiresInDays", 0), 400);
        ExtractableResponse<Response> tooLong = Portfolios.share(EARNER, id, Map.of("expiresInDays", 366), 400);
        assertTrue(tooLong.path("errors.field").toString().contains("expiresInDays"), tooLong.asString());
        Portfolios.share(EARNER, id, Map.of("displayName", "x".repeat(201)), 400);
        ExtractableResponse<Response> longest = Portfolios.share(EARNER, id,
                Map.of("expiresInDays", 365, "displayName", "x".repeat(200)), 201);
        for (int i = 1; i < 20; i++) {
            Portfolios.share(EARNER, id, Map.of(), 201);
        }
        ExtractableResponse<Response> refused = Portfolios.share(EARNER, id, Map.of(), 409);
        assertEquals("https://microcred.org/problems/too-many-shares", refused.path("type"), refused.asString());
        given().auth().oauth2(Tokens.user(EARNER))
                .delete(PATH + "/" + id + "/shares/" + longest.path("shareId")).then().statusCode(204);
        // Without a body: the defaults (30 days, nobody named, evidence not described).
        given().auth().oauth2(Tokens.user(EARNER)).contentType(ContentType.JSON).post(PATH + "/" + id + "/shares")
                .then().statusCode(201)
                .body("url", containsString("/api/v1/public/portfolios/"))
                .body("displayName", nullValue()).body("showEvidence", equalTo(false));
        given().auth().oauth2(Tokens.user(EARNER)).get(PATH + "/" + id + "/shares?limit=200").then().statusCode(200)
                .body("size()", equalTo(21))
                .body("find { it.shareId == '" + longest.path("shareId") + "' }.status", equalTo("REVOKED"))
                .body("findAll { it.status == 'ACTIVE' }.size()", equalTo(20));
    }

    @Test
    void anotherEarnersPortfolioIsNotFoundOnEveryEndpoint() {
        UUID own = delivered("Private portfolio");
        String id = create(EARNER, "Private", own);
        String shareId = Portfolios.share(EARNER, id, Map.of(), 201).path("shareId");
        for (String other : new String[] {"nb-earner2", "sp-earner"}) {
            String token = Tokens.user(other);
            given().auth().oauth2(token).get(PATH + "/" + id).then().statusCode(404);
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body("Taken", null, List.of(own)))
                    .put(PATH + "/" + id).then().statusCode(404);
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of())
                    .post(PATH + "/" + id + "/shares").then().statusCode(404);
            given().auth().oauth2(token).get(PATH + "/" + id + "/shares").then().statusCode(404);
            given().auth().oauth2(token).delete(PATH + "/" + id + "/shares/" + shareId).then().statusCode(404);
            given().auth().oauth2(token).delete(PATH + "/" + id).then().statusCode(404);
            given().auth().oauth2(token).get(PATH + "?limit=200").then().statusCode(200)
                    .body("id", not(hasItem(id)));
        }
        given().auth().oauth2(Tokens.user("nb-assessor")).get(PATH + "/" + id).then().statusCode(403);
        given().get(PATH + "/" + id).then().statusCode(401);
        // Untouched by all of the above.
        given().auth().oauth2(Tokens.user(EARNER)).get(PATH + "/" + id).then().statusCode(200)
                .body("title", equalTo("Private")).body("credentials.id", equalTo(List.of(own.toString())));
        given().auth().oauth2(Tokens.user(EARNER)).get(PATH + "/" + id + "/shares").then().statusCode(200)
                .body("[0].status", equalTo("ACTIVE"));
        // A link of another portfolio of the same earner is not this portfolio's.
        String another = create(EARNER, "Another", own);
        given().auth().oauth2(Tokens.user(EARNER)).delete(PATH + "/" + another + "/shares/" + shareId)
                .then().statusCode(404);
    }
}
