package org.microcred.issuance.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.microcred.issuance.IssuerProfile;
import org.microcred.issuance.config.IssuersConfig;
import org.microcred.issuance.jsonld.IssuerJson;
import org.microcred.issuance.config.PublicBaseUrlConfig;
import org.microcred.credentials.status.StatusPurpose;

/**
 * The issuer profile of each tenant. Configured tenants have their institution's name, URL and
 * email; a tenant that is not configured still issues, under its id as name, so an award is never
 * refused for a missing profile.
 */
@ApplicationScoped
public class IssuerDirectory {

    private final IssuersConfig config;
    private final String baseUrl;

    public IssuerDirectory(IssuersConfig config, PublicBaseUrlConfig publicBaseUrl) {
        this.config = config;
        this.baseUrl = publicBaseUrl.base();
    }

    public boolean isConfigured(String tenantId) {
        return config.issuers().containsKey(tenantId);
    }

    /** The issuer id: the URL of the public profile, which is also the controller of its keys. */
    public String issuerId(String tenantId) {
        return baseUrl + "/api/v1/issuers/" + segment(tenantId);
    }

    /**
     * {@code <issuerId>/keys/<keyId>}: a proof's verificationMethod (and a VC-JWT's {@code kid}), a URL that answers
     * the key itself; the issuer profile lists it too, as the key's controller document.
     */
    public String verificationMethod(String tenantId, String keyId) {
        return IssuerJson.keyUrl(issuerId(tenantId), keyId);
    }

    /** Where the {@code BitstringStatusListCredential} of a list is served. */
    public String statusListUrl(String tenantId, StatusPurpose purpose, int listNumber) {
        return baseUrl + "/api/v1/status-lists/" + segment(tenantId) + "/" + purpose.value() + "/" + listNumber;
    }

    public IssuerProfile profileOf(String tenantId) {
        String id = issuerId(tenantId);
        IssuersConfig.Issuer issuer = config.issuers().get(tenantId);
        if (issuer == null) {
            return new IssuerProfile(tenantId, id, tenantId, baseUrl, null);
        }
        return new IssuerProfile(tenantId, id, issuer.name(), issuer.url().orElse(baseUrl), issuer.email().orElse(null));
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
