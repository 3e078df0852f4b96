package org.microcred.issuance;

import com.fasterxml.jackson.databind.node.ObjectNode;

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

    /** The profile as a stand-alone JSON-LD document, which is what its {@code id} URL serves. */
    public static ObjectNode document(IssuerProfile issuer) {
        ObjectNode document = JsonLd.object();
        document.set("@context", JsonLd.contexts());
        document.setAll(profile(issuer));
        return document;
    }
}
