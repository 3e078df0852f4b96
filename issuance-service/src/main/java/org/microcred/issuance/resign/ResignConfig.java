package org.microcred.issuance.resign;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * {@code microcred.resign.*}: the background passes that sign credentials naming {@code <issuerId>#<keyId>} again under
 * their key URL ({@link CredentialKeyUrls}).
 */
@ConfigMapping(prefix = "microcred.resign")
public interface ResignConfig {

    /** Whether the passes run; tests run one pass at a time themselves. */
    @WithDefault("true")
    boolean enabled();

    /** Credentials per transaction: each is verified and signed twice (proof and VC-JWT), so a batch holds its rows briefly. */
    @WithDefault("100")
    int batch();

    /** The first pass after start, once the service is serving. */
    @WithDefault("PT30S")
    Duration firstDelay();

    /**
     * Between passes once none is left: a replica of the previous version still running during a rolling update may
     * issue a few more in the old form, and a pass that finds nothing costs one index read.
     */
    @WithDefault("PT1H")
    Duration interval();
}
