package org.microcred.enrolment.image;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.enrolment.pathway.rest.PathwayFixture;
import org.microcred.enrolment.rest.CatalogueFixture;
import org.microcred.support.testing.Tokens;

/** PUT .../versions/{v}/image: issuer-admins upload a draft's badge; what is not a safe badge is refused. */
@Tag("servers")
@QuarkusTest
class BadgeImageUploadTest {

    private static final String ADMIN = "nb-admin";

    private static ValidatableResponse upload(String user, UUID id, int version, String type, byte[] body) {
        return given().auth().oauth2(Tokens.user(user)).contentType(type).body(body)
                .put("/api/v1/achievements/" + id + "/versions/" + version + "/image").then();
    }

    private static UUID draft() {
        return CatalogueFixture.draft(ADMIN, "Imaged " + UUID.randomUUID());
    }

    @Test
    void aPngBecomesTheDraftsImageAndIsServedByItsHash() {
        UUID id = draft();
        byte[] png = TestImages.png(128, 128, (int) System.nanoTime());
        String url = upload(ADMIN, id, 1, "image/png", png).statusCode(200)
                .body("mediaType", equalTo("image/png")).body("width", equalTo(128)).body("height", equalTo(128))
                .body("sha256", equalTo(InspectedImage.sha256(png)))
                .body("url", startsWith("http")).body("url", endsWith("/api/v1/public/images/"
                        + InspectedImage.sha256(png) + ".png"))
                .extract().path("url");

        given().auth().oauth2(Tokens.user(ADMIN)).get("/api/v1/achievements/" + id)
                .then().statusCode(200).body("imageUrl", equalTo(url));
        byte[] served = given().get(url.substring(url.indexOf("/api/"))).then().statusCode(200)
                .contentType("image/png").extract().asByteArray();
        assertArrayEquals(png, served);
    }

    @Test
    void aSafeSvgIsAccepted() {
        UUID id = draft();
        byte[] svg = TestImages.svg("<defs><linearGradient id=\"g" + UUID.randomUUID() + "\"/></defs>"
                + "<rect width=\"256\" height=\"256\" style=\"fill:#123456\"/><use xlink:href=\"#g\"/>"
                + "<image href=\"data:image/png;base64,iVBORw0KGgo=\" width=\"1\" height=\"1\"/>");
        upload(ADMIN, id, 1, "image/svg+xml", svg).statusCode(200)
                .body("mediaType", equalTo("image/svg+xml")).body("url", endsWith(".svg"));
    }

    @Test
    void anSvgWithAScriptIsRefusedNamingIt() {
        upload(ADMIN, draft(), 1, "image/svg+xml", TestImages.svg("<script>alert(1)</script>"))
                .statusCode(422).contentType("application/problem+json").body("detail", containsString("<script>"));
    }

    @Test
    void anSvgWithAnEventHandlerIsRefused() {
        upload(ADMIN, draft(), 1, "image/svg+xml", TestImages.svg("<rect width=\"9\" height=\"9\" onclick=\"x()\"/>"))
                .statusCode(422).body("detail", containsString("onclick"));
    }

    @Test
    void anSvgWithAnExternalReferenceIsRefused() {
        upload(ADMIN, draft(), 1, "image/svg+xml",
                TestImages.svg("<image xlink:href=\"https://tracker.example/pixel.png\" width=\"1\" height=\"1\"/>"))
                .statusCode(422).body("detail", containsString("https://tracker.example/pixel.png"))
                .body("detail", containsString("xlink:href"));
        upload(ADMIN, draft(), 1, "image/svg+xml",
                TestImages.svg("<rect width=\"9\" height=\"9\" style=\"fill:url(https://x.example/a.svg#p)\"/>"))
                .statusCode(422).body("detail", containsString("url()"));
    }

