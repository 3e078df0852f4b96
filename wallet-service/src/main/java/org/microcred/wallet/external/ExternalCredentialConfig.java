package org.microcred.wallet.external;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Credentials from elsewhere in the earner's wallet: {@code microcred.wallet.external.*}. */
@ConfigMapping(prefix = "microcred.wallet.external")
public interface ExternalCredentialConfig {

    /** How many external credentials one earner may keep. */
    @WithDefault("200")
    int maxPerEarner();

    /**
     * The largest credential (JSON or compact JWS, also the one found in a baked image) accepted, in bytes: the
     * verifier's own body limit (1 MiB).
     */
    @WithDefault("1048576")
    int maxDocumentBytes();

    /** How often the re-check pass looks for credentials due (a full batch goes on at once). */
    @WithDefault("10m")
    Duration recheckInterval();

    /** A VALID (or SUSPENDED, UNVERIFIED) credential is verified again once its last check is older than this. */
    @WithDefault("24h")
    Duration recheckAge();

    /** How many credentials one pass re-checks (and how many it marks expired by the clock). */
    @WithDefault("50")
    int recheckBatch();

    /** Off: no background pass (an operator may run it elsewhere; tests call it directly). */
    @WithDefault("true")
    boolean recheckEnabled();
}
