package org.microcred.enrolment.governance.rest;

import java.time.Instant;

/** A tenant's governance settings; {@code updatedBy}/{@code updatedAt} null while they are the defaults. */
public record SettingsView(boolean publicationApproval, String updatedBy, Instant updatedAt) {
}
