package org.microcred.wallet.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.OptionalInt;

/**
 * What one verification may cost, and how many run at once. Checked before the work starts, so a request built to
 * be expensive is refused quickly (422 {@code verification-too-costly}) instead of holding a CPU for seconds.
 */
@ConfigMapping(prefix = "microcred.verify.limits")
public interface VerifyLimitsConfig {

    /** Proofs in one credential's proof set: each one canonicalises the whole credential again. */
    @WithDefault("4")
    int maxProofs();

    /**
     * JSON values (objects, arrays, members' values) in one credential: a credential has a few hundred, the largest
     * this system can issue about 2,000 (issuance's LargestCredentialEventTest: 1,755 without alignments and tags).
     * Each leaf value is about one N-Quad, so a credential far over {@link #maxQuads()} is refused here, before it
     * is expanded.
     */
    @WithDefault("10000")
    int maxJsonNodes();

    /** Nesting depth of one credential (an Open Badges credential nests about 8 deep). */
    @WithDefault("32")
    int maxJsonDepth();

    /** {@code credentialStatus} entries: ours have one (older ones two: revocation and suspension). */
    @WithDefault("2")
    int maxStatusEntries();

    /**
     * N-Quads all canonicalisations of one request may produce together (proofs and status lists). Twice what the
     * largest credential this system can issue needs (about 1,700: 1,398 without alignments and tags), so every
     * credential of ours verifies; the time budget is what bounds crafted graphs.
     */
    @WithDefault("4000")
    int maxQuads();

    /** Time all canonicalisations of one request may take together. */
    @WithDefault("2s")
    Duration maxCanonicalizationTime();

    /** Verifications running at once; unset: the number of CPUs. */
    OptionalInt maxConcurrent();

    /** How long a verification waits for one of those places before it is answered 503. */
    @WithDefault("200ms")
    Duration maxWait();

    /** The {@code Retry-After} of that 503. */
    @WithDefault("1s")
    Duration retryAfter();

    /**
     * The rate-limit units a verification costs, on top of one per proof and one per status list: one per this
     * many JSON values of the credential, for each proof (the work of canonicalising it grows with both).
     */
    @WithDefault("1000")
    int costNodesPerUnit();
}
