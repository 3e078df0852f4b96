package org.microcred.assessment.directory;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.microcred.support.problem.ProblemException;

/**
 * Answers whether a user id names an assessor of a tenant, from Keycloak ({@link DirectoryUsers}). When Keycloak
 * cannot tell (unreachable, slow, or refusing this service's client secret) the answer is 503, never a 500 and
 * never taken as "yes".
 */
@ApplicationScoped
public class AssessorDirectory {

    private static final Logger LOG = Logger.getLogger(AssessorDirectory.class);

    private final DirectoryUsers users;

    public AssessorDirectory(DirectoryUsers users) {
        this.users = users;
    }

    /**
     * Completes when {@code userId} is an enabled user of {@code tenantId} with the assessor role; fails with
     * 422 {@code not-an-assessor} otherwise (a user of another tenant is answered like an unknown one), and with
     * 503 {@code directory-unavailable} when Keycloak cannot tell.
     */
    public Uni<Void> requireAssessor(String tenantId, String userId) {
        return users.find(userId)
                .onFailure().transform(AssessorDirectory::unavailable)
                .map(user -> {
                    if (!user.isAssessorOf(tenantId)) {
                        throw new ProblemException(422, "not-an-assessor", "Not an assessor",
                                "User " + userId + " is not an assessor of this institution");
                    }
                    return null;
                });
    }

    private static ProblemException unavailable(Throwable cause) {
        LOG.warnf("Keycloak could not be asked whether a user is an assessor: %s", cause.toString());
        return new ProblemException(503, "directory-unavailable", "Directory unavailable",
                "The identity provider could not be asked whether the user is an assessor; try again shortly");
    }
}
