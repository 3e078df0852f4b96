-- How each published version is earned: 'performance' (an assessor judges evidence against the rubric) or
-- 'progress' (LMS activity by its progress rule). A progress credential states the score against it.
ALTER TABLE catalogue_achievement
    ADD COLUMN benchmark_kind    TEXT,       -- null: performance (older catalogue events)
    ADD COLUMN progress_rule     TEXT;       -- JSON catalogue.ProgressRule, or null

-- A pathway's stacked credential: issued from enrolment.pathway.completed, not from an assessment. Its
-- achievement_id / achievement_version are the pathway's id and version; it has no enrolment and no assessment.
ALTER TABLE issued_credential
    ALTER COLUMN enrolment_id  DROP NOT NULL,
    ALTER COLUMN assessment_id DROP NOT NULL,
    ADD COLUMN pathway_id UUID,
    ADD CONSTRAINT issued_credential_kind CHECK (
        (pathway_id IS NULL AND enrolment_id IS NOT NULL AND assessment_id IS NOT NULL)
        OR (pathway_id IS NOT NULL AND pathway_id = achievement_id AND enrolment_id IS NULL AND assessment_id IS NULL));
-- Natural uniqueness: one stacked credential per earner and pathway version, however often completion is announced.
CREATE UNIQUE INDEX issued_credential_pathway_once
    ON issued_credential (tenant_id, earner_id, pathway_id, achievement_version) WHERE pathway_id IS NOT NULL;
