package org.microcred.issuance.oid4vci;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.microcred.support.capability.CapabilityValues;

/** The nonce endpoint's {@code c_nonce} values (OpenID4VCI 1.0 §7): stored, single use, expiring. */
@ApplicationScoped
public class Nonces {

    private final Oid4vciRepository store;
    private final Oid4vciConfig config;

    public Nonces(Oid4vciRepository store, Oid4vciConfig config) {
        this.store = store;
        this.config = config;
    }

    @WithTransaction
    public Uni<String> issue(String tenantId) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Nonce nonce = new Nonce();
        nonce.nonce = CapabilityValues.newValue();
        nonce.tenantId = tenantId;
        nonce.createdAt = now;
        nonce.expiresAt = now.plus(config.nonceLifetime());
        return store.persist(nonce).replaceWith(nonce.nonce);
    }
}
