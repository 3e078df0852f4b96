package org.microcred.enrolment;

import java.util.UUID;

/**
 * Who an enrolment belongs to, read without loading the entity: a status change then takes the
 * seat lock and loads the row locked, so it never works on a copy read before the lock.
 */
public record EnrolmentRef(UUID id, String tenantId, UUID achievementId, String earnerId) {
}
