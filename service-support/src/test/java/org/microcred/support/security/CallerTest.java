package org.microcred.support.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;
import org.microcred.support.problem.ProblemException;

/** Only an email Keycloak verified names the caller: an unverified one is whatever the user typed. */
class CallerTest {

    /** A token with just the given claims (the verified signature is Quarkus's business, not Caller's). */
    private static Caller callerWith(Map<String, Object> claims) {
        Map<String, Object> all = new HashMap<>(claims);
        all.putIfAbsent("sub", "user-1");
        return new Caller(new JsonWebToken() {
            @Override
            public String getName() {
                return (String) all.get("sub");
            }

            @Override
            public Set<String> getClaimNames() {
                return all.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claimName) {
                return (T) all.get(claimName);
            }
        });
    }

    @Test
    void aVerifiedEmailIsTheCallers() {
        assertEquals("zoe@northbridge.example",
                callerWith(Map.of("email", "zoe@northbridge.example", "email_verified", true)).verifiedEmail());
        assertEquals("zoe@northbridge.example", callerWith(Map.of("email", "zoe@northbridge.example",
                "email_verified", JsonValue.TRUE)).requireVerifiedEmail(), "the claim as a JSON value");
    }

    @Test
    void anUnverifiedOrUnstatedEmailIsNobodys() {
        assertNull(callerWith(Map.of("email", "ceo@northbridge.example", "email_verified", false)).verifiedEmail());
        assertNull(callerWith(Map.of("email", "ceo@northbridge.example", "email_verified", JsonValue.FALSE))
                .verifiedEmail());
        assertNull(callerWith(Map.of("email", "ceo@northbridge.example")).verifiedEmail(), "no email_verified claim");
        assertNull(callerWith(Map.of("email", "ceo@northbridge.example", "email_verified", "true")).verifiedEmail(),
                "a string is not Keycloak's boolean");
        assertNull(callerWith(Map.of("email_verified", true)).verifiedEmail(), "no email at all");
    }

    @Test
    void requiringAVerifiedEmailWithoutOneIsA403SayingWhy() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> callerWith(Map.of("email", "ceo@northbridge.example", "email_verified", false))
                        .requireVerifiedEmail());
        assertEquals(403, refused.status());
        assertEquals("https://microcred.org/problems/" + Caller.EMAIL_NOT_VERIFIED,
                refused.toProblem("/api/v1/enrolments").type());
    }
}
