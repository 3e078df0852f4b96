-- A pathway's stacked credential (credential.issued with pathwayId) ends no single enrolment: its
-- enrolment_id is null and pathway_id says which pathway it stacks. Every credential has one or the other.
ALTER TABLE wallet_credential
    ALTER COLUMN enrolment_id DROP NOT NULL,
    ADD COLUMN pathway_id UUID,
    ADD CONSTRAINT wallet_credential_journey CHECK (enrolment_id IS NOT NULL OR pathway_id IS NOT NULL);
