package org.microcred.wallet.rest;

import org.junit.jupiter.api.Tag;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.baking.SvgBaking;
import org.microcred.events.issuance.CredentialIssued;
import org.microcred.support.testing.Tokens;
import org.microcred.wallet.WalletFixture;
import org.microcred.wallet.verification.TestIssuer;

/** Baked badges: the earner downloads PNG and SVG; anyone uploads one to have it verified. */
@Tag("servers")
@QuarkusTest
class BakedCredentialTest {

    private static final String EARNER = "nb-earner";
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private static byte[] download(String username, CredentialIssued issued, String extension, int status) {
        return given().auth().oauth2(Tokens.user(username))
                .get("/api/v1/wallet/credentials/" + issued.credentialId() + "/baked." + extension)
                .then().statusCode(status).extract().asByteArray();
    }

    private static ValidatableResponse upload(String fileName, byte[] image, String type) {
        return WalletFixture.publicClient().multiPart("file", fileName, image, type)
                .post("/api/v1/verify/baked").then();
    }

    private static CredentialIssued signedInWallet(String name) {
        TestIssuer issuer = TestIssuer.didKey();
        return WalletFixture.deliveredSigned(EARNER, issuer.sign(issuer.credential(name)));
    }

    @Test
    void aBakedPngDownloadsAndVerifiesWhenUploaded() {
        CredentialIssued issued = signedInWallet("Baked into PNG — Zoë");
        byte[] png = given().auth().oauth2(Tokens.user(EARNER))
                .get("/api/v1/wallet/credentials/" + issued.credentialId() + "/baked.png")
                .then().statusCode(200).contentType("image/png")
                .header("Content-Disposition", containsString("credential-" + issued.credentialId() + ".png"))
                .extract().asByteArray();
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(png, 8));

        upload("badge.png", png, "image/png").statusCode(200)
                .body("verified", equalTo(true))
                .body("credentialId", equalTo(issued.credential().path("id").asText()));
    }

    @Test
    void aBakedSvgDownloadsAndVerifiesWhenUploaded() {
        CredentialIssued issued = signedInWallet("Baked into SVG — 日本語");
        byte[] svg = given().auth().oauth2(Tokens.user(EARNER))
                .get("/api/v1/wallet/credentials/" + issued.credentialId() + "/baked.svg")
                .then().statusCode(200).contentType("image/svg+xml")
                .extract().asByteArray();
        String text = new String(svg, StandardCharsets.UTF_8);
        assertTrue(text.contains("https://purl.imsglobal.org/ob/v3p0") && text.contains("openbadges:credential"), text);
        assertTrue(text.contains("日本語"), "Unicode survives baking: " + text);

        // Told apart by content, not by the name or type the upload claims.
        upload("badge.bin", svg, "application/octet-stream").statusCode(200)
                .body("verified", equalTo(true))
                .body("credentialId", equalTo(issued.credential().path("id").asText()));
    }

    @Test
    void aVcJwtBakedIntoAnSvgVerifiesFromItsVerifyAttribute() {
        TestIssuer issuer = TestIssuer.didKey();
        String jwt = issuer.signJwt(issuer.credential("Baked as a VC-JWT"));
        byte[] svg = SvgBaking.bake(readResource("badge/default-badge.svg"), jwt);
        assertTrue(new String(svg, StandardCharsets.UTF_8).contains("verify=\"" + jwt + "\""));
        upload("jwt.svg", svg, "image/svg+xml").statusCode(200)
                .body("verified", equalTo(true))
                .body("checks.find { it.check == 'proof' }.detail", containsString("VC-JWT"));
    }

    @Test
    void onlyTheOwnerDownloadsBakedBadges() {
        CredentialIssued issued = signedInWallet("Owner only baking");
        download("nb-earner2", issued, "png", 404);
        download("sp-earner", issued, "svg", 404);
        download("nb-assessor", issued, "png", 403);
        given().get("/api/v1/wallet/credentials/" + issued.credentialId() + "/baked.png").then().statusCode(401);
    }

    @Test
    void aPngWithoutACredentialIsA422Problem() {
        // The service's own default badge, before anything is baked into it.
        upload("plain.png", readResource("badge/default-badge.png"), "image/png").statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://microcred.org/problems/no-credential"));
    }

    @Test
    void anSvgWithAnExternalEntityIsRefusedAsUnsafe() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:openbadges=\"https://purl.imsglobal.org/ob/v3p0\">"
                + "<openbadges:credential>&xxe;</openbadges:credential></svg>";
        upload("evil.svg", xxe.getBytes(StandardCharsets.UTF_8), "image/svg+xml")
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://microcred.org/problems/unsafe-xml"))
                .body("detail", org.hamcrest.Matchers.not(containsString("root:")));
    }

    @Test
    void aFileThatIsNeitherPngNorSvgIsA422Problem() {
        upload("notes.txt", "just text".getBytes(StandardCharsets.UTF_8), "image/png").statusCode(422)
                .body("type", equalTo("https://microcred.org/problems/unsupported-image"));
    }

    @Test
    void anImageOver5MiBIsA413Problem() {
        byte[] large = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(PNG_SIGNATURE, 0, large, 0, PNG_SIGNATURE.length);
        upload("large.png", large, "image/png").statusCode(413)
                .body("type", equalTo("https://microcred.org/problems/body-too-large"));
    }

    @Test
    void anUploadWithoutAFileIsA400Problem() {
        WalletFixture.publicClient().multiPart("other", "x").post("/api/v1/verify/baked")
                .then().statusCode(400).contentType("application/problem+json");
    }

    private static byte[] readResource(String name) {
        try (var in = TestIssuer.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
