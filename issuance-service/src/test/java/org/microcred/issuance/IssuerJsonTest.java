package org.microcred.issuance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class IssuerJsonTest {

    @Test
    void thePublicProfileIsAJsonLdDocumentWithTheEmbeddedProfilesFields() {
        ObjectNode document = IssuerJson.document(Samples.issuer());
        assertEquals("@context", document.fieldNames().next(), "the context comes first");
        assertEquals(IssuerJson.profile(Samples.issuer()), document.without("@context"));
    }

    @Test
    void anIssuerWithoutEmailHasNoEmailField() {
        IssuerProfile plain = new IssuerProfile("acme", "http://x/api/v1/issuers/acme", "acme", "http://x", null);
        assertFalse(IssuerJson.profile(plain).has("email"));
    }
}
