package org.microcred.wallet.portfolio;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcred.wallet.portfolio.Portfolios.BROWSER_ACCEPT;
import static org.microcred.wallet.portfolio.Portfolios.PATH;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.status.StatusPurpose;
import org.microcred.events.EventEnvelope;
import org.microcred.events.issuance.CredentialIssued;
import org.microcred.support.testing.Tokens;
import org.microcred.wallet.ShareToken;
import org.microcred.wallet.WalletFixture;
import org.microcred.wallet.verification.TestIssuer;

/** A portfolio's link as recognizers open it: its JSON and its page, a report per credential, its rules, its count. */
@Tag("servers")
@QuarkusTest
class PublicPortfolioTest {

    private static final String EARNER = "nb-earner";
    private static final String EVIDENCE_SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @BeforeAll
    static void freshStart() {
        Portfolios.forget(EARNER);
    }

    /** A credential signed by a did:key issuer (authentic, issuer not known here), with one piece of evidence. */
    private static UUID signedWithEvidence(String name) {
        TestIssuer issuer = TestIssuer.didKey();
        ObjectNode credential = issuer.credential(name);
        ObjectNode evidence = credential.putArray("evidence").addObject();
        evidence.put("id", "urn:uuid:" + UUID.randomUUID());
        evidence.putArray("type").add("Evidence");
        evidence.put("name", "private-essay.pdf");
        evidence.put("description", "sha256:" + EVIDENCE_SHA + " (application/pdf, 48213 bytes)");
        evidence.put("narrative", "Submitted in answer to: analyse the data set");
        return WalletFixture.deliveredSigned(EARNER, issuer.sign(credential)).credentialId();
    }

