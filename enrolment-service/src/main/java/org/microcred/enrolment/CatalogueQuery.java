package org.microcred.enrolment;

import java.util.List;
import java.util.UUID;

/**
 * A catalogue search. Null fields do not filter. {@code status} null: earners get PUBLISHED, admins
 * the newest version of any status; {@code achievementIds} (from a pathway filter) limits the ids.
 */
public record CatalogueQuery(
        String tenantId,
        boolean admin,
        String q,
        String tag,
        String alignment,
        String level,
        Integer minHours,
        Integer maxHours,
        String deliveryMode,
        VersionStatus status,
        List<UUID> achievementIds,
        int limit,
        int offset) {

    public CatalogueQuery withAchievementIds(List<UUID> ids) {
        return new CatalogueQuery(tenantId, admin, q, tag, alignment, level, minHours, maxHours, deliveryMode,
                status, ids, limit, offset);
    }

    /** What earners may see: published versions only, whatever they asked. */
    public VersionStatus effectiveStatus() {
        return admin ? status : VersionStatus.PUBLISHED;
    }
}
