package org.microcred.enrolment.pathway;

import java.util.List;
import java.util.UUID;

/**
 * How far an earner is along one pathway: "earned of required" as its rule counts (allOf: all
 * items; atLeast N: N, an item counting at most once; revoked credentials do not count).
 * {@code status}: PUBLISHED or RETIRED. {@code credentialId}: the stacked credential, once issued,
 * and its {@code credentialStatus} (ACTIVE, SUSPENDED, REVOKED).
 */
public record PathwayProgress(UUID pathwayId, int version, String name, String status, int earned, int required,
        boolean complete, UUID credentialId, String credentialStatus, List<PathwayProgressItem> items) {
}
