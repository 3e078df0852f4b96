package org.microcred.enrolment.webhook.adapter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A tenant's integration with one platform and how its deliveries are verified: Canvas by the JWKS it publishes and
 * its issuer; Moodle and Open edX by an HMAC under a shared secret, kept sealed ({@code SecretSeal}).
 */
@Entity
@Table(name = "lms_integration")
@IdClass(LmsIntegration.Key.class)
public class LmsIntegration {

    @Id
    @Column(name = "tenant_id")
    public String tenantId;

    /** The platform's slug ({@link Platform#slug()}). */
    @Id
    public String platform;

    public boolean enabled;

    @Column(name = "jwks_url")
    public String jwksUrl;

    public String issuer;

    @Column(name = "secret_sealed")
    public byte[] secretSealed;

    @Column(name = "secret_nonce")
    public byte[] secretNonce;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public Platform platform() {
        return Platform.of(platform).orElseThrow();
    }

    public static class Key implements Serializable {
        public String tenantId;
        public String platform;

        public Key() {
        }

        public Key(String tenantId, String platform) {
            this.tenantId = tenantId;
            this.platform = platform;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.tenantId.equals(tenantId) && k.platform.equals(platform);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, platform);
        }
    }
}
