package org.microcred.wallet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microcred.events.EventCodec;
import org.microcred.events.MalformedEventException;
import org.microcred.events.issuance.CredentialIssued;

class CredentialDocumentTest {

    private static CredentialDocument of(String text) throws Exception {
        return CredentialDocument.of(text, EventCodec.mapper().readTree(text));
    }

    @Test
    void keepsTheTextAsGivenAndReadsTheNamesShown() throws Exception {
        String text = "{ \"issuer\" : {\"id\":\"https://nb.example\",\"name\":\"Northbridge — Zoë\"},\n"
                + "  \"credentialSubject\": {\"achievement\": {\"name\": \"SAFe® 日本語\"}} }";
        CredentialDocument document = of(text);
        assertEquals(text, document.text());
        assertEquals("Northbridge — Zoë", document.issuerName());
        assertEquals("SAFe® 日本語", document.achievementName());
        assertFalse(document.hasProof());
    }

    @Test
    void anIssuerGivenOnlyAsAUriHasNoName() throws Exception {
        assertNull(of("{\"issuer\":\"https://nb.example\"}").issuerName());
    }

    @Test
    void aProofIsNoticed() throws Exception {
        assertTrue(of("{\"proof\":{\"type\":\"DataIntegrityProof\"}}").hasProof());
        assertTrue(of("{\"proof\":[{\"type\":\"DataIntegrityProof\"}]}").hasProof());
        assertFalse(of("{\"proof\":[]}").hasProof());
    }

    @Test
    void aVeryLongIssuerNameIsCutAtACodePoint() throws Exception {
        String name = "日".repeat(499) + "😀😀";
        String shown = of("{\"issuer\":{\"name\":\"" + name + "\"}}").issuerName();
        assertEquals(500, shown.codePointCount(0, shown.length()));
        assertTrue(shown.endsWith("😀"));
    }

    @Test
    void textThatIsNotTheDecodedDocumentIsMalformed() throws Exception {
        JsonNode decoded = EventCodec.mapper().readTree("{\"a\":2}");
        assertThrows(MalformedEventException.class, () -> CredentialDocument.of("{\"a\":1}", decoded));
        assertThrows(MalformedEventException.class, () -> CredentialDocument.of(null, decoded));
        assertThrows(MalformedEventException.class, () -> CredentialDocument.of("[1]",
                EventCodec.mapper().readTree("[1]")));
    }

    private static CredentialIssued issued(JsonNode credential, String credentialText) {
        return new CredentialIssued(UUID.randomUUID(), UUID.randomUUID(), null, UUID.randomUUID(), 1, "earner",
                "Name", credential, Instant.now(), null, null, credentialText);
    }

    @Test
    void anEventsDocumentIsItsTextAsSent() throws Exception {
        String text = "{\"b\" : 1,\n \"a\":\"Caf\\u00e9\"}";
        assertEquals(text, CredentialDocument.of(issued(EventCodec.mapper().readTree(text), text)).text());
    }

    @Test
    void anEventWithoutTextKeepsItsDocumentObjectWrittenOut() throws Exception {
        JsonNode credential = EventCodec.mapper().readTree("{\"b\" : 1,\n \"a\":\"Caf\\u00e9\"}");
        assertEquals("{\"b\":1,\"a\":\"Café\"}", CredentialDocument.of(issued(credential, null)).text());
    }

    @Test
    void anEventWhoseTextAndObjectDifferIsMalformed() throws Exception {
        JsonNode credential = EventCodec.mapper().readTree("{\"a\":2}");
        assertThrows(MalformedEventException.class, () -> CredentialDocument.of(issued(credential, "{\"a\":1}")));
        assertThrows(MalformedEventException.class, () -> CredentialDocument.of(issued(null, null)));
    }

    @Test
    void anOversizedDocumentIsMalformed() throws Exception {
        String text = "{\"padding\":\"" + "x".repeat(CredentialDocument.MAX_CHARS) + "\"}";
        assertThrows(MalformedEventException.class, () -> of(text));
    }
}
