package org.microcred.enrolment;

/**
 * Where a version of a micro-credential or a pathway stands: DRAFT (editable) -> IN_REVIEW (submitted, no longer
 * editable; approved to PUBLISHED, or rejected or withdrawn back to DRAFT) -> PUBLISHED (never changed again) ->
 * RETIRED (no longer offered). Where the tenant turned approval off, a DRAFT is published at once.
 * {@link VersionLifecycle} holds the rules of moving between them.
 */
public enum VersionStatus { DRAFT, IN_REVIEW, PUBLISHED, RETIRED }
