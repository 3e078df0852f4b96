package org.microcred.events.enrolment;

import java.util.UUID;

/** One micro-credential credential that counted toward a completed pathway. */
public record PathwayComponent(UUID achievementId, int achievementVersion, String name, UUID credentialId) {
}
