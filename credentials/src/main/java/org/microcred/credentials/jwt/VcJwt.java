package org.microcred.credentials.jwt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.jwk.JWK;
import java.text.ParseException;
import java.time.Clock;
import java.util.Set;
import org.microcred.credentials.CredentialException;
import org.microcred.credentials.verification.KeyResolver;
import org.microcred.credentials.verification.KeyState;
import org.microcred.credentials.verification.ResolvedKey;

/**
 * VC-JWT as W3C "Securing Verifiable Credentials using JOSE and COSE" defines it for VC 2.0: the JWT claims
 * set IS the credential (no {@code vc} wrapper claim), the protected header carries {@code typ vc+jwt},
 * {@code cty vc}, the algorithm and the {@code kid} of the verification method. The registered claims Open Badges
 * 3.0 asks for repeat what the credential says ({@link JwtClaims}: {@code iss}, {@code jti}, {@code sub},
 * {@code nbf}, {@code exp}, and {@code iat}); a verified JWT whose claims contradict its credential is invalid
 * ({@code claims-mismatch}). Thread-safe; build one and reuse it.
 */
public final class VcJwt {

    public static final String TYP = "vc+jwt";
    public static final String CTY = "vc";
    /** Larger than any credential we issue or accept (services cap request bodies at 1 MiB). */
    public static final int MAX_JWS_CHARS = 2 * 1024 * 1024;

    /** An allow-list, never a deny-list: "none", HS* (a public key used as an HMAC secret) and RS* stay out. */
    private static final Set<JWSAlgorithm> ALLOWED = Set.of(JWSAlgorithm.EdDSA, JWSAlgorithm.Ed25519,
            JWSAlgorithm.ES256);
    private static final Set<String> ALLOWED_TYP = Set.of(TYP, "application/vc+jwt");

    private final Clock clock;

    public VcJwt() {
        this(Clock.systemUTC());
    }

    /** @param clock for the {@code exp} / {@code nbf} claims when verifying, and {@code iat} when signing */
    public VcJwt(Clock clock) {
        this.clock = clock;
    }

    /**
     * Secures a credential as a compact JWS: EdDSA for an Ed25519 key, ES256 for a P-256 key.
     *
     * @param credentialJson a VC 2.0 credential without {@code proof} (UTF-8 JSON text)
     * @param privateKey     an Ed25519 {@code OctetKeyPair} or a P-256 {@code ECKey}, with its private part
     * @param kid            the verification method id recognizers resolve the public key from
     * @throws CredentialException {@code malformed-credential} (also when it carries a registered claim that
     *         contradicts it, e.g. a {@code jti} that is not its id), {@code too-large}, {@code unsupported-key}
     */
    public String sign(String credentialJson, JWK privateKey, String kid) {
        if (kid == null || kid.isBlank()) {
            throw new CredentialException("unsupported-key", "a VC-JWT names its verification method in kid");
        }
        if (credentialJson == null || credentialJson.length() > MAX_JWS_CHARS / 2) {
            throw new CredentialException("too-large", "the credential is missing or larger than "
                    + MAX_JWS_CHARS / 2 + " characters");
        }
        ObjectNode credential = JwtJson.credential(JwtJson.parseObject(credentialJson, "malformed-credential"));
        JwtClaims.add(credential, clock.instant());

        JWSHeader header = new JWSHeader.Builder(JwtKeys.algorithmOf(privateKey))
                .type(new JOSEObjectType(TYP))
                .contentType(CTY)
                .keyID(kid)
                .build();
        JWSObject jws = new JWSObject(header, new Payload(JwtJson.bytes(credential)));
        try {
            jws.sign(JwtKeys.signer(privateKey));
        } catch (JOSEException e) {
            throw new CredentialException("unsupported-key", "signing failed: " + e.getMessage(), e);
        }
        return jws.serialize();
    }

