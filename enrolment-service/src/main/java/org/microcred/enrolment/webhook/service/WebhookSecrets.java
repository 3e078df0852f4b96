package org.microcred.enrolment.webhook.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;

/**
 * The Standard Webhooks secret of each tenant's LMS, from configuration property
 * {@code microcred.lms.webhook-secret.<tenant>}. MicroProfile Config maps it from the environment
 * variable {@code MICROCRED_LMS_WEBHOOK_SECRET_<TENANT>} (bin/infra generates them), so the secret
 * lives in the environment, never in git; a config source (a Kubernetes secret) works the same.
 */
@ApplicationScoped
public class WebhookSecrets {

    /** Tenant ids are short slugs; anything else names no tenant (and no property). */
    private static final Pattern TENANT = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private final Config config;

    public WebhookSecrets(Config config) {
        this.config = config;
    }

    /** The tenant's secret, or empty when the tenant has no LMS webhook configured. */
    public Optional<String> of(String tenant) {
        if (tenant == null || !TENANT.matcher(tenant).matches()) {
            return Optional.empty();
        }
        return config.getOptionalValue("microcred.lms.webhook-secret." + tenant, String.class)
                .filter(secret -> !secret.isBlank());
    }
}
