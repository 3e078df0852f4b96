package org.microcred.enrolment.image;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;
import java.util.Optional;

/**
 * {@code microcred.public-base-url} ({@code MICROCRED_PUBLIC_BASE_URL}, which bin/services sets per service): where
 * wallets and recognizers reach this service, so the badge image URLs a credential names point under it. Unset, it
 * is this service's own address on the port it listens on. The same setting as issuance's and wallet's.
 */
@ConfigMapping(prefix = "microcred.public-base-url")
public interface EnrolmentPublicBaseUrl {

    @WithParentName
    Optional<String> value();

    /** The URL without a trailing slash; {@code http://localhost:<port>} when unset. */
    default String base(int ownPort) {
        String base = value().orElse("http://localhost:" + ownPort);
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
