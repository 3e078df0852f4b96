package org.microcred.enrolment.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.microcred.enrolment.service.EnrolmentQueries;
import org.microcred.support.security.Caller;

/** The commitment an earner reads, and accepts by its terms version, before enrolling. */
@Path("/api/v1/achievements/{achievementId}/commitment")
public class CommitmentResource {

    private final EnrolmentQueries queries;
    private final Caller caller;

    public CommitmentResource(EnrolmentQueries queries, Caller caller) {
        this.queries = queries;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({"earner", "assessor", "issuer-admin", "release-manager"})
    public Uni<TermsView> commitment(@RestPath UUID achievementId) {
        return queries.terms(caller.tenantId(), achievementId);
    }
}
