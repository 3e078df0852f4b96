package org.microcred.wallet.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedIssuersTest {

    private final TrustedIssuers trusted = new TrustedIssuers(List.of("http://localhost:8084/",
            "https://issuer.example/badges", " "));

    @Test
    void urlsUnderAPrefixAreAdmitted() {
        assertNotNull(trusted.admit("http://localhost:8084/api/v1/issuers/northbridge"));
        assertNotNull(trusted.admit("https://issuer.example/badges"));
        assertNotNull(trusted.admit("https://issuer.example/badges/status/1"));
        assertNotNull(trusted.admit("HTTPS://ISSUER.example:443/badges/x"));
    }

    @Test
    void aPrefixIsComparedByItsPartsNotAsText() {
        assertNull(trusted.admit("https://issuer.example.evil.test/badges"), "another host");
        assertNull(trusted.admit("https://issuer.example/badges-evil/1"), "another path segment");
        assertNull(trusted.admit("http://issuer.example/badges/1"), "another scheme");
        assertNull(trusted.admit("http://localhost:8085/api/v1/issuers/x"), "another port");
        assertNull(trusted.admit("http://localhost/api"), "the default port is not 8084");
        assertNull(trusted.admit("https://user@issuer.example/badges/1"), "user info");
    }

    @Test
    void dotSegmentsCannotClimbOutOfAPrefix() {
        assertNull(trusted.admit("https://issuer.example/badges/../admin"));
        assertNull(trusted.admit("https://issuer.example/badges/%2e%2e/admin/.."));
        assertEquals("https://issuer.example/badges/b", trusted.admit("https://issuer.example/badges/a/../b").toString());
    }

    @Test
    void onlyHttpUrlsAreAdmitted() {
        assertNull(trusted.admit("file:///etc/passwd"));
        assertNull(trusted.admit("did:key:z6Mk"));
        assertNull(trusted.admit("not a url"));
        assertNull(trusted.admit(""));
    }
}
