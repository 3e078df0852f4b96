package org.microcred.issuance.jsonld;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.microcred.credentials.verification.KeyState;
import org.microcred.issuance.IssuerProfile;
import org.microcred.issuance.keys.IssuerKey;

/** The issuer as an Open Badges 3.0 {@code Profile}: inside credentials, and as a public document. */
public final class IssuerJson {

    static final String MULTIKEY_CONTEXT = "https://w3id.org/security/multikey/v1";

    private IssuerJson() {
    }

    /** The profile as embedded in a credential's {@code issuer}. */
    public static ObjectNode profile(IssuerProfile issuer) {
        ObjectNode profile = JsonLd.object();
        profile.put("id", issuer.id());
        profile.set("type", JsonLd.types("Profile"));
        profile.put("name", issuer.name());
        JsonLd.putIfPresent(profile, "url", issuer.url());
        JsonLd.putIfPresent(profile, "email", issuer.email());
        return profile;
    }

    /**
     * The profile as a stand-alone JSON-LD document, which is what its {@code id} URL serves. It is
     * also the controller document of the issuer's keys (W3C Controlled Identifiers): every key as a
     * {@code Multikey} in {@code verificationMethod}, and the keys whose proofs hold in
     * {@code assertionMethod}. A compromised key stays listed, with the date-time it was
     * {@code revoked}, but is no longer an assertion method, so any verifier that checks the proof
     * purpose against this document rejects what it signed.
     *
     * <p>Each key is listed twice, with the same key material: under its key URL ({@link #keyUrl}), which proofs
     * name now, and under the {@code <issuerId>#<keyId>} id that proofs named before (see {@link #legacyMethodId}),
     * so what was signed then keeps verifying wherever the profile is read.
     *
     * @param keys the issuer's keys, in the order to list them
     */
    public static ObjectNode document(IssuerProfile issuer, List<IssuerKey> keys) {
        ObjectNode document = JsonLd.object();
        document.set("@context", controllerContexts());
        document.setAll(profile(issuer));
        ArrayNode methods = JsonLd.array();
        ArrayNode assertion = JsonLd.array();
        for (IssuerKey key : keys) {
            for (String id : List.of(keyUrl(issuer.id(), key.keyId), legacyMethodId(issuer.id(), key.keyId))) {
                methods.add(verificationMethod(issuer, key, id));
                if (key.state != KeyState.COMPROMISED) {
                    assertion.add(id);
                }
            }
        }
        document.set("verificationMethod", methods);
        document.set("assertionMethod", assertion);
        return document;
    }

    /**
     * {@code <issuerId>/keys/<keyId>}: the id of a key as proofs name it, a URL that answers the key itself
     * ({@link #verificationMethodDocument}). Resolvers that drop a fragment before fetching (the Digital Credentials
     * Consortium's verifier, which the Learner Credential Wallet uses) would read the whole profile for
     * {@code <issuerId>#<keyId>}; this URL has no fragment to drop.
     */
    public static String keyUrl(String issuerId, String keyId) {
        return issuerId + "/keys/" + URLEncoder.encode(keyId, StandardCharsets.UTF_8);
    }

    /** {@code <issuerId>#<keyId>}: the id proofs named before key URLs; still listed, for what was signed then. */
    public static String legacyMethodId(String issuerId, String keyId) {
        return issuerId + "#" + keyId;
    }

    /** One key as a {@code Multikey} verification method of the issuer, under its key URL. */
    public static ObjectNode verificationMethod(IssuerProfile issuer, IssuerKey key) {
        return verificationMethod(issuer, key, keyUrl(issuer.id(), key.keyId));
    }

    private static ObjectNode verificationMethod(IssuerProfile issuer, IssuerKey key, String id) {
        ObjectNode method = JsonLd.object();
        method.put("id", id);
        method.put("type", "Multikey");
        method.put("controller", issuer.id());
        method.put("publicKeyMultibase", key.publicKeyMultibase);
        if (key.state == KeyState.COMPROMISED && key.compromisedAt != null) {
            method.put("revoked", key.compromisedAt.truncatedTo(ChronoUnit.SECONDS).toString());
        }
        return method;
    }

    /**
     * The key as its own JSON-LD document, what its key URL serves: a {@code Multikey} in the Multikey context
     * alone, which defines every term it holds ({@code revoked} and {@code expires} too) and which Digital Bazaar's
     * and the Digital Credentials Consortium's Multikey code require of a key they are handed.
     */
    public static ObjectNode verificationMethodDocument(IssuerProfile issuer, IssuerKey key) {
        ObjectNode document = JsonLd.object();
        document.put("@context", MULTIKEY_CONTEXT);
        document.setAll(verificationMethod(issuer, key));
        return document;
    }

    /**
     * The profile is also the controller document of the issuer's keys: besides VC 2.0 and OB 3.0.3 it
     * needs the terms verifiers look up in it ({@code verificationMethod}, {@code assertionMethod},
     * {@code controller}, {@code publicKeyMultibase}), which neither defines. Digital Bazaar's verifier
     * processes it as JSON-LD in safe mode and rejects undefined terms (checked by e2e InteropIT).
     */
    static ArrayNode controllerContexts() {
        ArrayNode contexts = JsonLd.contexts();
        contexts.add("https://www.w3.org/ns/did/v1");
        contexts.add(MULTIKEY_CONTEXT);
        return contexts;
    }
}
