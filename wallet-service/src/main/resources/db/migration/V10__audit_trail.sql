-- The audit trail (service-support's org.microcred.support.audit; docs/audit-trail.md): one chain of records per
-- tenant, each hashed over its fields and the previous record's hash. Append-only.
CREATE TABLE audit_record (
    tenant_id    TEXT        NOT NULL,
    seq          BIGINT      NOT NULL CHECK (seq >= 1),     -- 1, 2, 3... per tenant, no gaps
    recorded_at  TIMESTAMPTZ NOT NULL,
    actor_type   TEXT        NOT NULL CHECK (actor_type IN ('user', 'service')),
    actor_id     TEXT        NOT NULL,                      -- the token's subject, or the service's name
    actor_roles  TEXT        NOT NULL,                      -- canonical JSON array of role names, sorted
    event_id     UUID,                                      -- the consumed event a service acted on
    action       TEXT        NOT NULL,                      -- credential.revoked, issuer-key.rotated...
    object_type  TEXT        NOT NULL,
    object_id    TEXT        NOT NULL,
    before_state TEXT,                                      -- canonical JSON (RFC 8785), null where there is none
    after_state  TEXT,
    prev_hash    TEXT        NOT NULL,                      -- hex SHA-256 of record seq - 1 (64 zeros for seq 1)
    hash         TEXT        NOT NULL,
    PRIMARY KEY (tenant_id, seq)
);
CREATE INDEX audit_record_recorded ON audit_record (tenant_id, recorded_at);
CREATE INDEX audit_record_object ON audit_record (tenant_id, object_type, object_id);
CREATE INDEX audit_record_actor ON audit_record (tenant_id, actor_id);

-- Each tenant's last record, locked by every append (so one tenant's records are numbered one after the other) and
-- read by the verifier (so a record deleted at the end is found missing too).
CREATE TABLE audit_chain_head (
    tenant_id  TEXT   PRIMARY KEY,
    seq        BIGINT NOT NULL,
    hash       TEXT   NOT NULL
);

-- Append-only: the service's own role cannot change or remove a record. The table's owner could disable the trigger;
-- the chain then still shows what was changed (hash-mismatch) or removed (missing-record).
CREATE FUNCTION audit_record_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_record is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_record_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_record
    FOR EACH ROW EXECUTE FUNCTION audit_record_append_only();
CREATE TRIGGER audit_record_no_truncate BEFORE TRUNCATE ON audit_record
    FOR EACH STATEMENT EXECUTE FUNCTION audit_record_append_only();
