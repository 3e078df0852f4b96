package org.microcred.enrolment.image;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.enrolment.pathway.rest.PathwayFixture;
import org.microcred.enrolment.rest.CatalogueFixture;
import org.microcred.support.testing.Tokens;

/**
 * GET /api/v1/public/images/...: anyone fetches a stored badge, cacheable for ever and never sniffed; a version
 * published without an image gets a generated one, its name escaped, in the institution's colours.
 */
@Tag("servers")
@QuarkusTest
class PublicImageTest {

    private static final String ADMIN = "nb-admin";

    private static String path(String url) {
        return url.substring(url.indexOf("/api/"));
    }

    @Test
    void anSvgIsServedWithCachingAndAPolicyThatRunsNothing() {
        UUID id = CatalogueFixture.draft(ADMIN, "Served " + UUID.randomUUID());
        byte[] svg = TestImages.svg("<title>" + UUID.randomUUID() + "</title><circle cx=\"9\" cy=\"9\" r=\"9\"/>");
        String url = given().auth().oauth2(Tokens.user(ADMIN)).contentType("image/svg+xml").body(svg)
                .put("/api/v1/achievements/" + id + "/versions/1/image").then().statusCode(200).extract().path("url");
        String sha = InspectedImage.sha256(svg);

        given().get(path(url)).then().statusCode(200)
                .contentType("image/svg+xml")
                .header("Cache-Control", "public, max-age=31536000, immutable")
                .header("ETag", containsString(sha))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        given().header("If-None-Match", "\"" + sha + "\"").get(path(url)).then().statusCode(304);
    }

    @Test
    void anUnknownImageIs404() {
        given().get("/api/v1/public/images/" + "0".repeat(64) + ".png").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/public/images/not-a-hash.png").then().statusCode(404);
        // A PNG's hash with .svg: no SVG by that name.
        UUID id = CatalogueFixture.draft(ADMIN, "Typed " + UUID.randomUUID());
        byte[] png = TestImages.png(96, 96, (int) System.nanoTime());
        given().auth().oauth2(Tokens.user(ADMIN)).contentType("image/png").body(png)
                .put("/api/v1/achievements/" + id + "/versions/1/image").then().statusCode(200);
        given().get("/api/v1/public/images/" + InspectedImage.sha256(png) + ".svg").then().statusCode(404);
    }

    @Test
    void publishingWithoutAnImageGeneratesOneWithTheEscapedNameInTheDefaultColours() {
        String name = "Safety <first> & \"always\" " + UUID.randomUUID();
        UUID id = CatalogueFixture.published(ADMIN, name);
        String url = given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/achievements/" + id)
                .then().statusCode(200).body("imageUrl", containsString("/api/v1/public/images/"))
                .extract().path("imageUrl");
        assertTrue(url.endsWith(".svg"), url);
        String svg = new String(given().get(path(url)).then().statusCode(200).contentType("image/svg+xml")
                .extract().asByteArray(), StandardCharsets.UTF_8);
        assertTrue(svg.contains("Safety &lt;first&gt; &amp; &quot;always&quot;"), svg);
        assertTrue(!svg.contains("<first>"), svg);
        assertTrue(svg.contains("#1f3a5f") && svg.contains("#f2b705") && svg.contains("#ffffff"), svg);
        // The generated image is as safe as any upload must be.
        SvgInspector.inspect(svg.getBytes(StandardCharsets.UTF_8));

        // Its PNG rendition, for PNG baking: a real PNG of the design's size.
        byte[] png = given().get(path(url).replace(".svg", ".png")).then().statusCode(200)
                .contentType("image/png").header("Cache-Control", "public, max-age=31536000, immutable")
                .header("Content-Security-Policy", org.hamcrest.Matchers.nullValue())
                .extract().asByteArray();
        assertTrue(PngInspector.isPng(png));
        assertArrayEquals(new int[] {512, 512}, PngInspector.dimensions(png));
    }

    @Test
    void anUploadedImageIsKeptAtPublication() {
        UUID id = CatalogueFixture.draft(ADMIN, "Kept " + UUID.randomUUID());
        byte[] png = TestImages.png(128, 128, (int) System.nanoTime());
        String url = given().auth().oauth2(Tokens.user(ADMIN)).contentType("image/png").body(png)
                .put("/api/v1/achievements/" + id + "/versions/1/image").then().statusCode(200).extract().path("url");
        CatalogueFixture.publish(ADMIN, id);
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/achievements/" + id)
                .then().statusCode(200).body("imageUrl", equalTo(url));
    }

    @Test
    void aPathwayPublishedWithoutAnImageGetsOne() {
        UUID achievement = CatalogueFixture.published(ADMIN, "Component " + UUID.randomUUID());
        String name = "Pathway " + UUID.randomUUID();
        UUID pathway = PathwayFixture.published(ADMIN, name, PathwayFixture.allOf(PathwayFixture.achievement(achievement)));
        String url = given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/pathways/" + pathway)
                .then().statusCode(200).body("imageUrl", not(equalTo(null))).extract().path("imageUrl");
        String svg = given().get(path(url)).then().statusCode(200).extract().asString();
        assertTrue(svg.contains(name.substring(0, 8)), svg);
        assertEquals(200, given().get(path(url).replace(".svg", ".png")).statusCode());
    }
}
