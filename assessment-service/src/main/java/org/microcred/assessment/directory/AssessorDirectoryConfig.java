package org.microcred.assessment.directory;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How assessment-service reaches Keycloak's admin API to look up an assignee. */
@ConfigMapping(prefix = "microcred.assessor-directory")
public interface AssessorDirectoryConfig {

    /** The realm's issuer URL ({@code http://host/realms/microcred}); the admin API is derived from it. */
    String realmUrl();

    /** A confidential client whose service account holds realm-management's {@code view-users}. */
    String clientId();

    /** From the environment ({@code MICROCRED_ASSESSMENT_SERVICE_SECRET}), never from a file in git. */
    String clientSecret();

    /** How long an answer about a user is reused: a role granted or taken away applies after at most this. */
    @WithDefault("60s")
    Duration cacheTtl();

    /** Per call to Keycloak; past it the assignment is answered 503 rather than left hanging. */
    @WithDefault("3s")
    Duration timeout();
}
