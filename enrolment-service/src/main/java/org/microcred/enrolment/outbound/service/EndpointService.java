package org.microcred.enrolment.outbound.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.microcred.enrolment.Page;
import org.microcred.enrolment.outbound.EndpointRules;
import org.microcred.enrolment.outbound.OutboundConfig;
import org.microcred.enrolment.outbound.OutboundEndpoint;
import org.microcred.enrolment.outbound.repository.OutboundEndpoints;
import org.microcred.enrolment.outbound.rest.EndpointPatch;
import org.microcred.enrolment.outbound.rest.EndpointRequest;
import org.microcred.enrolment.outbound.rest.OutboundViews;
import org.microcred.enrolment.outbound.rest.OutboundViews.EndpointView;
import org.microcred.support.metrics.AfterCommit;
import org.microcred.support.persistence.AdvisoryLocks;
import org.microcred.support.problem.ProblemException;

/** The institution's endpoints: subscribe, change, rotate the secret, remove. Every call is scoped to the tenant. */
@ApplicationScoped
public class EndpointService {

    private final OutboundEndpoints endpoints;
    private final EndpointSecrets secrets;
    private final OutboundUrlGuard guard;
    private final AdvisoryLocks locks;
    private final OutboundSender sender;
    private final OutboundConfig config;

    public EndpointService(OutboundEndpoints endpoints, EndpointSecrets secrets, OutboundUrlGuard guard,
            AdvisoryLocks locks, OutboundSender sender, OutboundConfig config) {
        this.endpoints = endpoints;
        this.secrets = secrets;
        this.guard = guard;
        this.locks = locks;
        this.sender = sender;
        this.config = config;
    }

    public Uni<EndpointView> create(String tenant, EndpointRequest request) {
        secrets.requireAvailable();
        if (request == null) {
            throw ProblemException.invalid("url", "required");
        }
        EndpointRules.check(request.eventTypes(), true, request.description(), request.contactEmail());
        return guard.check(request.url()).chain(target -> Panache.withTransaction(() ->
                // Two creations at once count each other: the limit holds.
                locks.lock("outbound-endpoints", tenant).chain(locked -> endpoints.countOf(tenant)).chain(count -> {
                    if (count >= config.maxEndpointsPerTenant()) {
                        throw new ProblemException(422, "too-many-webhook-endpoints", "Too many webhook endpoints",
                                "An institution has at most " + config.maxEndpointsPerTenant() + " endpoints");
                    }
                    Instant now = Instant.now();
                    OutboundEndpoint e = new OutboundEndpoint();
                    e.id = UUID.randomUUID();
                    e.tenantId = tenant;
                    e.url = request.url();
                    e.types(request.eventTypes());
                    e.description = request.description();
                    e.contactEmail = request.contactEmail();
                    e.enabled = true;
                    e.createdAt = now;
                    e.updatedAt = now;
                    String secret = secrets.rotate(e, now);
                    return endpoints.persist(e).map(saved -> OutboundViews.view(saved, secret));
                })));
    }

    public Uni<Page<EndpointView>> list(String tenant, int limit, int offset) {
        return Panache.withSession(() -> endpoints.page(tenant, limit, offset))
                .map(page -> page.map(e -> OutboundViews.view(e, null)));
    }

    public Uni<EndpointView> get(String tenant, UUID id) {
        return Panache.withSession(() -> owned(tenant, id)).map(e -> OutboundViews.view(e, null));
    }

    public Uni<EndpointView> patch(String tenant, UUID id, EndpointPatch patch) {
        if (patch == null) {
            throw ProblemException.invalid("body", "required: the fields to change");
        }
        EndpointRules.check(patch.eventTypes(), false, patch.description(), patch.contactEmail());
        Uni<Void> urlChecked = patch.url() == null ? Uni.createFrom().voidItem()
                : guard.check(patch.url()).replaceWithVoid();
        return urlChecked.chain(checked -> Panache.withTransaction(() -> owned(tenant, id).map(e -> {
            if (patch.url() != null) {
                e.url = patch.url();
            }
            if (patch.eventTypes() != null) {
                e.types(patch.eventTypes());
            }
            if (patch.description() != null) {
                e.description = patch.description().isEmpty() ? null : patch.description();
            }
            if (patch.contactEmail() != null) {
                e.contactEmail = patch.contactEmail();
            }
            if (patch.enabled() != null) {
                if (patch.enabled() && !e.enabled) {
                    // Its waiting deliveries go out again.
                    AfterCommit.run(sender::wake);
                }
                e.enabled = patch.enabled();
                e.disabledReason = null;
            }
            e.updatedAt = Instant.now();
            return OutboundViews.view(e, null);
        })));
    }

    public Uni<Void> delete(String tenant, UUID id) {
        return Panache.withTransaction(() -> owned(tenant, id).chain(endpoints::delete));
    }

    /** A new secret, answered once; the previous one signs too for {@code rotation-overlap}. */
    public Uni<EndpointView> rotate(String tenant, UUID id) {
        secrets.requireAvailable();
        return Panache.withTransaction(() -> owned(tenant, id).map(e -> {
            Instant now = Instant.now();
            String secret = secrets.rotate(e, now);
            e.updatedAt = now;
            return OutboundViews.view(e, secret);
        }));
    }

    /** The tenant's endpoint; 404 otherwise. */
    Uni<OutboundEndpoint> owned(String tenant, UUID id) {
        return endpoints.owned(tenant, id).map(e -> {
            if (e == null) {
                throw ProblemException.notFound("Webhook endpoint", id);
            }
            return e;
        });
    }
}
