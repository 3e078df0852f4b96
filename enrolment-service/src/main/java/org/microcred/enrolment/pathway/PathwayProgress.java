package org.microcred.enrolment.pathway;

import java.util.List;
import java.util.UUID;

/**
 * How far an earner is along one pathway: "earned of required" as its rule counts (allOf: all
 * items; atLeast N: N, an item counting at most once). {@code credentialId}: the stacked credential,
 * once issued.
 */
public record PathwayProgress(UUID pathwayId, int version, String name, int earned, int required, boolean complete,
        UUID credentialId, List<PathwayProgressItem> items) {
}
