-- When the earner enrolled (from submission.submitted), so the decision event can state the
-- activity's start. Null for tasks received before producers filled it.
ALTER TABLE assessment_task ADD COLUMN enrolled_at TIMESTAMPTZ;
