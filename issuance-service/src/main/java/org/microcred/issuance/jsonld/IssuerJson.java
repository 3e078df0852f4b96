package org.microcred.issuance.jsonld;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.microcred.credentials.verification.KeyState;
import org.microcred.issuance.IssuerProfile;
import org.microcred.issuance.keys.IssuerKey;

/** The issuer as an Open Badges 3.0 {@code Profile}: inside credentials, and as a public document. */
public final class IssuerJson {

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
     * @param keys the issuer's keys, in the order to list them
     */
    public static ObjectNode document(IssuerProfile issuer, List<IssuerKey> keys) {
        ObjectNode document = JsonLd.object();
        document.set("@context", controllerContexts());
        document.setAll(profile(issuer));
        ArrayNode methods = JsonLd.array();
        ArrayNode assertion = JsonLd.array();
        for (IssuerKey key : keys) {
            methods.add(verificationMethod(issuer, key));
            if (key.state != KeyState.COMPROMISED) {
                assertion.add(methodId(issuer, key));
            }
        }
        document.set("verificationMethod", methods);
        document.set("assertionMethod", assertion);
        return document;
    }

    /** One key as a {@code Multikey} verification method of the issuer. */
    public static ObjectNode verificationMethod(IssuerProfile issuer, IssuerKey key) {
        ObjectNode method = JsonLd.object();
        method.put("id", methodId(issuer, key));
        method.put("type", "Multikey");
        method.put("controller", issuer.id());
        method.put("publicKeyMultibase", key.publicKeyMultibase);
        if (key.state == KeyState.COMPROMISED && key.compromisedAt != null) {
            method.put("revoked", key.compromisedAt.truncatedTo(ChronoUnit.SECONDS).toString());
        }
        return method;
    }

    /** The single verification method as its own JSON-LD document (what {@code /keys/{keyId}} serves). */
    public static ObjectNode verificationMethodDocument(IssuerProfile issuer, IssuerKey key) {
        ObjectNode document = JsonLd.object();
        document.set("@context", controllerContexts());
        document.setAll(verificationMethod(issuer, key));
        return document;
    }

    private static String methodId(IssuerProfile issuer, IssuerKey key) {
        return issuer.id() + "#" + key.keyId;
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
        contexts.add("https://w3id.org/security/multikey/v1");
        return contexts;
    }
}
