-- 1EdTech platforms registered by dynamic client registration (issue 17; ims/clients): one row per Keycloak client
-- created for a tenant. Keycloak holds the client itself (secret, redirect URIs, scopes); this row ties it to the
-- tenant, caps clients per tenant, and lets the tenant's admin and its earners see and remove it.
CREATE TABLE registered_ims_client (
    client_id           TEXT        PRIMARY KEY,           -- the OAuth client_id (Keycloak's clientId)
    keycloak_id         TEXT        NOT NULL UNIQUE,       -- Keycloak's internal id, for the admin API
    tenant_id           TEXT        NOT NULL,
    client_name         TEXT        NOT NULL,
    client_uri          TEXT        NOT NULL,
    logo_uri            TEXT        NOT NULL,
    metadata            TEXT        NOT NULL,              -- the registered metadata as answered, as JSON
    registered_from     TEXT        NOT NULL,              -- the client address (IPv4, IPv6 /64) that registered it
    created_at          TIMESTAMPTZ NOT NULL
);
CREATE INDEX registered_ims_client_by_tenant ON registered_ims_client (tenant_id, created_at DESC);
