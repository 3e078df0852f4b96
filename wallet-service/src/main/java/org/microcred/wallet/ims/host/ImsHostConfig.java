package org.microcred.wallet.ims.host;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;
import java.util.Optional;

/**
 * The wallet as a 1EdTech host: {@code microcred.ims.*}. What the discovery document tells a platform about the
 * service (its name, terms, privacy policy, image; per institution where one sets its own), where the authorization
 * server is, and the limits of the API.
 */
@ConfigMapping(prefix = "microcred.ims")
public interface ImsHostConfig {

    /** The service's name in the discovery document ({@code info.title}), unless the institution sets its own. */
    @WithDefault("Micro-credentials wallet")
    String title();

    /** The terms of service a platform agrees to; unset, the wallet's public base URL. */
    Optional<String> termsOfServiceUrl();

    /** The privacy policy; unset, the wallet's public base URL. */
    Optional<String> privacyPolicyUrl();

    /** The service's logo ({@code x-imssf-image}); unset, the wallet's default badge image. */
    Optional<String> imageUrl();

    /** Per institution (by tenant id): its own name, terms, privacy policy and image, each optional. */
    Map<String, Institution> institutions();

    /**
     * The realm whose endpoints a platform is sent to ({@code authorizationUrl}, {@code tokenUrl}), as browsers and
     * platforms reach it.
     */
    String authorizationServer();

    /** The page size when a platform asks for none ({@code limit} absent). */
    @WithDefault("50")
    int defaultLimit();

    /** The largest page: a larger {@code limit} is refused (400 invalid_query_parameter), not silently cut. */
    @WithDefault("100")
    int maxLimit();

    /** The largest profile a platform may PUT, in bytes of JSON. */
    @WithDefault("65536")
    int maxProfileBytes();

    /** One institution's own entries of the discovery document. */
    interface Institution {
        Optional<String> title();

        Optional<String> termsOfServiceUrl();

        Optional<String> privacyPolicyUrl();

        Optional<String> imageUrl();
    }
}
