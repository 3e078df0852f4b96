package org.microcred.assessment.directory;

/** What the identity provider says of a user id; {@link #UNKNOWN} when it knows no such user. */
public record DirectoryUser(boolean enabled, String tenantId, boolean assessor) {

    public static final DirectoryUser UNKNOWN = new DirectoryUser(false, null, false);

    /** An enabled user of {@code tenantId} with the assessor role; a user of another tenant is not one. */
    public boolean isAssessorOf(String tenantId) {
        return enabled && assessor && tenantId.equals(this.tenantId);
    }
}
