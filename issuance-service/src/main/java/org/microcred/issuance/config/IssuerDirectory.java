package org.microcred.issuance.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.microcred.issuance.IssuerProfile;

/**
 * The issuer profile of each tenant. Configured tenants have their institution's name, URL and
 * email; a tenant that is not configured still issues, under its id as name, so an award is never
 * refused for a missing profile.
 */
@ApplicationScoped
public class IssuerDirectory {

    private final IssuersConfig config;
    private final String baseUrl;

    public IssuerDirectory(IssuersConfig config,
            @ConfigProperty(name = "microcred.public-base-url", defaultValue = "http://localhost:8084") String base) {
        this.config = config;
        this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public boolean isConfigured(String tenantId) {
        return config.issuers().containsKey(tenantId);
    }

    public IssuerProfile profileOf(String tenantId) {
        String id = baseUrl + "/api/v1/issuers/" + URLEncoder.encode(tenantId, StandardCharsets.UTF_8).replace("+", "%20");
        IssuersConfig.Issuer issuer = config.issuers().get(tenantId);
        if (issuer == null) {
            return new IssuerProfile(tenantId, id, tenantId, baseUrl, null);
        }
        return new IssuerProfile(tenantId, id, issuer.name(), issuer.url().orElse(baseUrl), issuer.email().orElse(null));
    }
}
