package org.microcred.wallet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.microcred.events.EventCodec;
import org.microcred.events.MalformedEventException;
import org.microcred.events.issuance.CredentialIssued;

/**
 * An Open Badges 3.0 document as the wallet keeps it: the exact text issuance signed and stored (the event's
 * {@code credentialText}), checked against the document the event also carries as an object, and what the wallet
 * shows of it.
 */
public record CredentialDocument(String text, JsonNode tree) {

    /** Far above any real credential, and below Kafka's default 1 MB message size. */
    public static final int MAX_CHARS = 512 * 1024;
    private static final int MAX_NAME_CHARS = 500;

    /**
     * The document of a {@code credential.issued}: its {@code credentialText}, the bytes issuance signed and
     * stored. An event of a producer that sent no text yet has only the object: it is kept as that object written
     * out, the closest there is to what was sent.
     *
     * @throws MalformedEventException as {@link #of(String, JsonNode)}
     */
    public static CredentialDocument of(CredentialIssued issued) {
        String text = issued.credentialText() != null ? issued.credentialText() : write(issued.credential());
        return of(text, issued.credential());
    }

    /**
     * The document as its text. The text must be the same JSON as the decoded tree: an event whose two forms
     * disagree (a repeated key, say) is malformed.
     *
     * @throws MalformedEventException when the document is missing, not an object, too large or
     *                                 not the same as the decoded one; retrying cannot help
     */
    public static CredentialDocument of(String text, JsonNode decoded) {
        if (decoded == null || !decoded.isObject() || text == null) {
            throw new MalformedEventException("credential.issued without a credential document object");
        }
        if (text.length() > MAX_CHARS) {
            throw new MalformedEventException("credential document longer than " + MAX_CHARS + " characters");
        }
        try {
            if (!EventCodec.mapper().readTree(text).equals(decoded)) {
                throw new MalformedEventException("credential document text differs from its decoded form");
            }
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("credential document is not JSON: " + e.getOriginalMessage());
        }
        return new CredentialDocument(text, decoded);
    }

    /**
     * A document that travels as its text only ({@code credential.resigned}): parsed here, kept as the text.
     *
     * @throws MalformedEventException when it is missing, not a JSON object or too large
     */
    public static CredentialDocument ofText(String text) {
        if (text == null) {
            throw new MalformedEventException("no credential document text");
        }
        if (text.length() > MAX_CHARS) {
            throw new MalformedEventException("credential document longer than " + MAX_CHARS + " characters");
        }
        try {
            return of(text, EventCodec.mapper().readTree(text));
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("credential document is not JSON: " + e.getOriginalMessage());
        }
    }

    /** The document's own {@code id} ({@code urn:uuid:...}), or null. */
    public String id() {
        JsonNode id = tree.path("id");
        return id.isTextual() ? id.asText() : null;
    }

    private static String write(JsonNode decoded) {
        if (decoded == null || decoded.isNull()) {
            return null;
        }
        try {
            return EventCodec.mapper().writeValueAsString(decoded);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree is always writable", e);
        }
    }

    /** The issuer's name, when the issuer is a profile object that has one (it may be a bare URI). */
    public String issuerName() {
        return name(tree.path("issuer").path("name"));
    }

    /** Whether the document carries a proof (Data Integrity); it says nothing of the proof's validity. */
    public boolean hasProof() {
        JsonNode proof = tree.path("proof");
        return proof.isObject() || (proof.isArray() && !proof.isEmpty());
    }

    /** The achievement's name inside the document, for events that do not name it. */
    public String achievementName() {
        return name(tree.path("credentialSubject").path("achievement").path("name"));
    }

    private static String name(JsonNode node) {
        if (!node.isTextual() || node.asText().isBlank()) {
            return null;
        }
        String name = node.asText();
        // Cut at a code point, never inside a surrogate pair.
        return name.codePointCount(0, name.length()) > MAX_NAME_CHARS
                ? name.substring(0, name.offsetByCodePoints(0, MAX_NAME_CHARS)) : name;
    }
}