    /**
     * Checks a VC-JWT: allowed algorithm, a resolvable key of the issuer that is not compromised, the
     * signature, {@code exp}/{@code nbf} when present, and registered claims that agree with the credential
     * ({@code claims-mismatch} otherwise). Each failure answers an invalid check with its slug.
     *
     * @throws CredentialException {@code malformed-jwt} or {@code malformed-credential} for input that is not a
     *         compact JWS over a JSON credential at all, {@code too-large} past {@link #MAX_JWS_CHARS}
     */
    public VcJwtCheck verify(String compactJws, KeyResolver keys) {
        if (compactJws == null || compactJws.isBlank()) {
            throw new CredentialException("malformed-jwt", "no VC-JWT given");
        }
        if (compactJws.length() > MAX_JWS_CHARS) {
            throw new CredentialException("too-large", "the VC-JWT is larger than " + MAX_JWS_CHARS + " characters");
        }
        String[] parts = compactJws.trim().split("\\.", -1);
        if (parts.length != 3) {
            throw new CredentialException("malformed-jwt", "a compact JWS has three dot-separated parts");
        }
        // Read the header ourselves first: Nimbus refuses to parse "alg":"none", and we want to say why.
        ObjectNode header = JwtJson.parseObject(JwtJson.base64UrlText(parts[0]), "malformed-jwt");
        String payloadText = JwtJson.base64UrlText(parts[1]);
        ObjectNode credential = JwtJson.credential(JwtJson.parseObject(payloadText, "malformed-credential"));
        String issuer = JwtJson.issuerId(credential);
        String kid = header.path("kid").asText(null);
        String method = kid != null && kid.startsWith("#") ? issuer + kid : kid;

        JWSAlgorithm alg = JWSAlgorithm.parse(header.path("alg").asText(""));
        if (!ALLOWED.contains(alg)) {
            return VcJwtCheck.invalid(method, "alg-not-allowed", payloadText);
        }
        if (header.has("crit")) {
            // No extension we know of is critical for VC-JWT; RFC 7515 says refuse what we do not understand.
            return VcJwtCheck.invalid(method, "unsupported-critical-header", payloadText);
        }
        String typ = header.path("typ").asText(null);
        if (typ != null && !ALLOWED_TYP.contains(typ)) {
            return VcJwtCheck.invalid(method, "unsupported-typ", payloadText);
        }
        JsonNode iss = credential.get("iss");
        if (iss != null && !issuer.equals(iss.asText(null))) {
            return VcJwtCheck.invalid(method, "issuer-mismatch", payloadText);
        }
        if (JwtClaims.mismatch(credential) != null) {
            return VcJwtCheck.invalid(method, "claims-mismatch", payloadText);
        }
        if (method == null || method.isBlank()) {
            return VcJwtCheck.invalid(null, "missing-kid", payloadText);
        }
        String timeProblem = JwtJson.timeProblem(credential, clock.instant());
        if (timeProblem != null) {
            return VcJwtCheck.invalid(method, timeProblem, payloadText);
        }
        return checkSignature(compactJws.trim(), alg, method, issuer, keys, payloadText);
    }

    private VcJwtCheck checkSignature(String compactJws, JWSAlgorithm alg, String method, String issuer,
            KeyResolver keys, String payloadText) {
        ResolvedKey key;
        try {
            key = keys.resolve(method);
        } catch (CredentialException e) {
            return VcJwtCheck.invalid(method, e.problem(), payloadText);
        }
        if (key == null) {
            return VcJwtCheck.invalid(method, "unresolvable-key", payloadText);
        }
        if (key.state() == KeyState.COMPROMISED) {
            return VcJwtCheck.invalid(method, "key-compromised", payloadText);
        }
        if (key.controller() != null && !key.controller().equals(issuer)) {
            // A valid signature by someone else's key proves nothing about this issuer.
            return VcJwtCheck.invalid(method, "issuer-mismatch", payloadText);
        }
        String expected = JWSAlgorithm.ES256.equals(alg) ? "P-256" : "Ed25519";
        if (!expected.equals(key.algorithm())) {
            return VcJwtCheck.invalid(method, "key-algorithm-mismatch", payloadText);
        }
        try {
            JWSObject jws = JWSObject.parse(compactJws);
            boolean ok = jws.verify(JwtKeys.verifier(key));
            return ok ? VcJwtCheck.valid(method, payloadText)
                    : VcJwtCheck.invalid(method, "bad-signature", payloadText);
        } catch (ParseException e) {
            throw new CredentialException("malformed-jwt", "not a compact JWS: " + e.getMessage(), e);
        } catch (JOSEException e) {
            return VcJwtCheck.invalid(method, "invalid-key", payloadText);
        }
    }

    /** The credential a VC-JWT carries, UTF-8 decoded, without checking anything: for display only. */
    public static String unverifiedPayload(String compactJws) {
        String[] parts = compactJws == null ? new String[0] : compactJws.trim().split("\\.", -1);
        if (parts.length != 3 || compactJws.length() > MAX_JWS_CHARS) {
            throw new CredentialException("malformed-jwt", "a compact JWS has three dot-separated parts");
        }
        return JwtJson.base64UrlText(parts[1]);
    }
}
