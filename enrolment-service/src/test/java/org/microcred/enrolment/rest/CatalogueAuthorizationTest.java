package org.microcred.enrolment.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.support.testing.Tokens;

/**
 * Every catalogue and pathway endpoint with each role, an anonymous caller, the LMS client and an
 * issuer-admin (or release-manager) of another tenant. Mutating calls by those refused act on objects that must stay
 * untouched; the issuer-admin's own calls are covered by the lifecycle tests.
 */
@Tag("servers")
@QuarkusTest
class CatalogueAuthorizationTest {

    private record Endpoint(String method, String path, Supplier<Object> body) {
        int call(String token) {
            RequestSpecification request = given().contentType(ContentType.JSON);
            if (token != null) {
                request = request.auth().oauth2(token);
            }
            if (body != null) {
                request = request.body(body.get());
            }
            return request.request(method, path).statusCode();
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @Test
    void eachCallerGetsTheAnswerItsRoleAndTenantAllow() {
        UUID achievement = CatalogueFixture.published("nb-admin", "Authz " + UUID.randomUUID());
        UUID draft = CatalogueFixture.draft("nb-admin", "Authz draft " + UUID.randomUUID());
        UUID pathway = createPathway(achievement, true);
        UUID draftPathway = createPathway(achievement, false);
        Supplier<Object> definition = () -> CatalogueFixture.definition("Authz edit");
        Supplier<Object> pathwayBody = () -> Map.of("name", "P", "description", "D", "criteriaNarrative", "C",
                "rule", Map.of("kind", "allOf", "items", List.of(Map.of("achievementId", achievement.toString()))));

        List<Endpoint> reads = List.of(
                new Endpoint("GET", "/api/v1/achievements", null),
                new Endpoint("GET", "/api/v1/achievements/" + achievement, null),
                new Endpoint("GET", "/api/v1/achievements/" + achievement + "/versions", null),
                new Endpoint("GET", "/api/v1/achievements/" + achievement + "/versions/1", null),
                new Endpoint("GET", "/api/v1/pathways", null),
                new Endpoint("GET", "/api/v1/pathways/" + pathway, null),
                new Endpoint("GET", "/api/v1/pathways/" + pathway + "/versions/1", null));
        List<Endpoint> writes = List.of(
                new Endpoint("POST", "/api/v1/achievements", definition),
                new Endpoint("PUT", "/api/v1/achievements/" + draft, definition),
                new Endpoint("POST", "/api/v1/achievements/" + draft + "/publish", null),
                new Endpoint("POST", "/api/v1/achievements/" + achievement + "/versions", null),
                new Endpoint("POST", "/api/v1/achievements/" + draft + "/submit", null),
                new Endpoint("POST", "/api/v1/achievements/" + draft + "/withdraw", null),
                new Endpoint("POST", "/api/v1/pathways", pathwayBody),
                new Endpoint("PUT", "/api/v1/pathways/" + draftPathway, pathwayBody),
                new Endpoint("POST", "/api/v1/pathways/" + draftPathway + "/publish", null),
                new Endpoint("POST", "/api/v1/pathways/" + pathway + "/versions", null),
                new Endpoint("POST", "/api/v1/pathways/" + draftPathway + "/submit", null),
                new Endpoint("POST", "/api/v1/pathways/" + draftPathway + "/withdraw", null));
        // A release-manager's: approve and reject (on drafts, so a call let through would be a 409, not a change),
        // and, under the approval gate (the default), retire.
        Supplier<Object> comment = () -> Map.of("comment", "Refused callers change nothing");
        List<Endpoint> releases = List.of(
                new Endpoint("POST", "/api/v1/achievements/" + draft + "/approve", comment),
                new Endpoint("POST", "/api/v1/achievements/" + draft + "/reject", comment),
                new Endpoint("POST", "/api/v1/pathways/" + draftPathway + "/approve", comment),
                new Endpoint("POST", "/api/v1/pathways/" + draftPathway + "/reject", comment),
                new Endpoint("POST", "/api/v1/achievements/" + achievement + "/retire", null),
                new Endpoint("POST", "/api/v1/pathways/" + pathway + "/retire", null));

        List<String> wrong = new ArrayList<>();
        for (Endpoint e : reads) {
            expect(wrong, e, "anonymous", null, 401);
            expect(wrong, e, "nb-earner", Tokens.user("nb-earner"), 200);
            expect(wrong, e, "nb-assessor", Tokens.user("nb-assessor"), 200);
            expect(wrong, e, "nb-release", Tokens.user("nb-release"), 200);
            expect(wrong, e, "nb-admin", Tokens.user("nb-admin"), 200);
            expect(wrong, e, "lms", Tokens.lms("northbridge"), 403);
            boolean list = e.path().equals("/api/v1/achievements") || e.path().equals("/api/v1/pathways");
            expect(wrong, e, "sp-earner", Tokens.user("sp-earner"), list ? 200 : 404);
        }
        for (Endpoint e : writes) {
            expect(wrong, e, "anonymous", null, 401);
            expect(wrong, e, "nb-earner", Tokens.user("nb-earner"), 403);
            expect(wrong, e, "nb-assessor", Tokens.user("nb-assessor"), 403);
            expect(wrong, e, "nb-release", Tokens.user("nb-release"), 403);
            expect(wrong, e, "lms", Tokens.lms("northbridge"), 403);
            boolean create = e.method().equals("POST") && (e.path().equals("/api/v1/achievements")
                    || e.path().equals("/api/v1/pathways"));
            if (!create) {
                expect(wrong, e, "sp-admin", Tokens.user("sp-admin"), 404);
            }
        }
        for (Endpoint e : releases) {
            expect(wrong, e, "anonymous", null, 401);
            expect(wrong, e, "nb-earner", Tokens.user("nb-earner"), 403);
            expect(wrong, e, "nb-assessor", Tokens.user("nb-assessor"), 403);
            expect(wrong, e, "nb-admin", Tokens.user("nb-admin"), 403);
            expect(wrong, e, "lms", Tokens.lms("northbridge"), 403);
            expect(wrong, e, "sp-release", Tokens.user("sp-release"), 404);
        }
        assertEquals(List.of(), wrong);

        // Nothing the refused calls tried happened.
        given().auth().oauth2(Tokens.user("nb-admin")).get("/api/v1/achievements/" + draft).then()
                .statusCode(200).body("status", org.hamcrest.Matchers.equalTo("DRAFT"))
                .body("name", org.hamcrest.Matchers.startsWith("Authz draft"));
        given().auth().oauth2(Tokens.user("nb-admin")).get("/api/v1/achievements/" + achievement).then()
                .statusCode(200).body("status", org.hamcrest.Matchers.equalTo("PUBLISHED"))
                .body("version", org.hamcrest.Matchers.equalTo(1));
        given().auth().oauth2(Tokens.user("nb-admin")).get("/api/v1/pathways/" + draftPathway).then()
                .statusCode(200).body("status", org.hamcrest.Matchers.equalTo("DRAFT"));
        given().auth().oauth2(Tokens.user("nb-admin")).get("/api/v1/pathways/" + pathway).then()
                .statusCode(200).body("version", org.hamcrest.Matchers.equalTo(1));
    }

    private static void expect(List<String> wrong, Endpoint e, String who, String token, int status) {
        int actual = e.call(token);
        if (actual != status) {
            wrong.add(e + " as " + who + ": " + actual + " (expected " + status + ")");
        }
    }

    private static UUID createPathway(UUID achievement, boolean publish) {
        String admin = Tokens.user("nb-admin");
        UUID id = UUID.fromString(given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("name", "Authz pathway", "description", "D", "criteriaNarrative", "C",
                        "rule", Map.of("kind", "allOf", "items", List.of(Map.of("achievementId", achievement.toString())))))
                .post("/api/v1/pathways").then().statusCode(201).extract().path("id"));
        if (publish) {
            Approvals.publish(admin, "/api/v1/pathways/" + id).then().statusCode(200);
        }
        return id;
    }
}
