package org.microcred.wallet.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.keys.Ed25519Keys;
import org.microcred.credentials.verification.KeyState;

class ControllerDocumentTest {

    private static final String ID = "https://issuer.example/profile";
    private static final String KEY = Ed25519Keys.publicKeyMultibase(Ed25519Keys.publicKey(Ed25519Keys.newSeed()));

    private static ObjectNode document(String methodId, String assertion) {
        ObjectNode doc = TestIssuer.JSON.createObjectNode();
        doc.put("id", ID);
        ObjectNode method = doc.putArray("verificationMethod").addObject();
        method.put("id", methodId);
        method.put("type", "Multikey");
        method.put("controller", ID);
        method.put("publicKeyMultibase", KEY);
        if (assertion != null) {
            doc.putArray("assertionMethod").add(assertion);
        }
        return doc;
    }

    @Test
    void aListedMultikeyResolvesWithItsControllerAndKey() {
        KeyResolution found = ControllerDocument.find(document(ID + "#k1", ID + "#k1"), ID, ID + "#k1");
        assertNull(found.failure());
        assertEquals(ID, found.key().controller());
        assertEquals(KeyState.ACTIVE, found.key().state());
        assertTrue(found.assertionMethod());
        assertEquals(KEY, Ed25519Keys.publicKeyMultibase(found.key().publicKey()));
    }

    @Test
    void relativeIdsAreRelativeToTheDocument() {
        KeyResolution found = ControllerDocument.find(document("#k1", "#k1"), ID, ID + "#k1");
        assertNull(found.failure());
        assertTrue(found.assertionMethod());
    }

    @Test
    void aKeyOutsideAssertionMethodIsFoundButNotForIssuing() {
        assertFalse(ControllerDocument.find(document(ID + "#k1", null), ID, ID + "#k1").assertionMethod());
    }

    @Test
    void revokedIsCompromisedAndPastExpiresIsRetired() {
        ObjectNode doc = document(ID + "#k1", ID + "#k1");
        ObjectNode method = (ObjectNode) doc.get("verificationMethod").get(0);
        method.put("expires", "2020-01-01T00:00:00Z");
        assertEquals(KeyState.RETIRED, ControllerDocument.find(doc, ID, ID + "#k1").key().state());
        method.put("revoked", "2021-02-03T04:05:06Z");
        KeyResolution compromised = ControllerDocument.find(doc, ID, ID + "#k1");
        assertEquals(KeyState.COMPROMISED, compromised.key().state());
        assertEquals("2021-02-03T04:05:06Z", compromised.revoked());
    }

    @Test
    void anUnknownMethodOrAnotherKeyTypeIsAFailure() {
        assertTrue(ControllerDocument.find(document(ID + "#k1", ID + "#k1"), ID, ID + "#k2").failure()
                .contains("lists no method"));
        ObjectNode doc = document(ID + "#k1", ID + "#k1");
        ((ObjectNode) doc.get("verificationMethod").get(0)).put("type", "JsonWebKey2020");
        assertTrue(ControllerDocument.find(doc, ID, ID + "#k1").failure().contains("not a Multikey"));
    }
}
