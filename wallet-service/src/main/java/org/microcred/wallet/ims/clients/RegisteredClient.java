package org.microcred.wallet.ims.clients;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A platform registered for a tenant: the Keycloak client it got and what it registered with (V14). */
@Entity
@Table(name = "registered_ims_client")
public class RegisteredClient {

    @Id
    @Column(name = "client_id")
    public String clientId;

    @Column(name = "keycloak_id", nullable = false)
    public String keycloakId;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "client_name", nullable = false)
    public String clientName;

    @Column(name = "client_uri", nullable = false)
    public String clientUri;

    @Column(name = "logo_uri", nullable = false)
    public String logoUri;

    /** The registered metadata as the registration answered it (JSON). */
    @Column(nullable = false)
    public String metadata;

    @Column(name = "registered_from", nullable = false)
    public String registeredFrom;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
