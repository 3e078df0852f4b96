package org.microcred.enrolment.outbound.service;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.microcred.enrolment.outbound.OutboundConfig;
import org.microcred.enrolment.outbound.OutboundEndpoint;
import org.microcred.enrolment.outbound.OutboundSecrets;
import org.microcred.support.problem.ProblemException;

/**
 * The endpoints' signing secrets under the configured key ({@code microcred.outbound.secret-key}, from the
 * environment): new ones sealed, stored ones opened to sign. Without the key the feature is off; a key that is set but
 * malformed stops the service at start-up (hence {@code @Startup}), not at the first delivery.
 */
@Startup
@ApplicationScoped
public class EndpointSecrets {

    private final OutboundSecrets sealer;
    private final OutboundConfig config;

    public EndpointSecrets(OutboundConfig config) {
        this.config = config;
        this.sealer = config.secretKey().filter(key -> !key.isBlank()).map(OutboundSecrets::new).orElse(null);
    }

    public boolean available() {
        return sealer != null;
    }

    /** 503 {@code outbound-webhooks-unavailable} unless the key is configured. */
    public void requireAvailable() {
        if (sealer == null) {
            throw new ProblemException(503, "outbound-webhooks-unavailable", "Outbound webhooks unavailable",
                    "This deployment has no key to seal webhook secrets with (MICROCRED_OUTBOUND_SECRET_KEY)");
        }
    }

    /** Gives the endpoint a new secret, answered once in clear; the one it replaces keeps signing for the overlap. */
    public String rotate(OutboundEndpoint endpoint, Instant now) {
        requireAvailable();
        String secret = OutboundSecrets.newSecret();
        if (endpoint.secretSealed != null) {
            endpoint.previousSecretSealed = endpoint.secretSealed;
            endpoint.previousSecretUntil = now.plus(config.rotationOverlap());
        }
        endpoint.secretSealed = sealer.seal(secret, endpoint.id.toString());
        return secret;
    }

    /** The secrets that sign a delivery now: the current one, and the previous one during its overlap. */
    public List<String> signingSecrets(OutboundEndpoint endpoint, Instant now) {
        requireAvailable();
        List<String> secrets = new ArrayList<>(2);
        secrets.add(sealer.open(endpoint.secretSealed, endpoint.id.toString()));
        if (endpoint.previousSecretSealed != null && endpoint.previousSecretUntil != null
                && now.isBefore(endpoint.previousSecretUntil)) {
            secrets.add(sealer.open(endpoint.previousSecretSealed, endpoint.id.toString()));
        }
        return secrets;
    }
}
