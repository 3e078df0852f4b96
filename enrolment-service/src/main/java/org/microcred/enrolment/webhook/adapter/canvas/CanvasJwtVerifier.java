package org.microcred.enrolment.webhook.adapter.canvas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.lang.JoseException;
import org.microcred.enrolment.config.LmsConfig;
import org.microcred.enrolment.webhook.adapter.LmsIntegration;
import org.microcred.enrolment.webhook.adapter.SharedSecretSignature;

/**
 * Verifies a Canvas Live Event sent with "Sign Payload": the HTTP body is a JWT (RS256) under a key of the JWKS the
 * integration names. The key is found by the token's {@code kid} ({@link JwksCache}); the signature, {@code exp}
 * (when present; else {@code iat} within the webhook tolerance) and, when configured, {@code iss} are checked. Any
 * failure is 401 {@code invalid-webhook-signature}. Answers the claims: the event.
 */
@ApplicationScoped
public class CanvasJwtVerifier {

    private final JwksCache keys;
    private final ObjectMapper mapper;
    private final LmsConfig lms;

    public CanvasJwtVerifier(JwksCache keys, ObjectMapper mapper, LmsConfig lms) {
        this.keys = keys;
        this.mapper = mapper;
        this.lms = lms;
    }

    public Uni<JsonNode> verify(byte[] body, LmsIntegration integration) {
        String token = new String(body, StandardCharsets.UTF_8).strip();
        String kid;
        try {
            JsonWebStructure structure = JsonWebStructure.fromCompactSerialization(token);
            if (!(structure instanceof JsonWebSignature)
                    || !AlgorithmIdentifiers.RSA_USING_SHA256.equals(structure.getAlgorithmHeaderValue())) {
                throw SharedSecretSignature.unauthenticated("The body must be a JWT signed with RS256");
            }
            kid = structure.getKeyIdHeaderValue();
        } catch (JoseException e) {
            throw SharedSecretSignature.unauthenticated("The body is not a signed JWT");
        }
        if (kid == null) {
            throw SharedSecretSignature.unauthenticated("The JWT names no key (kid)");
        }
        return keys.key(integration.jwksUrl, kid).map(key -> {
            if (key.isEmpty()) {
                throw SharedSecretSignature.unauthenticated("Key " + abbreviate(kid) + " is not in the JWKS");
            }
            return claims(token, key.get().getKey(), integration.issuer);
        });
    }

    private JsonNode claims(String token, java.security.Key key, String issuer) {
        JwtConsumerBuilder builder = new JwtConsumerBuilder()
                .setVerificationKey(key)
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.RSA_USING_SHA256)
                .setAllowedClockSkewInSeconds(60)
                .setSkipDefaultAudienceValidation();
        if (issuer != null) {
            builder.setExpectedIssuer(issuer);
        }
        try {
            JwtClaims claims = builder.build().processToClaims(token);
            requireFresh(claims);
            return mapper.readTree(claims.toJson());
        } catch (InvalidJwtException e) {
            throw SharedSecretSignature.unauthenticated(e.hasExpired() ? "The JWT has expired"
                    : "The JWT's signature or claims are not valid");
        } catch (IOException e) {
            throw SharedSecretSignature.unauthenticated("The JWT's claims are not JSON");
        }
    }

    /** Without {@code exp} (checked by the consumer), {@code iat} must be within the webhook tolerance. */
    private void requireFresh(JwtClaims claims) {
        try {
            if (claims.getExpirationTime() != null) {
                return;
            }
            NumericDate issued = claims.getIssuedAt();
            Duration tolerance = lms.webhookTolerance();
            if (issued == null || Math.abs(Instant.now().getEpochSecond() - issued.getValue()) > tolerance.toSeconds()) {
                throw SharedSecretSignature.unauthenticated("The JWT has neither exp nor a recent iat");
            }
        } catch (MalformedClaimException e) {
            throw SharedSecretSignature.unauthenticated("The JWT's exp or iat is malformed");
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 64 ? text : text.substring(0, 64) + "...";
    }
}
