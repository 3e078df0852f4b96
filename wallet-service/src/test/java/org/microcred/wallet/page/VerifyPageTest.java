package org.microcred.wallet.page;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.wallet.WalletFixture;
import org.microcred.wallet.page.SharePages.Delivered;
import org.microcred.wallet.page.SharePages.Status;
import org.microcred.wallet.verification.IssuerServer;
import org.microcred.wallet.verification.TestIssuer;

/** The verify-a-file page: a form that works without script, and the same report in words as the share page. */
@Tag("servers")
@QuarkusTest
@QuarkusTestResource(IssuerServer.class)
class VerifyPageTest {

    private static final String PAGE = "/api/v1/public/verify";

    @Test
    void theFormPostsAFileOrPastedTextToThisPage() {
        String html = WalletFixture.publicClient().get(PAGE).then().statusCode(200).contentType("text/html")
                .extract().asString();
        assertTrue(html.contains("<form method=\"post\" action=\"/api/v1/public/verify\" "
                + "enctype=\"multipart/form-data\">"), html);
        assertTrue(html.contains("<label for=\"file\">") && html.contains("<label for=\"text\">"), html);
        assertFalse(html.contains("<script"), "no script needed");
    }

    @Test
    void aBakedBadgeDownloadedFromASharePageVerifies() {
        Delivered d = SharePages.delivered("Baked and checked", Status.CLEAR);
        String path = WalletFixture.pathOf(SharePages.share(d.id(), Map.of(), 201).path("url"));
        byte[] png = WalletFixture.publicClient().get(path + "/baked.png").then().statusCode(200).extract()
                .asByteArray();
        String html = WalletFixture.publicClient().multiPart("file", "badge.png", png, "image/png").post(PAGE)
                .then().statusCode(200).contentType("text/html").extract().asString();
        assertTrue(html.contains("Verified: this credential is authentic and in force"), html);
        assertTrue(html.contains("data-check=\"proof\""), html);
    }

    @Test
    void aTamperedCredentialPastedAsTextIsNotVerified() throws Exception {
        TestIssuer issuer = TestIssuer.didKey();
        ObjectNode signed = (ObjectNode) TestIssuer.JSON.readTree(issuer.sign(issuer.credential("Genuine")));
        ((ObjectNode) signed.path("credentialSubject").path("achievement")).put("name", "Forged");
        String html = WalletFixture.publicClient().multiPart("text", signed.toString()).post(PAGE)
                .then().statusCode(200).contentType("text/html").extract().asString();
        assertTrue(html.contains("Not verified: this credential failed its checks"), html);
        assertTrue(html.contains("class=\"check check-failed\" data-check=\"proof\""), html);
        assertTrue(html.contains("it may have been altered"), html);
    }

    /** What a browser sends with a form's POST. */
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Test
    void aVcJwtFileIsCheckedAsAVcJwt() {
        TestIssuer issuer = TestIssuer.didKey();
        byte[] jwt = issuer.signJwt(issuer.credential("As a JWT")).getBytes(StandardCharsets.UTF_8);
        String html = WalletFixture.publicClient().multiPart("file", "credential.jwt", jwt, "application/octet-stream")
                .post(PAGE).then().statusCode(200).extract().asString();
        assertTrue(html.contains("Issuer not known: the credential is intact"), html);
        assertTrue(html.contains("VC-JWT signature by"), html);
    }

    @Test
    void whatCannotBeCheckedAtAllAnswersItsProblemOnThePage() {
        String empty = WalletFixture.publicClient().accept(BROWSER).multiPart("text", "").post(PAGE)
                .then().statusCode(400).contentType("text/html").extract().asString();
        assertTrue(empty.contains("This file could not be checked"), empty);
        String notJson = WalletFixture.publicClient().accept(BROWSER).multiPart("text", "{not json").post(PAGE)
                .then().statusCode(400).contentType("text/html").extract().asString();
        assertTrue(notJson.contains("not valid JSON"), notJson);
        String noBadge = WalletFixture.publicClient().accept(BROWSER)
                .multiPart("file", "x.svg",
                        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8), "image/svg+xml")
                .post(PAGE).then().statusCode(422).contentType("text/html").extract().asString();
        assertTrue(noBadge.contains("could not be checked"), noBadge);
    }

    @Test
    void aClientThatIsNoBrowserGetsTheProblemAsAProblemDocument() {
        WalletFixture.publicClient().multiPart("text", "{not json").post(PAGE)
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", org.hamcrest.Matchers.equalTo(400));
        WalletFixture.publicClient()
                .multiPart("file", "x.svg",
                        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8), "image/svg+xml")
                .post(PAGE).then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void theFormIsHeldToTheApisBodyLimit() {
        given().header("X-Forwarded-For", "10.200.0.1").multiPart("text", "x".repeat(2 * 1024 * 1024)).post(PAGE)
                .then().statusCode(413);
    }
}
