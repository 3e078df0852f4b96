package org.microcred.wallet.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.keys.Ed25519Keys;

class IssuerKeysTest {

    private static final String ISSUER = "https://north.example/api/v1/issuers/north";
    private static final String KEY_URL = ISSUER + "/keys/key-1";
    private static final String OLD_ID = ISSUER + "#key-1";
    private static final String OTHER = "https://other.example/api/v1/issuers/other";
    private static final String KEY = multibase();

    /** The documents "on the web", by URL; anything else is not found. */
    private final Map<String, String> web = new HashMap<>();
    private final IssuerKeys keys = new IssuerKeys(url -> {
        String document = web.get(url);
        if (document == null) {
            throw new FetchFailure(url + " answered HTTP 404");
        }
        return document;
    });

    @Test
    void didWebIdentifiersBecomeTheirDocumentUrls() {
        assertEquals("https://issuer.example/.well-known/did.json", IssuerKeys.didWebUrl("did:web:issuer.example"));
        assertEquals("https://issuer.example:8443/orgs/north/did.json",
                IssuerKeys.didWebUrl("did:web:issuer.example%3A8443:orgs:north"));
    }

    @Test
    void malformedDidWebIdentifiersAreRefused() {
        assertThrows(FetchFailure.class, () -> IssuerKeys.didWebUrl("did:web:"));
        assertThrows(FetchFailure.class, () -> IssuerKeys.didWebUrl("did:web:issuer.example::x"));
        assertThrows(FetchFailure.class, () -> IssuerKeys.didWebUrl("did:web:evil.example%2Fpath"));
    }

    @Test
    void aKeyUrlResolvesThroughTheControllerItNamesWhichListsItForIssuing() {
        publishProfile(ISSUER, KEY, KEY_URL, OLD_ID);
        publishKey(KEY_URL, ISSUER, KEY);
        KeyResolution found = keys.resolve(KEY_URL);
        assertNull(found.failure());
        assertEquals(ISSUER, found.key().controller());
        assertTrue(found.assertionMethod());
        assertEquals(KEY, Ed25519Keys.publicKeyMultibase(found.key().publicKey()));
        assertEquals(Check.ISSUER_KEY, IssuerKeyCheck.check(KEY_URL, ISSUER, new ResolutionSession(keys)).check());
        assertTrue(IssuerKeyCheck.check(KEY_URL, ISSUER, new ResolutionSession(keys)).passed());
    }

    @Test
    void theOlderFragmentIdStillResolvesFromTheProfileAlone() {
        publishProfile(ISSUER, KEY, KEY_URL, OLD_ID);
        KeyResolution found = keys.resolve(OLD_ID);
        assertNull(found.failure());
        assertEquals(ISSUER, found.key().controller());
        assertTrue(found.assertionMethod());
        assertTrue(IssuerKeyCheck.check(OLD_ID, ISSUER, new ResolutionSession(keys)).passed());
    }

    @Test
    void aKeyUrlWhoseControllerIsAnotherIssuerFailsTheIssuerKeyCheck() {
        // Served on the issuer's own site, but it names another controller, which does list it.
        publishKey(KEY_URL, OTHER, KEY);
        publishProfile(OTHER, KEY, KEY_URL);
        assertEquals(OTHER, keys.resolve(KEY_URL).key().controller());
        Check check = IssuerKeyCheck.check(KEY_URL, ISSUER, new ResolutionSession(keys));
        assertFalse(check.passed());
        assertEquals("key " + KEY_URL + " is controlled by " + OTHER + ", not by the issuer " + ISSUER,
                check.detail());
    }

    @Test
    void aKeyUrlItsNamedControllerDoesNotListIsRefused() {
        publishKey(KEY_URL, ISSUER, KEY);
        publishProfile(ISSUER, KEY, OLD_ID);
        KeyResolution found = keys.resolve(KEY_URL);
        assertNull(found.key());
        assertTrue(found.failure().contains("lists no method " + KEY_URL), found.failure());
    }

    @Test
    void aKeyDocumentThatDiffersFromWhatItsControllerListsIsRefused() {
        publishKey(KEY_URL, ISSUER, multibase());
        publishProfile(ISSUER, KEY, KEY_URL);
        KeyResolution found = keys.resolve(KEY_URL);
        assertNull(found.key());
        assertTrue(found.failure().contains("is not the key its controller"), found.failure());
    }

    @Test
    void aKeyDocumentAnsweringForAnotherIdIsRefused() {
        publishKey(KEY_URL, ISSUER, KEY);
        web.put(KEY_URL, web.get(KEY_URL).replace(KEY_URL, ISSUER + "/keys/key-2"));
        publishProfile(ISSUER, KEY, KEY_URL);
        KeyResolution found = keys.resolve(KEY_URL);
        assertNull(found.key());
        assertTrue(found.failure().contains("has id " + ISSUER + "/keys/key-2"), found.failure());
    }

    private void publishKey(String url, String controller, String multibase) {
        ObjectNode key = TestIssuer.JSON.createObjectNode().put("@context", "https://w3id.org/security/multikey/v1");
        key.put("id", url).put("type", "Multikey").put("controller", controller).put("publicKeyMultibase", multibase);
        web.put(url, key.toString());
    }

    /** A controller document listing the key under each id, for issuing too. */
    private void publishProfile(String id, String multibase, String... methodIds) {
        ObjectNode profile = TestIssuer.JSON.createObjectNode().put("id", id);
        for (String methodId : methodIds) {
            profile.withArray("verificationMethod").addObject().put("id", methodId).put("type", "Multikey")
                    .put("controller", id).put("publicKeyMultibase", multibase);
            profile.withArray("assertionMethod").add(methodId);
        }
        web.put(id, profile.toString());
    }

    private static String multibase() {
        return Ed25519Keys.publicKeyMultibase(Ed25519Keys.publicKey(Ed25519Keys.newSeed()));
    }
}
