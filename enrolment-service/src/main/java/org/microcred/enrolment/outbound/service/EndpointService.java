package org.microcred.enrolment.outbound.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
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
import org.microcred.support.audit.AuditActors;
import org.microcred.support.audit.AuditState;
import org.microcred.support.audit.AuditTrail;
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
    private final AuditTrail audit;
    private final AuditActors actors;

    public EndpointService(OutboundEndpoints endpoints, EndpointSecrets secrets, OutboundUrlGuard guard,
            AdvisoryLocks locks, OutboundSender sender, OutboundConfig config, AuditTrail audit, AuditActors actors) {
        this.audit = audit;
        this.actors = actors;
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
                    return endpoints.persist(e)
                            .call(saved -> audited("webhook.subscription.created", saved, null,
                                    state(saved).put("secret", "set")))
                            .map(saved -> OutboundViews.view(saved, secret));
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
        return urlChecked.chain(checked -> Panache.withTransaction(() -> owned(tenant, id).chain(e -> {
            ObjectNode before = state(e);
            String urlBefore = e.url;
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
            ObjectNode after = state(e);
            if (!urlBefore.equals(e.url)) {
                after.put("urlChanged", true);
            }
            return audited("webhook.subscription.changed", e, before, after).replaceWith(OutboundViews.view(e, null));
        })));
    }

    public Uni<Void> delete(String tenant, UUID id) {
        return Panache.withTransaction(() -> owned(tenant, id)
                .call(e -> audited("webhook.subscription.deleted", e, state(e), null))
                .chain(endpoints::delete));
    }

    /** A new secret, answered once; the previous one signs too for {@code rotation-overlap}. */
    public Uni<EndpointView> rotate(String tenant, UUID id) {
        secrets.requireAvailable();
        return Panache.withTransaction(() -> owned(tenant, id).chain(e -> {
            Instant now = Instant.now();
            String secret = secrets.rotate(e, now);
            e.updatedAt = now;
            // Never the secret itself: that it was rotated, and until when the previous one still signs.
            return audited("webhook.subscription.secret-rotated", e, AuditState.of("secret", "set"),
                    AuditState.of("secret", "rotated", "previousSecretUntil", e.previousSecretUntil))
                    .replaceWith(OutboundViews.view(e, secret));
        }));
    }

    /**
     * What an audit record states of an endpoint: where it points (scheme, host and port only: a path or query may
     * carry a token), what it is subscribed to, whether it is enabled. Never its secret or contact address.
     */
    private static ObjectNode state(OutboundEndpoint e) {
        return AuditState.of("url", origin(e.url), "eventTypes", e.types(), "enabled", e.enabled,
                "disabledReason", e.disabledReason);
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    private Uni<?> audited(String action, OutboundEndpoint e, ObjectNode before, ObjectNode after) {
        return audit.record(actors.caller(), e.tenantId, action, "webhook-subscription", e.id.toString(), before,
                after);
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
