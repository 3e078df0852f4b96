package org.microcred.credentials.status;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.microcred.credentials.CredentialException;

/**
 * The {@code BitstringStatusListCredential} document: built unsigned here (the issuer signs it like any
 * credential, with a Data Integrity proof), and read back by a verifier to find one credential's bit.
 */
public final class BitstringStatusListCredential {

    public static final String VC_V2 = "https://www.w3.org/ns/credentials/v2";
    public static final String TYPE = "BitstringStatusListCredential";
    private static final int MAX_DOCUMENT_CHARS = BitstringStatusList.MAX_ENCODED_CHARS + 64 * 1024;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private BitstringStatusListCredential() {
    }

    /**
     * The unsigned status list credential. Only the VC v2 context is needed: it defines every status term.
     *
     * @param listCredentialUrl where the credential is served (its {@code id}); the subject is {@code <url>#list}
     * @param issuerId          the issuer's id, the same as in the credentials the list speaks for
     * @param validFrom         when this version of the list was published (seconds precision)
     * @param validUntil        when verifiers should fetch it again, or null
     */
    public static String unsigned(String listCredentialUrl, String issuerId, StatusPurpose purpose,
            BitstringStatusList list, Instant validFrom, Instant validUntil) {
        ObjectNode credential = JSON.createObjectNode();
        credential.putArray("@context").add(VC_V2);
        credential.put("id", listCredentialUrl);
        credential.putArray("type").add("VerifiableCredential").add(TYPE);
        credential.put("issuer", issuerId);
        credential.put("validFrom", validFrom.truncatedTo(ChronoUnit.SECONDS).toString());
        if (validUntil != null) {
            credential.put("validUntil", validUntil.truncatedTo(ChronoUnit.SECONDS).toString());
        }
        ObjectNode subject = credential.putObject("credentialSubject");
        subject.put("id", listCredentialUrl + "#list");
        subject.put("type", "BitstringStatusList");
        subject.put("statusPurpose", purpose.value());
        subject.put("encodedList", list.encode());
        try {
            return JSON.writeValueAsString(credential);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    /**
     * Whether the entry's bit is set in this status list credential (revoked or suspended, by its purpose).
     * The caller has checked the list credential's proof and issuer beforehand.
     *
     * @throws CredentialException {@code invalid-status-list} for a document that is not a status list credential,
     *         {@code status-list-mismatch} when it is not the list the entry names or serves another purpose,
     *         {@code invalid-status-index} when the index is beyond the list
     */
    public static boolean isSet(String statusListCredentialJson, BitstringStatusListEntry entry) {
        return readList(statusListCredentialJson, entry).get(entry.statusListIndex());
    }

    /** The decoded list of a status list credential, after the checks {@link #isSet} describes. */
    public static BitstringStatusList readList(String statusListCredentialJson, BitstringStatusListEntry entry) {
        JsonNode credential = parse(statusListCredentialJson);
        if (!hasType(credential.get("type"), TYPE)) {
            throw new CredentialException("invalid-status-list", "the document is not a " + TYPE);
        }
        JsonNode id = credential.get("id");
        if (id != null && !entry.statusListCredential().equals(id.asText())) {
            throw new CredentialException("status-list-mismatch", "the status list credential is "
                    + id.asText() + ", not " + entry.statusListCredential());
        }
        JsonNode subject = credential.get("credentialSubject");
        if (subject == null || !subject.isObject() || !hasType(subject.get("type"), "BitstringStatusList")) {
            throw new CredentialException("invalid-status-list", "credentialSubject is not a BitstringStatusList");
        }
        if (!entry.statusPurpose().value().equals(subject.path("statusPurpose").asText())) {
            throw new CredentialException("status-list-mismatch", "the list's statusPurpose is not "
                    + entry.statusPurpose().value());
        }
        JsonNode encoded = subject.get("encodedList");
        if (encoded == null || !encoded.isTextual()) {
            throw new CredentialException("invalid-status-list", "credentialSubject has no encodedList");
        }
        return BitstringStatusList.decode(encoded.asText());
    }

    private static JsonNode parse(String json) {
        if (json == null || json.length() > MAX_DOCUMENT_CHARS) {
            throw new CredentialException("invalid-status-list", "the status list credential is missing or too large");
        }
        try {
            JsonNode node = JSON.readTree(json);
            if (node != null && node.isObject()) {
                return node;
            }
        } catch (JsonProcessingException e) {
            throw new CredentialException("invalid-status-list", "the status list credential is not valid JSON", e);
        }
        throw new CredentialException("invalid-status-list", "the status list credential is not a JSON object");
    }

    private static boolean hasType(JsonNode type, String wanted) {
        if (type != null && type.isArray()) {
            for (JsonNode t : type) {
                if (wanted.equals(t.asText())) {
                    return true;
                }
            }
            return false;
        }
        return type != null && wanted.equals(type.asText());
    }
}
