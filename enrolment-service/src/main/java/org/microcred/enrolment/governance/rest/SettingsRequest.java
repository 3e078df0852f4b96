package org.microcred.enrolment.governance.rest;

import jakarta.validation.constraints.NotNull;

/** A tenant's governance settings as a release-manager sets them. */
public record SettingsRequest(@NotNull Boolean publicationApproval) {
}
