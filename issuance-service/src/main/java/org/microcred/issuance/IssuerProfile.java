package org.microcred.issuance;

/**
 * The institution that issues, as an Open Badges 3.0 {@code Profile}.
 *
 * @param id    the URL of the public issuer profile, which is also the credential's issuer id
 * @param email null when none is configured
 */
public record IssuerProfile(String tenantId, String id, String name, String url, String email) {
}
