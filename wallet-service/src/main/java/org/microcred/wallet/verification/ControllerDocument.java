package org.microcred.wallet.verification;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.microcred.credentials.keys.Multikey;
import org.microcred.credentials.verification.KeyState;
import org.microcred.credentials.verification.ResolvedKey;

/**
 * Reads one verification method out of a controller document (an issuer {@code Profile} or a DID
 * document): its {@code Multikey}, its {@code controller}, whether {@code assertionMethod} lists
 * it, and whether it is {@code revoked} (compromised) or past its {@code expires} (retired, still
 * good for what it signed before).
 */
final class ControllerDocument {

    private ControllerDocument() {
    }

    static KeyResolution find(JsonNode document, String documentId, String method) {
        JsonNode found = null;
        for (String relation : new String[] {"verificationMethod", "assertionMethod"}) {
            for (JsonNode candidate : Json.each(document.get(relation))) {
                if (candidate.isObject() && method.equals(absolute(candidate.path("id").asText(null), documentId))) {
                    found = candidate;
                    break;
                }
            }
            if (found != null) {
                break;
            }
        }
        if (found == null) {
            return KeyResolution.failed(method, "the issuer's document " + documentId + " lists no method " + method);
        }
        if (!Json.hasType(found.get("type"), "Multikey")) {
            return KeyResolution.failed(method, "the method " + method + " is not a Multikey");
        }
        String controller = found.path("controller").asText(null);
        if (controller == null) {
            return KeyResolution.failed(method, "the method " + method + " names no controller");
        }
        Multikey multikey = Multikey.decode(found.path("publicKeyMultibase").asText(""));
        String revoked = found.path("revoked").asText(null);
        KeyState state = revoked != null ? KeyState.COMPROMISED
                : isPast(found.path("expires").asText(null)) ? KeyState.RETIRED : KeyState.ACTIVE;
        ResolvedKey key = new ResolvedKey(method, controller, multikey.algorithm(), multikey.publicKey(), state);
        return new KeyResolution(method, key, listsForAssertion(document, documentId, method), revoked, null);
    }

    private static boolean listsForAssertion(JsonNode document, String documentId, String method) {
        for (JsonNode entry : Json.each(document.get("assertionMethod"))) {
            String id = entry.isTextual() ? entry.asText() : entry.path("id").asText(null);
            if (method.equals(absolute(id, documentId))) {
                return true;
            }
        }
        return false;
    }

    /** A relative reference ({@code #key-1}) is relative to the document's id. */
    private static String absolute(String id, String documentId) {
        return id != null && id.startsWith("#") ? documentId + id : id;
    }

    private static boolean isPast(String dateTime) {
        if (dateTime == null) {
            return false;
        }
        try {
            return Instant.parse(dateTime).isBefore(Instant.now());
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
