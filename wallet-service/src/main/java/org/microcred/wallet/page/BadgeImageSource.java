package org.microcred.wallet.page;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Optional;
import org.microcred.wallet.baking.BadgeImageConfig;
import org.microcred.wallet.baking.ImageRef;
import org.microcred.wallet.config.VerifyConfig;
import org.microcred.wallet.verification.TrustedIssuers;

/**
 * Which image the page shows for a credential. The page makes the browser fetch nothing from other hosts, so the
 * credential's own {@code achievement.image} is shown only when this deployment serves it: under enrolment-service's
 * public images (the badge-images trusted prefix, where uploaded and generated badges live, the one place baking
 * fetches from too) or under a trusted issuer prefix (where issuance serves its institutions' documents). Any other
 * image is replaced by the default badge this service serves.
 */
@ApplicationScoped
public class BadgeImageSource {

    /** The default badge, served by {@link DefaultBadgeResource}; relative to this service's base URL. */
    public static final String DEFAULT_PNG = "/api/v1/public/badges/default.png";

    private final TrustedIssuers deployment;
    private final String badgeImages;

    public BadgeImageSource(VerifyConfig config, BadgeImageConfig images) {
        this.deployment = new TrustedIssuers(config.trustedIssuers());
        this.badgeImages = images.trustedPrefix();
    }

    /** The image URL for the page: absolute, the achievement's own or {@code base} + the default badge's path. */
    public String imageFor(CredentialFacts facts, String base) {
        String image = facts.imageId();
        if (image == null) {
            return base + DEFAULT_PNG;
        }
        Optional<ImageRef> served = ImageRef.ofUrl(image, badgeImages);
        if (served.isPresent()) {
            return served.get().url();
        }
        URI own = deployment.admit(image);
        return own != null ? own.toString() : base + DEFAULT_PNG;
    }
}
