package org.microcred.submission.service;

import org.microcred.submission.Submission;

/**
 * Who asks, as the service needs to know: their institution, their user id, and whether they are
 * staff (assessor or issuer-admin) who may read every submission of the institution.
 */
public record Requester(String tenantId, String userId, boolean staff) {

    public static Requester earner(String tenantId, String userId) {
        return new Requester(tenantId, userId, false);
    }

    /** Queries are already scoped to the tenant; this decides within it. */
    public boolean maySee(Submission submission) {
        return staff || submission.earnerId.equals(userId);
    }
}
