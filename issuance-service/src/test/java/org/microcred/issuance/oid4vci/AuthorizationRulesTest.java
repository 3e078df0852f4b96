package org.microcred.issuance.oid4vci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which redirect URIs a wallet may name, and PKCE S256 (RFC 7636 Appendix B's example), without servers. */
class AuthorizationRulesTest {

    @Test
    void httpsAppSchemesAndLoopbackHttpAreAcceptedAndNothingElse() {
        assertTrue(RedirectUris.isAcceptable("https://wallet.example/cb?x=1"));
        assertTrue(RedirectUris.isAcceptable("eu.europa.ec.euidi://authorization"));
        assertTrue(RedirectUris.isAcceptable("http://127.0.0.1:51004/cb"));
        assertTrue(RedirectUris.isAcceptable("http://[::1]:51004/cb"));
        assertTrue(RedirectUris.isAcceptable("http://localhost/cb"));

        assertFalse(RedirectUris.isAcceptable("http://wallet.example/cb"));
        assertFalse(RedirectUris.isAcceptable("http://127.0.0.1.evil.example/cb"));
        assertFalse(RedirectUris.isAcceptable("https://wallet.example/cb#fragment"));
        assertFalse(RedirectUris.isAcceptable("https://user@wallet.example/cb"));
        assertFalse(RedirectUris.isAcceptable("javascript:alert(1)"));
        assertFalse(RedirectUris.isAcceptable("data:text/html,x"));
        assertFalse(RedirectUris.isAcceptable("file:///etc/passwd"));
        assertFalse(RedirectUris.isAcceptable("/relative/cb"));
        assertFalse(RedirectUris.isAcceptable("https://wallet.example/" + "a".repeat(RedirectUris.MAX_LENGTH)));
    }

    @Test
    void theS256ChallengeIsTheBase64UrlSha256OfTheVerifier() {
        String verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        assertEquals("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", Pkce.challengeOf(verifier));
        assertTrue(Pkce.matches(verifier, "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        assertFalse(Pkce.matches(verifier, verifier.substring(0, 43)));
        assertFalse(Pkce.matches("short", Pkce.challengeOf("short")));
    }
}
