package org.microcred.support.outbox;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.microcred.support.audit.AuditActors;
import org.microcred.support.problem.ProblemException;
import org.microcred.support.security.Caller;

/**
 * The operator's view of a service's parked outbox rows, in every service (this library is on each one's index).
 *
 * <p>Who may call it: an {@code issuer-admin}, for the rows of their own institution only. The realm has no
 * platform role, and a parked row is almost always caused by that institution's own content (a definition, an
 * answer); the tenant scope means no admin sees or moves another institution's events. Another tenant's row, an
 * unknown id and a row that is not parked all answer the same 404.
 */
@Path(ParkedEventsResource.PATH)
@RolesAllowed("issuer-admin")
public class ParkedEventsResource {

    static final String PATH = "/api/v1/ops/outbox";

    private final ParkedEvents parked;
    private final Caller caller;
    private final AuditActors actors;

    public ParkedEventsResource(ParkedEvents parked, Caller caller, AuditActors actors) {
        this.parked = parked;
        this.caller = caller;
        this.actors = actors;
    }

    /** The gauge: parked, unpublished and dropped rows of the caller's institution. */
    @GET
    public Uni<OutboxStatusView> status() {
        return parked.status(caller.tenantId());
    }

    @GET
    @Path("/parked")
    public Uni<List<ParkedEventView>> list(@RestQuery @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return parked.list(caller.tenantId(), limit);
    }

    /** Publishes it again on the relay's next pass (after a fix: a raised limit, a topic that now exists). */
    @POST
    @Path("/parked/{eventId}/retry")
    public Uni<Void> retry(@RestPath String eventId) {
        return parked.retry(caller.tenantId(), eventId(eventId), actors.caller());
    }

    /** Gives it up for good; the row is kept in {@code outbox_dropped} with who dropped it and why. */
    @DELETE
    @Path("/parked/{eventId}")
    public Uni<Void> drop(@RestPath String eventId, @RestQuery @Size(max = 1000) String reason) {
        return parked.drop(caller.tenantId(), eventId(eventId), actors.caller(), reason);
    }

    private static UUID eventId(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("eventId", "must be a UUID");
        }
    }
}
