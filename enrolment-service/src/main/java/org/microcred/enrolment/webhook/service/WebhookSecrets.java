package org.microcred.enrolment.webhook.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.regex.Pattern;
import org.microcred.enrolment.config.LmsConfig;

/**
 * The Standard Webhooks secret of each tenant's LMS ({@link LmsConfig#webhookSecrets()}): in the environment
 * ({@code MICROCRED_LMS_WEBHOOK_SECRET_<TENANT>}, bin/infra generates them) or another config source such as a
 * Kubernetes secret, never in git.
 */
@ApplicationScoped
public class WebhookSecrets {

    /** Tenant ids are short slugs; anything else names no tenant (and no property). */
    private static final Pattern TENANT = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private final LmsConfig config;

    public WebhookSecrets(LmsConfig config) {
        this.config = config;
    }

    /** The tenant's secret, or empty when the tenant has no LMS webhook configured. */
    public Optional<String> of(String tenant) {
        if (tenant == null || !TENANT.matcher(tenant).matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(config.webhookSecrets().get(tenant)).filter(secret -> !secret.isBlank());
    }
}
