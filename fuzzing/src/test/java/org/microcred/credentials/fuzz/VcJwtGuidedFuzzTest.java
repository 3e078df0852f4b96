package org.microcred.credentials.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Set;
import org.microcred.credentials.CredentialException;
import org.microcred.credentials.fuzz.support.Bounded;
import org.microcred.credentials.jwt.VcJwt;
import org.microcred.credentials.jwt.VcJwtCheck;

/**
 * Coverage-guided: VC-JWT verification, as {@link VcJwtFuzzTest} does with seeded mutations. {@code compactJws} takes
 * the input as the compact JWS text; {@code headerAndClaims} takes a header JSON and a claims JSON separated by the
 * first newline and encodes them, with the EdDSA seed's signature, so that the fuzzer works on JSON rather than
 * base64url. Every input answers a check or a refusal {@link VcJwt#verify} documents, within {@link Bounded#LIMIT};
 * a valid check has an allowed algorithm.
 */
class VcJwtGuidedFuzzTest {

    private static final Set<String> REFUSALS = Set.of("malformed-jwt", "malformed-credential", "too-large");
    private static final Set<String> ALLOWED_ALGORITHMS = Set.of("EdDSA", "Ed25519", "ES256");
    /** The signature part of the committed input eddsa.jwt: valid for its own header and claims only. */
    private static final String SEED_SIGNATURE = signatureOf("VcJwtGuidedFuzzTestInputs/compactJws/eddsa.jwt");
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final VcJwt vcJwt = new VcJwt(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

    @FuzzTest(maxDuration = "30s")
    void compactJws(byte[] input) {
        verify(new String(input, StandardCharsets.UTF_8));
    }

    @FuzzTest(maxDuration = "30s")
    void headerAndClaims(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        int newline = text.indexOf('\n');
        String header = newline < 0 ? text : text.substring(0, newline);
        String claims = newline < 0 ? "" : text.substring(newline + 1);
        verify(encode(header) + "." + encode(claims) + "." + SEED_SIGNATURE);
    }

    private void verify(String jws) {
        Bounded.run("jwt", jws.getBytes(StandardCharsets.UTF_8), this::documented, () -> {
            VcJwtCheck check = vcJwt.verify(jws, FuzzKeys.ONE_KEY);
            assertTrue(check.valid() == (check.reason() == null), () -> "valid exactly without a reason: " + check);
            if (check.valid()) {
                String alg = JSON.readTree(Base64.getUrlDecoder().decode(jws.trim().split("\\.")[0])).path("alg")
                        .asText();
                assertTrue(ALLOWED_ALGORITHMS.contains(alg), () -> "valid with alg " + alg);
            }
            return VcJwt.unverifiedPayload(jws);
        });
    }

    private boolean documented(Throwable thrown) {
        return thrown instanceof CredentialException refused && REFUSALS.contains(refused.problem());
    }

    private static String signatureOf(String resource) {
        try (InputStream in = VcJwtGuidedFuzzTest.class.getResourceAsStream(resource)) {
            String jws = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            return jws.substring(jws.lastIndexOf('.') + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String encode(String json) {
        return B64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
