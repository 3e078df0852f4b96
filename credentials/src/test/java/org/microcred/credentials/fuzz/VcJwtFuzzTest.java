package org.microcred.credentials.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.CredentialException;
import org.microcred.credentials.fuzz.support.Bounded;
import org.microcred.credentials.fuzz.support.Corpus;
import org.microcred.credentials.fuzz.support.FuzzRun;
import org.microcred.credentials.fuzz.support.Mutator;
import org.microcred.credentials.jwt.VcJwt;
import org.microcred.credentials.jwt.VcJwtCheck;

/**
 * VC-JWT parsing and verification ({@code POST /api/v1/verify} with {@code application/vc+jwt}, and JWTs baked into
 * images): compact JWS strings mutated as text, and JWSs whose header and claims are mutated as JSON and encoded
 * again, so that the mutations get past base64url. Every input answers a check or one of the refusals
 * {@link VcJwt#verify} documents, within {@link Bounded#LIMIT}; a check is valid only with an allowed algorithm.
 */
class VcJwtFuzzTest {

    static final String TARGET = "jwt";
    private static final Corpus CORPUS = Corpus.of("/org/microcred/credentials/fuzz/" + TARGET);
    private static final Set<String> REFUSALS = Set.of("malformed-jwt", "malformed-credential", "too-large");
    private static final Set<String> ALLOWED_ALGORITHMS = Set.of("EdDSA", "Ed25519", "ES256");
    private static final List<String> JOSE = List.of(".", "..", "=", "+", "/", "{", "}", "\"", "null", "[]",
            "\"alg\":", "\"none\"", "\"HS256\"", "\"RS256\"", "\"EdDSA\"", "\"ES256\"", "\"kid\":", "\"typ\":",
            "\"cty\":", "\"crit\":", "\"jwk\":", "\"b64\":false", "\"iss\":", "\"issuer\":", "\"nbf\":", "\"exp\":",
            "\"iat\":", "\"vc\":", "\"#z6MkvDqGT54cXesYGvABpF1UapVNwjCqRcafi4Px6Thv5T3Z\"",
            "\"" + FuzzKeys.METHOD + "\"",
            "\"" + FuzzKeys.DID + "\"", "-1", "1e309", "9999999999999999999");
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final VcJwt vcJwt = new VcJwt(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void anyCompactJwsIsCheckedOrRefused() {
        Mutator mutator = Mutator.ofText(CORPUS.seedTexts(), JOSE);
        FuzzRun.check(TARGET, mutator::text, this::verify);
    }

    @Test
    void anyHeaderAndClaimsAreCheckedOrRefused() {
        List<String[]> parts = CORPUS.seedTexts().stream().map(jws -> jws.trim().split("\\.", -1)).toList();
        Mutator headers = Mutator.ofText(parts.stream().map(p -> decode(p[0])).toList(), JOSE);
        Mutator claims = Mutator.ofText(parts.stream().map(p -> decode(p[1])).toList(), JOSE);
        FuzzRun.check(TARGET + "-json", (Random random) -> encode(headers.text(random)) + "."
                + encode(claims.text(random)) + "." + parts.get(random.nextInt(parts.size()))[2], this::verify);
    }

    @Test
    void seedsAndRegressionInputsAreCheckedOrRefused() {
        for (Path input : CORPUS.replays()) {
            verify(new String(Corpus.read(input), StandardCharsets.UTF_8));
        }
    }



    @Test
    void theSignedSeedsVerify() {
        long valid = CORPUS.seedTexts().stream().filter(jws -> vcJwt.verify(jws, FuzzKeys.ONE_KEY).valid()).count();
        assertEquals(2, valid, "the two EdDSA seeds reach the signature check and pass it");
    }

    private void verify(String jws) {
        Bounded.run(TARGET, jws.getBytes(StandardCharsets.UTF_8), this::documented, () -> {
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

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    private static String encode(String json) {
        return B64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
