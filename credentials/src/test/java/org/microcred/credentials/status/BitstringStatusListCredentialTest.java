package org.microcred.credentials.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.CredentialException;

class BitstringStatusListCredentialTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LIST_URL = "https://badges.example.org/status/northbridge/revocation/1";
    private static final String ISSUER = "https://badges.example.org/issuers/northbridge";

    @Test
    void theUnsignedListCredentialHasTheShapeTheSpecDefines() throws Exception {
        BitstringStatusList list = new BitstringStatusList();
        JsonNode doc = JSON.readTree(BitstringStatusListCredential.unsigned(LIST_URL, ISSUER,
                StatusPurpose.REVOCATION, list, Instant.parse("2025-03-01T10:15:30.123Z"), null));

        assertEquals(JSON.readTree("[\"https://www.w3.org/ns/credentials/v2\"]"), doc.get("@context"));
        assertEquals(LIST_URL, doc.get("id").asText());
        assertEquals(JSON.readTree("[\"VerifiableCredential\",\"BitstringStatusListCredential\"]"), doc.get("type"));
        assertEquals(ISSUER, doc.get("issuer").asText());
        assertEquals("2025-03-01T10:15:30Z", doc.get("validFrom").asText());
        assertFalse(doc.has("validUntil"));
        JsonNode subject = doc.get("credentialSubject");
        assertEquals(LIST_URL + "#list", subject.get("id").asText());
        assertEquals("BitstringStatusList", subject.get("type").asText());
        assertEquals("revocation", subject.get("statusPurpose").asText());
        assertEquals(list.encode(), subject.get("encodedList").asText());
    }

    @Test
    void anEntryNamesItsBitWithTheIndexAsADecimalString() {
        ObjectNode json = BitstringStatusListEntry.of(LIST_URL, 94_567, StatusPurpose.SUSPENSION).toJson();

        assertEquals(LIST_URL + "#94567", json.get("id").asText());
        assertEquals("BitstringStatusListEntry", json.get("type").asText());
        assertEquals("suspension", json.get("statusPurpose").asText());
        assertTrue(json.get("statusListIndex").isTextual());
        assertEquals("94567", json.get("statusListIndex").asText());
        assertEquals(LIST_URL, json.get("statusListCredential").asText());
        assertEquals(BitstringStatusListEntry.of(LIST_URL, 94_567, StatusPurpose.SUSPENSION),
                BitstringStatusListEntry.parse(json));
    }

    @Test
    void aVerifierFindsTheEntrysBitInThePublishedList() {
        BitstringStatusList list = new BitstringStatusList();
        list.set(42, true);
        String published = BitstringStatusListCredential.unsigned(LIST_URL, ISSUER, StatusPurpose.REVOCATION, list,
                Instant.now(), Instant.now().plusSeconds(300));

        assertTrue(BitstringStatusListCredential.isSet(published,
                BitstringStatusListEntry.of(LIST_URL, 42, StatusPurpose.REVOCATION)));
        assertFalse(BitstringStatusListCredential.isSet(published,
                BitstringStatusListEntry.of(LIST_URL, 43, StatusPurpose.REVOCATION)));
    }

    @Test
    void aListOfAnotherPurposeOrUrlIsAMismatch() {
        String published = BitstringStatusListCredential.unsigned(LIST_URL, ISSUER, StatusPurpose.REVOCATION,
                new BitstringStatusList(), Instant.now(), null);

        assertEquals("status-list-mismatch", assertThrows(CredentialException.class,
                () -> BitstringStatusListCredential.isSet(published,
                        BitstringStatusListEntry.of(LIST_URL, 1, StatusPurpose.SUSPENSION))).problem());
        assertEquals("status-list-mismatch", assertThrows(CredentialException.class,
                () -> BitstringStatusListCredential.isSet(published,
                        BitstringStatusListEntry.of(LIST_URL + "x", 1, StatusPurpose.REVOCATION))).problem());
        assertEquals("invalid-status-list", assertThrows(CredentialException.class,
                () -> BitstringStatusListCredential.isSet("{\"type\":[\"VerifiableCredential\"]}",
                        BitstringStatusListEntry.of(LIST_URL, 1, StatusPurpose.REVOCATION))).problem());
    }

    @Test
    void entriesWithABadIndexTypeOrPurposeAreRefused() throws Exception {
        String template = "{\"type\":\"BitstringStatusListEntry\",\"statusPurpose\":\"%s\","
                + "\"statusListIndex\":%s,\"statusListCredential\":\"" + LIST_URL + "\"}";
        for (String index : new String[] {"\"-1\"", "\"1e3\"", "\"0x10\"", "\"٣\"", "7", "\"\""}) {
            JsonNode entry = JSON.readTree(template.formatted("revocation", index));
            assertEquals("invalid-status-entry", assertThrows(CredentialException.class,
                    () -> BitstringStatusListEntry.parse(entry)).problem(), "index " + index);
        }
        JsonNode refresh = JSON.readTree(template.formatted("refresh", "\"1\""));
        assertEquals("unsupported-status-purpose", assertThrows(CredentialException.class,
                () -> BitstringStatusListEntry.parse(refresh)).problem());
        JsonNode old = JSON.readTree(template.formatted("revocation", "\"1\"")
                .replace("BitstringStatusListEntry", "StatusList2021Entry"));
        assertEquals("invalid-status-entry", assertThrows(CredentialException.class,
                () -> BitstringStatusListEntry.parse(old)).problem());
    }
}
