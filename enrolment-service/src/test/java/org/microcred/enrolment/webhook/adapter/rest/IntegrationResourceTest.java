package org.microcred.enrolment.webhook.adapter.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.enrolment.rest.EnrolmentFixture;
import org.microcred.support.testing.Tokens;

/** The integrations' configuration: who may, what each platform needs, limits and problems. Tenant southport. */
@Tag("servers")
@QuarkusTest
class IntegrationResourceTest {

    private static RequestSpecification admin() {
        return given().auth().oauth2(Tokens.user("sp-admin")).contentType(ContentType.JSON);
    }

    @Test
    void aSharedSecretIsWriteOnlyAndKeptWhenLeftOut() {
        admin().body(Map.of("enabled", true, "secret", "southport-moodle-secret-0123456789abcdef"))
                .put("/api/v1/lms/integrations/moodle").then().statusCode(200)
                .body("platform", equalTo("moodle")).body("secretSet", equalTo(true))
                .body("webhookUrl", equalTo("/api/v1/webhooks/lms/southport/moodle"))
                .body("$", not(hasKey("secret")));
        admin().body(Map.of("enabled", false)).put("/api/v1/lms/integrations/moodle").then().statusCode(200)
                .body("enabled", equalTo(false)).body("secretSet", equalTo(true));
        admin().get("/api/v1/lms/integrations").then().statusCode(200).body("platform", hasItem("moodle"));
    }

    @Test
    void eachPlatformGetsWhatItVerifiesWithOr400NamingTheField() {
        admin().body(Map.of("enabled", true)).put("/api/v1/lms/integrations/openedx-missing").then().statusCode(404);
        admin().body(Map.of("enabled", true)).put("/api/v1/lms/integrations/canvas").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://microcred.org/problems/validation"))
                .body("errors.field", hasItem("jwksUrl"));
        admin().body(Map.of("enabled", true, "jwksUrl", "ftp://canvas.example/jwks")).put("/api/v1/lms/integrations/canvas")
                .then().statusCode(400).body("errors.field", hasItem("jwksUrl"));
        admin().body(Map.of("enabled", true, "jwksUrl", "https://canvas.example/jwks", "secret",
                        "a-secret-canvas-does-not-use-at-all-000")).put("/api/v1/lms/integrations/canvas")
                .then().statusCode(400).body("errors.field", hasItem("secret"));
        admin().body(Map.of("enabled", true, "secret", "short")).put("/api/v1/lms/integrations/openedx")
                .then().statusCode(400).body("errors.field", hasItem("secret"));
    }

    @Test
    void aCourseMapsOnlyToTheTenantsMicroCredentialAndActivityNeedsItsId() {
        admin().body(Map.of("enabled", true, "secret", "southport-openedx-secret-0123456789abcdef"))
                .put("/api/v1/lms/integrations/openedx").then().statusCode(200);
        UUID own = EnrolmentFixture.published("sp-admin", "Southport mapped " + UUID.randomUUID(), Map.of());
        UUID northbridges = EnrolmentFixture.published("Northbridge's " + UUID.randomUUID());
        String course = "course-v1:Southport+M" + System.nanoTime() + "+2026";
        admin().body(Map.of("achievementId", northbridges, "completion", "award"))
                .put("/api/v1/lms/integrations/openedx/courses/" + course).then().statusCode(422)
                .body("type", equalTo("https://microcred.org/problems/unknown-reference"));
        admin().body(Map.of("achievementId", own, "completion", "activity"))
                .put("/api/v1/lms/integrations/openedx/courses/" + course).then().statusCode(400)
                .body("errors.field", hasItem("activityId"));
        admin().body(Map.of("achievementId", own, "completion", "finish"))
                .put("/api/v1/lms/integrations/openedx/courses/" + course).then().statusCode(400);
        admin().body(Map.of("achievementId", own, "completion", "activity", "activityId", "capstone", "minGrade", 75))
                .put("/api/v1/lms/integrations/openedx/courses/" + course).then().statusCode(200)
                .body("courseId", equalTo(course)).body("minGrade", equalTo(75));
        admin().get("/api/v1/lms/integrations/openedx/courses?limit=100").then().statusCode(200)
                .body("items.courseId", hasItem(course));
        admin().delete("/api/v1/lms/integrations/openedx/courses/" + course).then().statusCode(204);
        admin().delete("/api/v1/lms/integrations/openedx/courses/" + course).then().statusCode(404);
    }

    /**
     * Canvas's JWKS URL is fetched by this service: the outbound rules apply. Tests allow loopback (CanvasWebhookTest
     * serves its JWKS on 127.0.0.1); private, link-local and mapped private addresses stay refused.
     */
    @Test
    void aJwksUrlReachingAPrivateAddressIsRefusedWith422AndNotStored() {
        String kept = "http://127.0.0.1:9/southport/jwks";
        admin().body(Map.of("enabled", true, "jwksUrl", kept, "issuer", "https://southport.canvas.example"))
                .put("/api/v1/lms/integrations/canvas").then().statusCode(200).body("jwksUrl", equalTo(kept));
        for (String url : java.util.List.of("https://10.20.30.40/api/lti/security/jwks",
                "https://169.254.169.254/latest/meta-data/", "https://192.168.1.10/jwks",
                "https://[::ffff:172.16.0.5]/jwks", "https://[fd00::1]/jwks")) {
            admin().body(Map.of("enabled", true, "jwksUrl", url)).put("/api/v1/lms/integrations/canvas")
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("type", equalTo("https://microcred.org/problems/unsafe-jwks-url"))
                    .body("errors.field", hasItem("jwksUrl"))
                    .body("detail", org.hamcrest.Matchers.containsString("only public addresses"));
        }
        admin().get("/api/v1/lms/integrations/canvas").then().statusCode(200).body("jwksUrl", equalTo(kept));
        admin().body(Map.of("enabled", true, "jwksUrl", "https://user@canvas.example/jwks"))
                .put("/api/v1/lms/integrations/canvas").then().statusCode(400).body("errors.field", hasItem("jwksUrl"));
    }

    @Test
    void onlyTheTenantsIssuerAdminsConfigure() {
        given().get("/api/v1/lms/integrations").then().statusCode(401);
        given().auth().oauth2(Tokens.user("sp-earner")).get("/api/v1/lms/integrations").then().statusCode(403);
        given().auth().oauth2(Tokens.lms("southport")).get("/api/v1/lms/integrations").then().statusCode(403);
    }
}
