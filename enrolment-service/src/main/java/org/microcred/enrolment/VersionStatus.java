package org.microcred.enrolment;

/**
 * Where a version of a micro-credential or a pathway stands: DRAFT (editable) -> PUBLISHED (never changed again)
 * -> RETIRED (no longer offered). {@link VersionLifecycle} holds the rules of moving between them.
 */
public enum VersionStatus { DRAFT, PUBLISHED, RETIRED }