    @Test
    void anSvgWithADtdOrForeignObjectIsRefused() {
        byte[] entity = ("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"256\" height=\"256\"><text>&x;</text></svg>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        upload(ADMIN, draft(), 1, "image/svg+xml", entity).statusCode(422).body("detail", containsString("DTD"));
        upload(ADMIN, draft(), 1, "image/svg+xml", TestImages.svg("<foreignObject><p>hi</p></foreignObject>"))
                .statusCode(422).body("detail", containsString("foreignObject"));
    }

    @Test
    void aPngDeclaredOrNamedAsSvgIs415NamingBoth() {
        byte[] png = TestImages.png(128, 128, 7);
        upload(ADMIN, draft(), 1, "image/svg+xml", png).statusCode(415).contentType("application/problem+json")
                .body("detail", containsString("image/png")).body("detail", containsString("image/svg+xml"));
        given().auth().oauth2(Tokens.user(ADMIN)).contentType("image/png")
                .header("Content-Disposition", "attachment; filename=\"badge.svg\"").body(png)
                .put("/api/v1/achievements/" + draft() + "/versions/1/image")
                .then().statusCode(415).body("detail", containsString("badge.svg"))
                .body("detail", containsString("image/png"));
    }

    @Test
    void anImageOverTheSizeLimitIs413() {
        byte[] big = new byte[262_145];
        System.arraycopy(TestImages.png(64, 64, 1), 0, big, 0, 33);
        upload(ADMIN, draft(), 1, "image/png", big).statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("262144"));
    }

    @Test
    void dimensionsOutOfBoundsAre422() {
        upload(ADMIN, draft(), 1, "image/png", TestImages.png(4096, 64, 2)).statusCode(422)
                .body("detail", containsString("4096x64"));
        upload(ADMIN, draft(), 1, "image/png", TestImages.png(32, 32, 3)).statusCode(422)
                .body("detail", containsString("32x32"));
        upload(ADMIN, draft(), 1, "image/png", TestImages.png(1024, 128, 4)).statusCode(422)
                .body("detail", containsString("times the shorter"));
    }

    @Test
    void anEarnerMayNotUpload() {
        upload("nb-earner", draft(), 1, "image/png", TestImages.png(128, 128, 5)).statusCode(403);
    }

    @Test
    void anotherTenantsDefinitionIsNotFound() {
        upload("sp-admin", draft(), 1, "image/png", TestImages.png(128, 128, 6)).statusCode(404);
    }

    @Test
    void aPublishedVersionCannotChange() {
        UUID id = CatalogueFixture.published(ADMIN, "Published " + UUID.randomUUID());
        upload(ADMIN, id, 1, "image/png", TestImages.png(128, 128, 8)).statusCode(409)
                .body("detail", containsString("/versions"));
        // Its next version is a draft again.
        given().auth().oauth2(Tokens.user(ADMIN)).post("/api/v1/achievements/" + id + "/versions")
                .then().statusCode(201);
        upload(ADMIN, id, 2, "image/png", TestImages.png(128, 128, 9)).statusCode(200);
        upload(ADMIN, id, 3, "image/png", TestImages.png(128, 128, 9)).statusCode(404);
    }

    @Test
    void aPathwayDraftTakesAnImageToo() {
        UUID achievement = CatalogueFixture.published(ADMIN, "Part " + UUID.randomUUID());
        UUID pathway = PathwayFixture.draft(ADMIN, "Pathway " + UUID.randomUUID(),
                PathwayFixture.allOf(PathwayFixture.achievement(achievement)));
        byte[] png = TestImages.png(200, 200, (int) System.nanoTime());
        String url = given().auth().oauth2(Tokens.user(ADMIN)).contentType("image/png").body(png)
                .put("/api/v1/pathways/" + pathway + "/versions/1/image")
                .then().statusCode(200).extract().path("url");
        given().auth().oauth2(Tokens.user(ADMIN)).get("/api/v1/pathways/" + pathway)
                .then().statusCode(200).body("imageUrl", equalTo(url));
        given().auth().oauth2(Tokens.user("sp-admin")).contentType("image/png").body(png)
                .put("/api/v1/pathways/" + pathway + "/versions/1/image").then().statusCode(404);
    }
}
