package org.microcred.wallet.page;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcred.wallet.page.SharePages.BROWSER_ACCEPT;
import static org.microcred.wallet.page.SharePages.EARNER;
import static org.microcred.wallet.page.SharePages.page;
import static org.microcred.wallet.page.SharePages.section;
import static org.microcred.wallet.page.SharePages.share;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.baking.PngBaking;
import org.microcred.events.issuance.CredentialIssued;
import org.microcred.support.testing.Tokens;
import org.microcred.wallet.ShareToken;
import org.microcred.wallet.WalletFixture;
import org.microcred.wallet.page.SharePages.Delivered;
import org.microcred.wallet.page.SharePages.Status;
import org.microcred.wallet.verification.IssuerServer;

/** The share link as a browser opens it: the page, its report in words, its choices, its downloads, its counts. */
@Tag("servers")
@QuarkusTest
@QuarkusTestResource(IssuerServer.class)
class PublicSharePageTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String path(ExtractableResponse<Response> created) {
        return WalletFixture.pathOf(created.path("url"));
    }

    @Test
    void apiClientsKeepTheJsonAndABrowserGetsThePage() {
        Delivered d = SharePages.delivered("Negotiated", Status.CLEAR);
        String path = path(share(d.id(), Map.of(), 201));
        WalletFixture.publicClient().accept("application/json").get(path).then().statusCode(200)
                .contentType("application/json").header("Cache-Control", "no-store")
                .body("achievementName", equalTo("Negotiated")).body("verification.verified", equalTo(true));
        // No Accept at all (curl, scripts): JSON, as before.
        WalletFixture.publicClient().get(path).then().statusCode(200).contentType("application/json");
        WalletFixture.publicClient().accept("application/json, text/html;q=0.5").get(path).then().statusCode(200)
                .contentType("application/json");
        WalletFixture.publicClient().accept(BROWSER_ACCEPT).get(path).then().statusCode(200)
                .contentType("text/html").header("Cache-Control", "no-store").header("Vary", "Accept")
                .header("Content-Security-Policy", containsString("default-src 'none'"));
    }

    @Test
    void thePageNamesTheAchievementItsFactsAndEachCheckInWords() {
        Delivered d = SharePages.delivered("Spreadsheet analysis", Status.CLEAR);
        String html = page(path(share(d.id(), Map.of(), 201)));
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), html.substring(0, 40));
        assertTrue(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"));
        assertTrue(html.contains("<h1>Spreadsheet analysis</h1>"), html);
        assertEquals(1, html.split("<h1").length - 1, "one h1");
        assertTrue(html.contains("Verified: this credential is authentic and in force"), html);
        assertTrue(html.contains("Awarded in a test of SAFe® skills"));
        assertTrue(html.contains("Pass the test."));
        assertTrue(html.contains("<a href=\"http://data.europa.eu/esco/skill/1973c966-f236-40c9-b2d4-5d71a89019be\">"
                + "use spreadsheets software</a> <span class=\"framework\">(ESCO)</span>"), html);
        assertTrue(html.contains("(O*NET)"));
        assertTrue(html.contains("<dt>Credits</dt><dd>5</dd>"));
        assertTrue(html.contains("<th scope=\"row\">Analysis of the data set</th><td>Proficient</td>"), html);
        assertTrue(html.contains("Issued by <strong>Test Institute — Zoë 日本語</strong> on <time"), html);
        // The achievement's image is on this deployment (a trusted issuer's site): shown as it is.
        assertTrue(html.contains("<img class=\"badge\" src=\"http://127.0.0.1:"), html);
        assertTrue(html.contains("alt=\"Badge of Spreadsheet analysis\""));
        String checks = section(html, "verification");
        for (String check : new String[] {"structure", "proof", "issuer-key", "issuer-known", "status",
                "validity-window"}) {
            assertTrue(checks.contains("class=\"check check-passed\" data-check=\"" + check + "\""), check + ": "
                    + checks);
        }
        assertTrue(checks.contains("The issuer has not revoked or suspended it."), checks);
        assertTrue(checks.contains("The issuer&#39;s digital signature matches"), checks);
        assertTrue(html.contains("<header class=\"site\">") && html.contains("<main id=\"main\">")
                && html.contains("<footer class=\"site\">"), "landmarks");
    }

    @Test
    void revokedAndSuspendedCredentialsCarryABannerInWords() {
        Delivered revoked = SharePages.delivered("Revoked by the issuer", Status.REVOKED);
        String html = page(path(share(revoked.id(), Map.of(), 201)));
        assertTrue(html.contains("class=\"banner banner-revoked\" role=\"status\""), html);
        assertTrue(html.contains("Revoked: the issuer has withdrawn this credential"), html);
        assertTrue(section(html, "verification").contains("class=\"check check-failed\" data-check=\"status\""));
        assertTrue(section(html, "verification").contains("The issuer has REVOKED it."));

        Delivered suspended = SharePages.delivered("Suspended by the issuer", Status.SUSPENDED);
        String paused = page(path(share(suspended.id(), Map.of(), 201)));
        assertTrue(paused.contains("Suspended: the issuer has suspended this credential"), paused);
        assertFalse(paused.contains("banner-revoked"));
    }

    @Test
    void anUnsignedCredentialIsNotVerifiedAndSaysWhy() {
        CredentialIssued issued = WalletFixture.delivered(EARNER, "Never signed");
        String html = page(path(share(issued.credentialId(), Map.of(), 201)));
        assertTrue(html.contains("Not verified: this credential failed its checks"), html);
        assertTrue(html.contains("the credential carries no proof"));
        // No image of its own on this deployment: the default badge this service serves.
        assertTrue(html.contains("src=\"http://localhost:") && html.contains(BadgeImageSource.DEFAULT_PNG), html);
    }

    @Test
    void openGraphTwitterCanonicalAndJsonLdDescribeTheCredential() throws Exception {
        Delivered d = SharePages.delivered("Previewed in a chat", Status.CLEAR);
        ExtractableResponse<Response> created = share(d.id(), Map.of("displayName", "Ada Lovelace"), 201);
        String url = created.path("url");
        String html = page(path(created));
        assertTrue(html.contains("<meta property=\"og:title\" content=\"Previewed in a chat\">"), html);
        assertTrue(html.contains("<meta property=\"og:description\" content=\"Ada Lovelace earned Previewed in a chat"),
                html);
        assertTrue(html.contains("<meta property=\"og:image\" content=\"http"), html);
        assertTrue(html.contains("<meta property=\"og:url\" content=\"" + url + "\">"), html);
        assertTrue(html.contains("<meta property=\"og:type\" content=\"website\">"));
        assertTrue(html.contains("<meta name=\"twitter:card\" content=\"summary\">"));
        assertTrue(html.contains("<link rel=\"canonical\" href=\"" + url + "\">"));
        String open = "<script type=\"application/ld+json\">";
        int start = html.indexOf(open) + open.length();
        String jsonLd = html.substring(start, html.indexOf("</script>", start));
        assertEquals(JSON.readTree(d.signed()), JSON.readTree(jsonLd));
    }

    @Test
    void markupInTheCredentialIsShownAsTextNeverRun() {
        String xss = "<img src=x onerror=alert(1)></script><script>alert(2)</script>\"'";
        CredentialIssued issued = WalletFixture.delivered(EARNER, xss);
        String html = page(path(share(issued.credentialId(), Map.of("displayName", "<b>Eve</b>"), 201)));
        assertFalse(html.contains("<img src=x"), html);
        assertFalse(html.contains("<script>alert"), html);
        assertFalse(html.contains("<b>Eve</b>"), html);
        assertTrue(html.contains("<h1>&lt;img src=x onerror=alert(1)&gt;&lt;/script&gt;&lt;script&gt;alert(2)"
                + "&lt;/script&gt;&quot;&#39;</h1>"), html);
        assertTrue(html.contains("Earned by <strong>&lt;b&gt;Eve&lt;/b&gt;</strong>"), html);
        assertTrue(html.contains("\\u003cimg src=x"), "the JSON-LD holds it escaped");
    }

    @Test
    void theEarnersNameShowsOnlyWhenChosenAndIsAtMost200Characters() {
        Delivered d = SharePages.delivered("Named or not", Status.CLEAR);
        ExtractableResponse<Response> named = share(d.id(), Map.of("displayName", "  Ada Lovelace "), 201);
        assertEquals("Ada Lovelace", named.path("displayName"));
        assertTrue(page(path(named)).contains("Earned by <strong>Ada Lovelace</strong>"));
        assertFalse(page(path(share(d.id(), Map.of(), 201))).contains("Earned by"));
        assertFalse(page(path(share(d.id(), Map.of("displayName", " "), 201))).contains("Earned by"));
        ExtractableResponse<Response> tooLong = share(d.id(), Map.of("displayName", "x".repeat(201)), 400);
        assertTrue(tooLong.path("errors.field").toString().contains("displayName"), tooLong.asString());
        share(d.id(), Map.of("displayName", "x".repeat(200)), 201);
    }

    @Test
    void evidenceIsOnlyNamedWithItsHashUnlessTheEarnerChoosesToShowIt() {
        Delivered d = SharePages.delivered("With evidence", Status.CLEAR);
        String hidden = section(page(path(share(d.id(), Map.of(), 201))), "evidence");
        assertTrue(hidden.contains("1 piece of assessed evidence, which the earner has not chosen to show"), hidden);
        assertTrue(hidden.contains(SharePages.EVIDENCE_SHA), hidden);
        assertFalse(hidden.contains("private-essay.pdf"), hidden);
        assertFalse(hidden.contains("analyse the data set"), hidden);

        ExtractableResponse<Response> shown = share(d.id(), Map.of("showEvidence", true), 201);
        assertEquals(Boolean.TRUE, shown.path("showEvidence"));
        String section = section(page(path(shown)), "evidence");
        assertTrue(section.contains("private-essay.pdf"), section);
        assertTrue(section.contains("analyse the data set"), section);
        assertTrue(section.contains(SharePages.EVIDENCE_SHA), section);
    }

    @Test
    void eachOpeningOfTheLinkIsCountedWithoutTheVisitor() {
        Delivered d = SharePages.delivered("Counted", Status.CLEAR);
        ExtractableResponse<Response> created = share(d.id(), Map.of(), 201);
        String shareId = created.path("shareId");
        listed(d.id(), shareId).body("openCount", equalTo(0)).body("lastOpenedAt", equalTo(null));
        page(path(created));
        WalletFixture.publicClient().accept("application/json").get(path(created)).then().statusCode(200);
        WalletFixture.publicClient().get(path(created) + "/credential.json").then().statusCode(200);
        listed(d.id(), shareId).body("openCount", equalTo(2)).body("lastOpenedAt", notNullValue())
                .body("showEvidence", equalTo(false)).body("displayName", equalTo(null));
        WalletFixture.publicClient().accept(BROWSER_ACCEPT).get(path(created)).then()
                .header("Set-Cookie", nullValue());
    }

    @Test
    void concurrentOpeningsAreAllCounted() {
        Delivered d = SharePages.delivered("Opened at once", Status.CLEAR);
        ExtractableResponse<Response> created = share(d.id(), Map.of(), 201);
        int openings = 8;
        java.util.stream.IntStream.range(0, openings).parallel().forEach(i -> WalletFixture.publicClient()
                .accept("application/json").get(path(created)).then().statusCode(200));
        listed(d.id(), created.path("shareId")).body("openCount", equalTo(openings));
    }

    @Test
    void aBrowserGetsALinkThatDoesNotOpenAsAPageWithTheSameStatus() {
        Delivered d = SharePages.delivered("Withdrawn link", Status.CLEAR);
        ExtractableResponse<Response> created = share(d.id(), Map.of(), 201);
        given().auth().oauth2(Tokens.user(EARNER)).delete("/api/v1/wallet/shares/" + created.path("shareId"))
                .then().statusCode(204);
        String gone = WalletFixture.publicClient().accept(BROWSER_ACCEPT).get(path(created)).then().statusCode(410)
                .contentType("text/html").extract().asString();
        assertTrue(gone.contains("This link was withdrawn by its owner"), gone);
        String unknown = WalletFixture.publicClient().accept(BROWSER_ACCEPT)
                .get("/api/v1/public/shares/" + ShareToken.generate()).then().statusCode(404)
                .contentType("text/html").extract().asString();
        assertTrue(unknown.contains("No credential at this address"), unknown);
        listed(d.id(), created.path("shareId")).body("openCount", equalTo(0));
    }

    private static ValidatableResponse listed(UUID credentialId, String shareId) {
        return given().auth().oauth2(Tokens.user(EARNER)).get("/api/v1/wallet/shares?credentialId=" + credentialId)
                .then().statusCode(200).rootPath("find { it.shareId == '" + shareId + "' }");
    }

    @Test
    void theCreationAnswerCarriesLinkedInLinksForThePage() {
        Delivered d = SharePages.delivered("On LinkedIn", Status.CLEAR);
        ExtractableResponse<Response> created = share(d.id(), Map.of(), 201);
        String url = created.path("url");
        String add = created.path("linkedInAddToProfileUrl");
        assertTrue(add.startsWith("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME&name=On%20LinkedIn"
                + "&organizationName=Test%20Institute"), add);
        assertTrue(add.contains("&certUrl=" + LinkedInLinks.component(url)), add);
        assertEquals(LinkedInLinks.share(url), created.path("linkedInShareUrl"));
        String html = page(path(created));
        assertTrue(html.contains(">Add to LinkedIn profile</a>") && html.contains(">Share on LinkedIn</a>"));
        assertTrue(html.contains(add.replace("&", "&amp;")), html);
    }

    @Test
    void downloadsAreTheStoredCredentialAndItsBakedBadges() {
        Delivered d = SharePages.delivered("Downloaded", Status.CLEAR);
        String path = path(share(d.id(), Map.of(), 201));
        byte[] json = WalletFixture.publicClient().get(path + "/credential.json").then().statusCode(200)
                .contentType("application/json").header("Cache-Control", "no-store")
                .header("Content-Disposition", "attachment; filename=\"credential-" + d.id() + ".json\"")
                .extract().asByteArray();
        assertEquals(d.signed(), new String(json, StandardCharsets.UTF_8), "byte for byte as stored");
        byte[] png = WalletFixture.publicClient().get(path + "/baked.png").then().statusCode(200)
                .contentType("image/png").extract().asByteArray();
        assertEquals(d.signed(), PngBaking.unbake(png));
        String svg = WalletFixture.publicClient().get(path + "/baked.svg").then().statusCode(200)
                .contentType("image/svg+xml").extract().asString();
        assertTrue(svg.contains("openbadges:credential"), svg);
        // Issued without a VC-JWT: there is none to download, and the page offers none.
        WalletFixture.publicClient().get(path + "/credential.jwt").then().statusCode(404)
                .body("type", equalTo("https://microcred.org/problems/no-jwt"));
        assertFalse(page(path).contains("credential.jwt"));
    }

    @Test
    void downloadsFollowTheLinksRules() {
        Delivered d = SharePages.delivered("Download rules", Status.CLEAR);
        ExtractableResponse<Response> revoked = share(d.id(), Map.of(), 201);
        ExtractableResponse<Response> expired = share(d.id(), Map.of(), 201);
        given().auth().oauth2(Tokens.user(EARNER)).delete("/api/v1/wallet/shares/" + revoked.path("shareId"))
                .then().statusCode(204);
        WalletFixture.expire(UUID.fromString(expired.path("shareId")));
        for (String file : new String[] {"credential.json", "credential.jwt", "baked.png", "baked.svg"}) {
            WalletFixture.publicClient().get(path(revoked) + "/" + file).then().statusCode(410)
                    .contentType("application/problem+json");
            WalletFixture.publicClient().get(path(expired) + "/" + file).then().statusCode(404);
            WalletFixture.publicClient().get("/api/v1/public/shares/" + ShareToken.generate()
                    + "/" + file).then().statusCode(404);
        }
    }

    @Test
    void theDefaultBadgeIsServedForPagesAndPreviews() {
        given().get(BadgeImageSource.DEFAULT_PNG).then().statusCode(200).contentType("image/png");
        given().get("/api/v1/public/badges/default.svg").then().statusCode(200).contentType("image/svg+xml");
        given().get("/page.css").then().statusCode(200).contentType(containsString("text/css"));
    }
}
