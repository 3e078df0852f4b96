package org.microcred.support.audit;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.microcred.events.EventEnvelope;

/**
 * Makes the {@link AuditActor} of the current unit of work: the caller of a request (the token's subject, as
 * {@code Caller.userId()} names it, and the roles {@code @RolesAllowed} checked), or this service for a consumed event.
 */
@ApplicationScoped
public class AuditActors {

    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private final String serviceName;

    public AuditActors(SecurityIdentity identity, JsonWebToken token,
            @ConfigProperty(name = "quarkus.application.name") String serviceName) {
        this.identity = identity;
        this.token = token;
        this.serviceName = serviceName;
    }

    /** The authenticated caller of the current request. */
    public AuditActor caller() {
        return AuditActor.user(token.getSubject(), identity.getRoles());
    }

    /** This service, acting on a consumed event (the event's id says which). */
    public AuditActor event(EventEnvelope<?> envelope) {
        return AuditActor.service(serviceName, envelope.eventId());
    }

    /** This service, acting on its own (no request, no event): a background pass. */
    public AuditActor service() {
        return AuditActor.service(serviceName, null);
    }
}
