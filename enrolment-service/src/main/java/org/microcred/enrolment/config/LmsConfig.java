package org.microcred.enrolment.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.Map;

/**
 * {@code microcred.lms.*}: the LMS webhook and its inbox. The body limit of the webhook is the shared one,
 * {@code microcred.http.body-limit.paths."/api/v1/webhooks/lms/"}.
 */
@ConfigMapping(prefix = "microcred.lms")
public interface LmsConfig {

    /**
     * Each tenant's Standard Webhooks secret ({@code whsec_...}) by tenant id: property
     * {@code microcred.lms.webhook-secret.<tenant>}, which MicroProfile Config reads from the environment variable
     * {@code MICROCRED_LMS_WEBHOOK_SECRET_<TENANT>} (bin/infra exports them); never in a file of the repository.
     */
    @WithName("webhook-secret")
    Map<String, String> webhookSecrets();

    /**
     * How far a delivery's {@code webhook-timestamp} may be from now (either way). Standard Webhooks suggests five
     * minutes: a captured delivery cannot be replayed later, and forgetting deliveries older than
     * {@link #webhookRetention()} is safe.
     */
    @WithDefault("5m")
    Duration webhookTolerance();

    /** How long PROCESSED and FAILED deliveries are kept (RECEIVED ones stay until applied). */
    @WithDefault("7d")
    Duration webhookRetention();

    /**
     * How often {@code InboxProcessor} looks for due deliveries when nothing wakes it: a receipt wakes it at once, so
     * this finds retries coming due and deliveries stored by another instance (at once again after a pass that took some).
     */
    @WithDefault("1s")
    Duration inboxInterval();

    /** false: this instance applies no deliveries (they wait, RECEIVED, for another instance). */
    @WithDefault("true")
    boolean inboxEnabled();

    /** Retries of a delivery whose failure state may still change, before it is FAILED. */
    @WithDefault("5")
    int inboxRetries();

    /** The delay before the first retry; it doubles with each one (2 + 4 + 8 + 16 + 32 s by default). */
    @WithDefault("2s")
    Duration inboxRetryDelay();

    /**
     * Where a claim link points: the link is this base followed by the claim secret. The earner's app (a deep link by
     * default; an institution's web app over https in production) signs the learner in and sends the secret to the
     * wallet ({@code POST /api/v1/wallet/claims}). {@code MICROCRED_LMS_CLAIM_LINK_BASE}.
     */
    @WithDefault("microcred://claim/")
    String claimLinkBase();

    /** How long a claim link can be used. */
    @WithDefault("30d")
    Duration claimLinkValidity();
}
