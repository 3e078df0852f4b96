package org.microcred.wallet.page;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import org.microcred.wallet.config.VerifyConfig;
import org.microcred.wallet.verification.TrustedIssuers;

/**
 * Which image the page shows for a credential. The page fetches nothing from other hosts, so the credential's own
 * {@code achievement.image} is shown only when it is served by this deployment (under a trusted issuer prefix, where
 * issuance serves its institutions' documents); any other image is replaced by the default badge this service
 * serves. One method, so that uploaded achievement images change only this.
 */
@ApplicationScoped
public class BadgeImageSource {

    /** The default badge, served by {@link DefaultBadgeResource}; relative to this service's base URL. */
    public static final String DEFAULT_PNG = "/api/v1/public/badges/default.png";

    private final TrustedIssuers deployment;

    public BadgeImageSource(VerifyConfig config) {
        this.deployment = new TrustedIssuers(config.trustedIssuers());
    }

    /** The image URL for the page: absolute, the achievement's own or {@code base} + the default badge's path. */
    public String imageFor(CredentialFacts facts, String base) {
        URI own = facts.imageId() == null ? null : deployment.admit(facts.imageId());
        return own != null ? own.toString() : base + DEFAULT_PNG;
    }
}
