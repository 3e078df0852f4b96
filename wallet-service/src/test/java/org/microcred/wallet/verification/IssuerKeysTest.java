package org.microcred.wallet.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class IssuerKeysTest {

    @Test
    void didWebIdentifiersBecomeTheirDocumentUrls() {
        assertEquals("https://issuer.example/.well-known/did.json", IssuerKeys.didWebUrl("did:web:issuer.example"));
        assertEquals("https://issuer.example:8443/orgs/north/did.json",
                IssuerKeys.didWebUrl("did:web:issuer.example%3A8443:orgs:north"));
    }

    @Test
    void malformedDidWebIdentifiersAreRefused() {
        assertThrows(FetchFailure.class, () -> IssuerKeys.didWebUrl("did:web:"));
        assertThrows(FetchFailure.class, () -> IssuerKeys.didWebUrl("did:web:issuer.example::x"));
        assertThrows(FetchFailure.class, () -> IssuerKeys.didWebUrl("did:web:evil.example%2Fpath"));
    }
}
