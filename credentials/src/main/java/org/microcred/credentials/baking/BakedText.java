package org.microcred.credentials.baking;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.microcred.credentials.CredentialException;

/** What a baked image carries: a credential's JSON (embedded proof) or the compact JWS of a VC-JWT. */
public final class BakedText {

    /** Far above any credential we issue; keeps a baked image from smuggling megabytes of text. */
    public static final int MAX_CREDENTIAL_BYTES = 2 * 1024 * 1024;

    private static final Pattern COMPACT_JWS = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
    private static final ObjectMapper JSON = new ObjectMapper();

    private BakedText() {
    }

    /** Whether the text is shaped like a compact JWS (three base64url parts), i.e. a VC-JWT rather than JSON. */
    public static boolean isCompactJws(String text) {
        return text != null && COMPACT_JWS.matcher(text).matches();
    }

    /**
     * The credential text to bake, unchanged, once it is known to be a JSON object or a compact JWS.
     *
     * @throws CredentialException {@code malformed-credential}, {@code too-large}
     */
    static String check(String credential) {
        if (credential == null || credential.isBlank()) {
            throw new CredentialException("malformed-credential", "there is no credential to bake");
        }
        if (credential.length() > MAX_CREDENTIAL_BYTES
                || credential.getBytes(StandardCharsets.UTF_8).length > MAX_CREDENTIAL_BYTES) {
            throw new CredentialException("too-large", "a baked credential is limited to " + MAX_CREDENTIAL_BYTES
                    + " bytes");
        }
        if (isCompactJws(credential)) {
            return credential;
        }
        try {
            JsonNode node = JSON.readTree(credential);
            if (node != null && node.isObject()) {
                return credential;
            }
        } catch (JsonProcessingException e) {
            // fall through to the same answer as any other text
        }
        throw new CredentialException("malformed-credential", "a baked credential is a JSON object or a compact JWS");
    }

    /** Strict UTF-8: bytes that are not UTF-8 are the sign of a damaged or forged image. */
    static String utf8(byte[] bytes, String problem) {
        if (bytes.length > MAX_CREDENTIAL_BYTES) {
            throw new CredentialException("too-large", "the baked credential is larger than " + MAX_CREDENTIAL_BYTES
                    + " bytes");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new CredentialException(problem, "the baked credential is not UTF-8 text");
        }
    }
}