    /**
     * Credentials that cost 3 units each to verify (a proof, two status lists at an address never fetched): a
     * portfolio of 25 of them costs more than a client's whole allowance of 60.
     */
    private static List<UUID> costly(int count) {
        List<EventEnvelope<CredentialIssued>> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            TestIssuer issuer = TestIssuer.didKey();
            ObjectNode credential = issuer.credential("Costly " + i);
            issuer.withStatusAt(credential, "https://status.example/revocation/1", i, StatusPurpose.REVOCATION);
            issuer.withStatusAt(credential, "https://status.example/suspension/1", i, StatusPurpose.SUSPENSION);
            events.add(WalletFixture.issued(EARNER, issuer.sign(credential)));
        }
        events.forEach(WalletFixture::publish);
        events.forEach(e -> WalletFixture.awaitInWallet(EARNER, e.payload().credentialId()));
        return events.stream().map(e -> e.payload().credentialId()).toList();
    }

    private static UUID unsigned(String name) {
        return WalletFixture.delivered(EARNER, name).credentialId();
    }

    private static String page(String path) {
        return WalletFixture.publicClient().accept(BROWSER_ACCEPT).get(path).then().statusCode(200)
                .contentType("text/html").header("Cache-Control", "no-store").header("Vary", "Accept")
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .extract().asString();
    }

    private static ValidatableResponse listed(String portfolioId, String shareId) {
        return given().auth().oauth2(Tokens.user(EARNER)).get(PATH + "/" + portfolioId + "/shares").then()
                .statusCode(200).rootPath("find { it.shareId == '" + shareId + "' }");
    }

    @Test
    void theJsonShowsEachCredentialWithItsReportInTheEarnersOrder() {
        UUID signed = signedWithEvidence("Portfolio signed");
        UUID plain = unsigned("Portfolio unsigned");
        String id = Portfolios.create(EARNER, Portfolios.body("For employers", "Two skills", List.of(plain, signed)),
                201).path("id");
        String path = Portfolios.sharePath(EARNER, id, Map.of("displayName", " Ada Lovelace "));
        WalletFixture.publicClient().accept("application/json").get(path).then().statusCode(200)
                .contentType("application/json").header("Cache-Control", "no-store").header("Vary", "Accept")
                .body("title", equalTo("For employers")).body("description", equalTo("Two skills"))
                .body("displayName", equalTo("Ada Lovelace"))
                .body("credentials.credentialId", equalTo(List.of(plain.toString(), signed.toString())))
                .body("credentials[0].credential.credentialSubject.achievement.name", equalTo("Portfolio unsigned"))
                .body("credentials[0].kind", equalTo("micro-credential"))
                .body("credentials[0].verification.verified", equalTo(false))
                .body("credentials[0].verification.checks.find { it.check == 'proof' }.detail",
                        equalTo("the credential carries no proof"))
                .body("credentials[1].credential.proof.cryptosuite", equalTo("eddsa-rdfc-2022"))
                .body("credentials[1].verification.verified", equalTo(true))
                .body("credentials[1].verification.checks.findAll { !it.passed }.check",
                        equalTo(List.of("issuer-known")));
        // No Accept at all (curl, scripts): JSON too.
        WalletFixture.publicClient().get(path).then().statusCode(200).contentType("application/json");
    }

    @Test
    void aLargePortfolioCostsAtMostAClientsWholeAllowance() {
        String id = Portfolios.create(EARNER, Portfolios.body("Costly", null, costly(25)), 201).path("id");
        String path = Portfolios.sharePath(EARNER, id, Map.of());
        String client = "10.250." + (int) (Math.random() * 250) + "." + (int) (1 + Math.random() * 250);
        // Charged each verification's cost, 74 units, it could never open; capped at the allowance, it opens once.
        given().header("X-Forwarded-For", client).accept("application/json").get(path).then().statusCode(200)
                .body("credentials.size()", equalTo(25))
                .body("credentials[0].verification.checks.find { it.check == 'status' }.passed", equalTo(false));
        given().header("X-Forwarded-For", client).accept("application/json").get(path).then().statusCode(429)
                .body("type", equalTo("https://microcred.org/problems/rate-limited"));
    }

    @Test
    void eachOpeningIsCountedButNotTheDownloads() {
        UUID credential = unsigned("Counted in a portfolio");
        String id = Portfolios.create(EARNER, "Counted", credential);
        Portfolios.Link link = Portfolios.link(EARNER, id, Map.of());
        String path = link.path();
        listed(id, link.id()).body("openCount", equalTo(0)).body("lastOpenedAt", nullValue());

        WalletFixture.publicClient().accept("application/json").get(path).then().statusCode(200);
        WalletFixture.publicClient().accept("application/json").get(path).then().statusCode(200);
        page(path);
        WalletFixture.publicClient().get(path + "/credentials/" + credential + "/credential.json")
                .then().statusCode(200);
        listed(id, link.id()).body("openCount", equalTo(3)).body("lastOpenedAt", notNullValue())
                .body("status", equalTo("ACTIVE"));
        WalletFixture.publicClient().accept(BROWSER_ACCEPT).get(path).then().statusCode(200)
                .header("Set-Cookie", nullValue());
    }

    @Test
    void thePageShowsEachCredentialItsChecksAndTheEarnersChoices() {
        UUID signed = signedWithEvidence("Signed on the page");
        UUID plain = unsigned("Unsigned on the page");
        String id = Portfolios.create(EARNER, Portfolios.body("My <b>skills</b>", "Data & more", List.of(signed,
                plain)), 201).path("id");
        String html = page(Portfolios.sharePath(EARNER, id, Map.of("displayName", "Ada Lovelace")));
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), html.substring(0, 40));
        assertEquals(1, html.split("<h1").length - 1, "one h1");
        assertTrue(html.contains("<h1>My &lt;b&gt;skills&lt;/b&gt;</h1>"), html);
        assertTrue(html.contains("<p>Data &amp; more</p>"), html);
        assertTrue(html.contains("A portfolio of <strong>Ada Lovelace</strong>"), html);
        assertTrue(html.contains("<h2 id=\"credential-1-name\">Signed on the page</h2>"), html);
        assertTrue(html.contains("<h2 id=\"credential-2-name\">Unsigned on the page</h2>"), html);
        assertTrue(html.indexOf("Signed on the page</h2>") < html.indexOf("Unsigned on the page</h2>"), "in order");
        assertTrue(html.contains("<header class=\"site\">") && html.contains("<main id=\"main\">")
                && html.contains("<footer class=\"site\">"), "landmarks");
        assertTrue(html.contains("alt=\"Badge of Signed on the page\""), html);

        String first = html.substring(html.indexOf("id=\"credential-1\""), html.indexOf("id=\"credential-2\""));
        assertTrue(first.contains("class=\"check check-passed\" data-check=\"proof\""), first);
        assertTrue(first.contains("Issuer not known: the credential is intact"), first);
        String second = html.substring(html.indexOf("id=\"credential-2\""));
        assertTrue(second.contains("class=\"check check-failed\" data-check=\"proof\""), second);
        assertTrue(second.contains("Not verified: this credential failed its checks"), second);
        assertTrue(second.contains("the credential carries no proof"), second);
        assertTrue(html.contains("href=\"/api/v1/public/portfolios/"), html);
        assertTrue(html.contains("/credentials/" + signed + "/credential.json\" download>"), html);

        // Evidence: by default only that it exists, with its digest.
        assertTrue(first.contains("1 piece of assessed evidence, which the earner has not chosen to show"), first);
        assertTrue(first.contains(EVIDENCE_SHA), first);
        assertFalse(html.contains("private-essay.pdf"), html);
        assertFalse(html.contains("analyse the data set"), html);
        String shown = page(Portfolios.sharePath(EARNER, id, Map.of("showEvidence", true)));
        assertTrue(shown.contains("private-essay.pdf") && shown.contains("analyse the data set"), shown);
        assertTrue(shown.contains(EVIDENCE_SHA), shown);
        assertFalse(shown.contains("A portfolio of <strong>"), "nobody named without a displayName");
    }

    @Test
    void aDownloadIsTheStoredCredentialOfThisPortfolioOnly() {
        UUID mine = signedWithEvidence("Downloaded from a portfolio");
        UUID elsewhere = unsigned("In another portfolio");
        String id = Portfolios.create(EARNER, "Downloads", mine);
        Portfolios.create(EARNER, "Elsewhere", elsewhere);
        String path = Portfolios.sharePath(EARNER, id, Map.of());

        byte[] stored = given().auth().oauth2(Tokens.user(EARNER)).get("/api/v1/wallet/credentials/" + mine)
                .then().statusCode(200).extract().asByteArray();
        byte[] downloaded = WalletFixture.publicClient().get(path + "/credentials/" + mine + "/credential.json")
                .then().statusCode(200).contentType("application/json").header("Cache-Control", "no-store")
                .header("Content-Disposition", "attachment; filename=\"credential-" + mine + ".json\"")
                .extract().asByteArray();
        assertEquals(new String(stored, StandardCharsets.UTF_8), new String(downloaded, StandardCharsets.UTF_8));

        WalletFixture.publicClient().get(path + "/credentials/" + elsewhere + "/credential.json")
                .then().statusCode(404).body("type", equalTo("https://microcred.org/problems/not-found"));
        WalletFixture.publicClient().get(path + "/credentials/" + UUID.randomUUID() + "/credential.json")
                .then().statusCode(404);
        WalletFixture.publicClient().get("/api/v1/public/portfolios/" + ShareToken.generate() + "/credentials/"
                + mine + "/credential.json").then().statusCode(404);
    }

    @Test
    void aRemovedCredentialIsLeftOutOfThePageTheJsonAndTheDownloads() {
        UUID kept = unsigned("Kept for the portfolio");
        UUID removed = unsigned("Removed after sharing");
        String id = Portfolios.create(EARNER, "Shrinking", kept, removed);
        String path = Portfolios.sharePath(EARNER, id, Map.of());
        Portfolios.remove(EARNER, removed);
        WalletFixture.publicClient().accept("application/json").get(path).then().statusCode(200)
                .body("credentials.credentialId", equalTo(List.of(kept.toString())));
        String html = page(path);
        assertTrue(html.contains("Kept for the portfolio") && !html.contains("Removed after sharing"), html);
        WalletFixture.publicClient().get(path + "/credentials/" + removed + "/credential.json")
                .then().statusCode(404);
    }

    @Test
    void aRevokedLinkOrADeletedPortfolioAnswers410AndAnExpiredOrUnknownLink404() {
        UUID credential = unsigned("Withdrawn portfolio");
        String id = Portfolios.create(EARNER, "Withdrawn", credential);
        Portfolios.Link revokedLink = Portfolios.link(EARNER, id, Map.of());
        String revokedId = revokedLink.id();
        String revoked = revokedLink.path();
        String kept = Portfolios.sharePath(EARNER, id, Map.of());
        Portfolios.Link expiredLink = Portfolios.link(EARNER, id, Map.of());
        String expiredId = expiredLink.id();
        String expired = expiredLink.path();

        given().auth().oauth2(Tokens.user(EARNER)).delete(PATH + "/" + id + "/shares/" + revokedId)
                .then().statusCode(204);
        given().auth().oauth2(Tokens.user(EARNER)).delete(PATH + "/" + id + "/shares/" + revokedId)
                .then().statusCode(204);
        WalletFixture.publicClient().accept("application/json").get(revoked).then().statusCode(410)
                .contentType("application/problem+json")
                .body("type", equalTo("https://microcred.org/problems/share-revoked"));
        String gone = WalletFixture.publicClient().accept(BROWSER_ACCEPT).get(revoked).then().statusCode(410)
                .contentType("text/html").header("Cache-Control", "no-store").extract().asString();
        assertTrue(gone.contains("This link was withdrawn by its owner"), gone);
        WalletFixture.publicClient().get(revoked + "/credentials/" + credential + "/credential.json")
                .then().statusCode(410);

        Portfolios.expire(expiredId);
        WalletFixture.publicClient().get(expired).then().statusCode(404)
                .body("type", equalTo("https://microcred.org/problems/not-found"));
        WalletFixture.publicClient().get("/api/v1/public/portfolios/" + ShareToken.generate()).then()
                .statusCode(404);
        WalletFixture.publicClient().get("/api/v1/public/portfolios/not-a-token").then().statusCode(404);
        given().auth().oauth2(Tokens.user(EARNER)).get(PATH + "/" + id + "/shares").then().statusCode(200)
                .body("find { it.shareId == '" + revokedId + "' }.status", equalTo("REVOKED"))
                .body("find { it.shareId == '" + expiredId + "' }.status", equalTo("EXPIRED"));

        WalletFixture.publicClient().get(kept).then().statusCode(200);
        given().auth().oauth2(Tokens.user(EARNER)).delete(PATH + "/" + id).then().statusCode(204);
        WalletFixture.publicClient().get(kept).then().statusCode(410)
                .body("type", equalTo("https://microcred.org/problems/share-revoked"));
        WalletFixture.publicClient().get(kept + "/credentials/" + credential + "/credential.json")
                .then().statusCode(410);
    }
}
