package org.microcred.enrolment.governance;

/**
 * Who acts on a version: the user id (the token's {@code sub}) and the role they act in ({@code issuer-admin} or
 * {@code release-manager}), as the review history and events record them.
 */
public record Actor(String userId, String role) {

    public static final String ISSUER_ADMIN = "issuer-admin";
    public static final String RELEASE_MANAGER = "release-manager";

    public boolean isReleaseManager() {
        return RELEASE_MANAGER.equals(role);
    }
}
