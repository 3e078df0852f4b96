package org.microcred.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.dataintegrity.DataIntegrityProofs;
import org.microcred.credentials.keys.Ed25519Keys;
import org.microcred.e2e.browser.Axe;
import org.microcred.e2e.browser.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The public pages in a real browser (Debian's headless Chromium): the share page of a valid, a revoked and a
 * suspended credential issued through the running services, and the verify-a-file page with a tampered credential
 * and an expired one. Asserts what a person sees (banner, each check's verdict), no console errors, and no serious or
 * critical axe-core violation; saves a screenshot of each under e2e-tests/target/screenshots.
 *
 * <p>The expired credential is honest about what it is: issuance cannot be made to sign an already expired credential,
 * so it is one signed here with a did:key of the test's own, validUntil in the past. The page reports its signature
 * intact, its issuer NOT known to this deployment, and the Expired banner (an unknown issuer does not outrank expiry).
 */
class VerificationPageIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static HeadlessChromium browser;

    private final RunningSystem system = RunningSystem.get();
    private final JourneyClient client = system.client;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aValidCredentialsPageSaysVerifiedAndEveryCheckPassed() {
        String name = "Formative assessment — Zoë";
        String credentialId = issued("sp-earner", name);
        String url = client.share("sp-earner", credentialId);
        browser.open(url);
        assertEquals(name, text("h1"));
        assertTrue(text(".banner-title").contains("Verified: this credential is authentic and in force"),
                text(".banner-title"));
        Map<String, String> verdicts = verdicts();
        assertEquals(List.of("structure", "proof", "issuer-key", "status", "validity-window", "issuer-known"),
                List.copyOf(verdicts.keySet()));
        verdicts.forEach((check, verdict) -> assertTrue(verdict.contains("Passed") || verdict.contains("Known"),
                check + ": " + verdict));
        assertEquals(name, meta("og:title"));
        assertEquals(url, meta("og:url"));
        assertTrue(meta("og:image").startsWith("http"), meta("og:image"));
        assertTrue(browser.driver().findElement(By.linkText("Add to LinkedIn profile")).getAttribute("href")
                .startsWith("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME"));
        assertKeyboardReachesTheSkipLink();
        assertCleanAndAccessible("share-valid");

        // A phone's width: nothing scrolls sideways.
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.open(url);
        Object overflow = ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertTrue(((Number) overflow).intValue() <= 0, "horizontal overflow on a phone: " + overflow + " px");
        browser.screenshot("share-valid-phone");
        browser.driver().manage().window().setSize(new Dimension(1280, 1000));
    }

    @Test
    void revokedAndSuspendedCredentialsShowTheirStateUnmistakably() {
        String revoked = issued("sp-earner", "Revoked in the browser");
        String revokedUrl = client.share("sp-earner", revoked);
        client.changeStatus("sp-admin", revoked, "revoke", "Awarded in error").expect(200);
        pageShows(revokedUrl, "Revoked: the issuer has withdrawn this credential");
        assertEquals("Failed", verdicts().get("status").replaceAll("[^A-Za-z]", ""));
        assertTrue(text("li[data-check='status']").contains("The issuer has REVOKED it."));
        assertCleanAndAccessible("share-revoked");

        String suspended = issued("sp-earner", "Suspended in the browser");
        String suspendedUrl = client.share("sp-earner", suspended);
        client.changeStatus("sp-admin", suspended, "suspend", "Under review").expect(200);
        pageShows(suspendedUrl, "Suspended: the issuer has suspended this credential");
        assertTrue(text("li[data-check='status']").contains("The issuer has SUSPENDED it."));
        assertCleanAndAccessible("share-suspended");
    }

    @Test
    void theVerifyAFilePageFindsATamperedCredential() throws IOException {
        String credentialId = issued("sp-earner", "Tampered with later");
        ObjectNode credential = (ObjectNode) JSON.readTree(client.credentialText("sp-earner", credentialId));
        ((ObjectNode) credential.path("credentialSubject").path("achievement")).put("name", "Something grander");
        submitFile("tampered.json", credential.toString());
        assertTrue(text(".banner-title").contains("Not verified: this credential failed its checks"),
                text(".banner-title"));
        assertTrue(verdicts().get("proof").contains("Failed"), verdicts().toString());
        assertTrue(text("li[data-check='proof']").contains("it may have been altered"));
        assertCleanAndAccessible("verify-tampered");
    }

    @Test
    void theVerifyAFilePageShowsAnExpiredCredentialAsExpired() throws IOException {
        submitFile("expired.json", expiredCredential());
        assertTrue(text(".banner-title").contains("Expired: this credential is past its validity period"),
                text(".banner-title") + " " + text(".checks"));
        Map<String, String> verdicts = verdicts();
        assertTrue(verdicts.get("validity-window").contains("Failed"), verdicts.toString());
        assertTrue(verdicts.get("proof").contains("Passed"), "its signature is intact: " + verdicts);
        assertTrue(verdicts.get("issuer-known").contains("Not known"), "a test key: " + verdicts);
        assertCleanAndAccessible("verify-expired");
    }

    @Test
    void aPortfolioPageChecksEachOfItsCredentialsAndShowsARevokedOneAsRevoked() {
        String valid = issued("sp-earner", "Portfolio: data literacy");
        String revoked = issued("sp-earner", "Portfolio: withdrawn later");
        client.changeStatus("sp-admin", revoked, "revoke", "Awarded in error").expect(200);
        String portfolios = client.endpoints().wallet() + "/api/v1/wallet/portfolios";
        String token = client.token("sp-earner");
        String portfolio = client.http().post(portfolios, token, Map.of("title", "Zoë's portfolio",
                "credentialIds", List.of(valid, revoked))).expect(201).at("/id");
        String url = client.http().post(portfolios + "/" + portfolio + "/shares", token,
                Map.of("displayName", "Zoë Example")).expect(201).at("/url");

        Poll.until("the revoked credential's banner on the portfolio page", Duration.ofSeconds(30),
                Duration.ofSeconds(1), () -> {
                    browser.open(url);
                    return banners().getOrDefault("Portfolio: withdrawn later", "").contains("Revoked")
                            ? Optional.of(true) : Optional.empty();
                });
        assertEquals("Zoë's portfolio", text("h1"));
        assertTrue(text(".earner").contains("Zoë Example"), text(".earner"));
        Map<String, String> banners = banners();
        assertEquals(List.of("Portfolio: data literacy", "Portfolio: withdrawn later"), List.copyOf(banners.keySet()));
        assertTrue(banners.get("Portfolio: data literacy").contains("Verified: this credential is authentic and in force"),
                banners.toString());
        assertTrue(banners.get("Portfolio: withdrawn later")
                .contains("Revoked: the issuer has withdrawn this credential"), banners.toString());
        assertKeyboardReachesTheSkipLink();
        assertCleanAndAccessible("portfolio");
    }

    /** Each credential of a portfolio page: its name and the banner a person reads under it, in the page's order. */
    private static Map<String, String> banners() {
        Map<String, String> banners = new LinkedHashMap<>();
        for (WebElement article : browser.driver().findElements(By.cssSelector("article.credential"))) {
            banners.put(article.findElement(By.tagName("h2")).getText(),
                    article.findElement(By.cssSelector(".banner-title")).getText());
        }
        return banners;
    }

    /** A journey to the award: the credential's id in the earner's wallet. */
    private String issued(String earner, String achievementName) {
        String achievementId = client.publishAchievement("sp-admin", achievementName);
        return new JourneyWalk(client, (stage, nanos, detail) -> { })
                .walk(earner, "sp-assessor", achievementId).credentialId();
    }

    /** Reloads the page until the live report shows the state (status lists are cached for up to 2 s here). */
    private void pageShows(String url, String banner) {
        Poll.until("'" + banner + "' on the page", Duration.ofSeconds(30), Duration.ofSeconds(1), () -> {
            browser.open(url);
            return text(".banner-title").contains(banner) ? Optional.of(true) : Optional.empty();
        });
    }

    /** A person opens the page, chooses the file and presses Verify. */
    private void submitFile(String name, String content) throws IOException {
        Path file = HeadlessChromium.SCREENSHOTS.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        browser.open(client.endpoints().wallet() + "/api/v1/public/verify");
        assertCleanAndAccessible("verify-form");
        browser.driver().findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.driver().findElement(By.cssSelector("button[type='submit']")).click();
        Poll.until("the report", Duration.ofSeconds(30), () ->
                browser.driver().findElements(By.cssSelector(".banner-title")).isEmpty() ? Optional.empty()
                        : Optional.of(true));
    }

    /** Signed with a fresh did:key: valid from two days ago until yesterday. */
    private static String expiredCredential() {
        byte[] seed = Ed25519Keys.newSeed();
        byte[] publicKey = Ed25519Keys.publicKey(seed);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ObjectNode c = JSON.createObjectNode();
        c.putArray("@context").add("https://www.w3.org/ns/credentials/v2")
                .add("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
        c.put("id", "urn:uuid:" + UUID.randomUUID());
        c.putArray("type").add("VerifiableCredential").add("OpenBadgeCredential");
        c.put("name", "Expired yesterday");
        ObjectNode issuer = c.putObject("issuer");
        issuer.put("id", Ed25519Keys.didKey(publicKey));
        issuer.putArray("type").add("Profile");
        issuer.put("name", "A test key, not an institution");
        c.put("validFrom", now.minus(2, ChronoUnit.DAYS).toString());
        c.put("validUntil", now.minus(1, ChronoUnit.DAYS).toString());
        ObjectNode subject = c.putObject("credentialSubject");
        subject.putArray("type").add("AchievementSubject");
        ObjectNode identity = subject.putArray("identifier").addObject();
        identity.put("type", "IdentityObject");
        identity.put("identityHash", "sha256$" + "ab".repeat(32));
        identity.put("identityType", "emailAddress");
        identity.put("hashed", true);
        identity.put("salt", "s4lt");
        ObjectNode achievement = subject.putObject("achievement");
        achievement.put("id", "urn:uuid:" + UUID.randomUUID());
        achievement.putArray("type").add("Achievement");
        achievement.put("name", "Expired yesterday");
        achievement.put("description", "Valid for one day");
        achievement.putObject("criteria").put("narrative", "Be there.");
        return new DataIntegrityProofs().sign(c.toString(), seed, Ed25519Keys.didKeyVerificationMethod(publicKey), now);
    }

    private static String text(String css) {
        return browser.driver().findElement(By.cssSelector(css)).getText();
    }

    private static String meta(String property) {
        return browser.driver().findElement(By.cssSelector("meta[property='" + property + "']"))
                .getAttribute("content");
    }

    /** Each check's id and the verdict a person reads beside it, in the page's order. */
    private static Map<String, String> verdicts() {
        Map<String, String> verdicts = new LinkedHashMap<>();
        for (WebElement check : browser.driver().findElements(By.cssSelector("li.check"))) {
            verdicts.put(check.getAttribute("data-check"), check.findElement(By.cssSelector(".verdict")).getText());
        }
        return verdicts;
    }

    /** The first Tab from the top of the page lands on the skip link, and Enter takes the reader to the content. */
    private static void assertKeyboardReachesTheSkipLink() {
        browser.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = browser.driver().switchTo().activeElement();
        assertEquals("Skip to the content", focused.getText());
        focused.sendKeys(Keys.ENTER);
        assertTrue(browser.driver().getCurrentUrl().endsWith("#main"), browser.driver().getCurrentUrl());
    }

    /** No console error, no serious or critical axe-core violation; the screenshot kept either way. */
    private static void assertCleanAndAccessible(String name) {
        browser.screenshot(name);
        List<String> errors = browser.consoleErrors();
        assertTrue(errors.isEmpty(), name + ": console errors " + errors);
        List<Axe.Violation> violations = browser.axe();
        violations.forEach(v -> System.out.println("[axe] " + name + ": " + v));
        assertFalse(violations.stream().anyMatch(Axe.Violation::seriousOrCritical), name + ": " + violations);
    }
}
