package org.microcred.credentials.holder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.microcred.credentials.CredentialException;
import org.microcred.credentials.jwt.JwtJson;
import org.microcred.credentials.keys.Multikey;
import org.microcred.credentials.verification.DidKeyResolver;
import org.microcred.credentials.verification.ResolvedKey;

/**
 * A holder's key from its DID URL, without a network call: the two DID methods whose document is the identifier
 * itself, {@code did:key} (Ed25519 {@code z6Mk...}, P-256 {@code zDn...}, through {@link DidKeyResolver}) and
 * {@code did:jwk} (OKP Ed25519, EC P-256). Only the verification method ids those methods define are accepted,
 * {@code did:key:X#X} and {@code did:jwk:Y#0}: a holder's key is named exactly, so the DID a credential is bound to
 * is always the controller of the key that proved possession. Any other DID method (did:web would need a fetch,
 * did:ion a ledger...) is refused with {@link HolderProofException#UNSUPPORTED_DID}.
 */
public final class HolderDids {

    public static final String DID_KEY = "did:key:";
    public static final String DID_JWK = "did:jwk:";
    /** The only verification method of a did:jwk document. */
    public static final String DID_JWK_FRAGMENT = "#0";
    /**
     * The longest DID URL read. A did:key is under 60 characters, a did:jwk of a P-256 key about 200; the limit keeps
     * a crafted one from costing anything.
     */
    public static final int MAX_DID_URL_CHARS = 1024;

    private static final DidKeyResolver DID_KEYS = new DidKeyResolver();
    private static final ObjectMapper JSON = new ObjectMapper();

    private HolderDids() {
    }

    /**
     * The key a DID URL names: {@code did:key:X#X} or {@code did:jwk:Y#0}.
     *
     * @throws HolderProofException {@code unsupported-did} for another method or form, {@code unsupported-key} for
     *         a key that is not Ed25519 or P-256 (or not a valid one), {@code private-key} for a did:jwk of a private
     *         JWK, {@code too-large} past {@link #MAX_DID_URL_CHARS}
     */
    public static HolderKey resolve(String didUrl) throws HolderProofException {
        if (didUrl == null || didUrl.isEmpty()) {
            throw new HolderProofException(HolderProofException.UNSUPPORTED_DID, "No DID URL given");
        }
        if (didUrl.length() > MAX_DID_URL_CHARS) {
            throw new HolderProofException(HolderProofException.TOO_LARGE, "The DID URL is longer than "
                    + MAX_DID_URL_CHARS + " characters");
        }
        int hash = didUrl.indexOf('#');
        String did = hash < 0 ? didUrl : didUrl.substring(0, hash);
        String fragment = hash < 0 ? null : didUrl.substring(hash + 1);
        if (did.startsWith(DID_KEY)) {
            return didKey(didUrl, did, fragment);
        }
        if (did.startsWith(DID_JWK)) {
            return didJwk(didUrl, did, fragment);
        }
        throw new HolderProofException(HolderProofException.UNSUPPORTED_DID, "The DID method of " + abbreviated(did)
                + " is not supported; holders are identified by did:key or did:jwk");
    }

    /**
     * The key of a public JWK (a key proof's {@code jwk} header), identified by its {@code did:jwk}: the JWK's
     * public members in lexicographic order, base64url, so the same key always has the same DID.
     *
     * @throws HolderProofException {@code private-key} when it carries {@code d}, {@code unsupported-key} for a key
     *         other than OKP Ed25519 or EC P-256, or an invalid one
     */
    public static HolderKey fromJwk(Map<String, Object> jwk) throws HolderProofException {
        if (jwk == null) {
            throw new HolderProofException(HolderProofException.UNSUPPORTED_KEY, "No JWK given");
        }
        return HolderJwks.read(JSON.valueToTree(jwk), null);
    }

    /** {@link #fromJwk(Map)} for a JWK already parsed as JSON. */
    static HolderKey fromJwk(JsonNode jwk) throws HolderProofException {
        return HolderJwks.read(jwk, null);
    }

    private static HolderKey didKey(String didUrl, String did, String fragment) throws HolderProofException {
        String multibase = did.substring(DID_KEY.length());
        if (fragment == null || !fragment.equals(multibase)) {
            throw new HolderProofException(HolderProofException.UNSUPPORTED_DID, "A did:key key is named "
                    + "did:key:X#X (the fragment repeats the key); " + abbreviated(didUrl) + " is not");
        }
        ResolvedKey resolved;
        try {
            resolved = DID_KEYS.resolve(didUrl);
        } catch (CredentialException e) {
            throw new HolderProofException(HolderProofException.UNSUPPORTED_KEY, e.getMessage(), e);
        }
        return Multikey.ED25519.equals(resolved.algorithm())
                ? new HolderKey(did, didUrl, HolderSignatures.ed25519(resolved.publicKey()), HolderKey.EDDSA)
                : new HolderKey(did, didUrl, HolderSignatures.p256(resolved.publicKey()), HolderKey.ES256);
    }

    private static HolderKey didJwk(String didUrl, String did, String fragment) throws HolderProofException {
        if (!"0".equals(fragment)) {
            throw new HolderProofException(HolderProofException.UNSUPPORTED_DID, "A did:jwk key is named "
                    + "did:jwk:...#0; " + abbreviated(didUrl) + " is not");
        }
        JsonNode jwk;
        try {
            jwk = JwtJson.parseObject(JwtJson.base64UrlText(did.substring(DID_JWK.length())), "malformed-jwt");
        } catch (CredentialException e) {
            throw new HolderProofException(HolderProofException.UNSUPPORTED_DID, "The did:jwk is not the base64url of"
                    + " a JSON JWK: " + e.getMessage(), e);
        }
        return HolderJwks.read(jwk, did);
    }

    private static String abbreviated(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "...";
    }
}
