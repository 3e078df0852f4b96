package org.microcred.submission;

/**
 * Who asks, as the service needs to know: their institution, their user id, and which staff
 * roles they hold. Issuer-admins read every submission of their institution; assessors read only
 * the attempts currently assigned to them (decided with the assignment read model).
 */
public record Requester(String tenantId, String userId, boolean issuerAdmin, boolean assessor) {

    public static Requester earner(String tenantId, String userId) {
        return new Requester(tenantId, userId, false, false);
    }

    /** Queries are already scoped to the tenant; true when no assignment needs to be looked up. */
    public boolean seesWithoutAssignment(Submission submission) {
        return issuerAdmin || submission.earnerId.equals(userId);
    }
}
