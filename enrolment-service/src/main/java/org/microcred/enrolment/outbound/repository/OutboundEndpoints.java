package org.microcred.enrolment.outbound.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.microcred.enrolment.Page;
import org.microcred.enrolment.outbound.OutboundEndpoint;

/** The endpoints, always scoped by tenant. */
@ApplicationScoped
public class OutboundEndpoints implements PanacheRepositoryBase<OutboundEndpoint, UUID> {

    private static final String OWNED = "from OutboundEndpoint e where e.id = :id and e.tenantId = :tenant";
    private static final String LIST = "from OutboundEndpoint e where e.tenantId = :tenant order by e.createdAt, e.id";
    private static final String COUNT = "select count(e) from OutboundEndpoint e where e.tenantId = :tenant";
    // The types are a comma-separated list; type names hold no LIKE wildcard ([a-z.]).
    private static final String SUBSCRIBED = "from OutboundEndpoint e where e.tenantId = :tenant and e.enabled = true"
            + " and concat(',', e.eventTypes, ',') like :pattern order by e.createdAt, e.id";

    /** The tenant's endpoint, or null (another tenant's is null too). */
    public Uni<OutboundEndpoint> owned(String tenant, UUID id) {
        return Panache.getSession().chain(s -> s.createSelectionQuery(OWNED, OutboundEndpoint.class)
                .setParameter("id", id).setParameter("tenant", tenant).getResultList())
                .map(rows -> rows.isEmpty() ? null : rows.get(0));
    }

    public Uni<Page<OutboundEndpoint>> page(String tenant, int limit, int offset) {
        return Panache.getSession().chain(s -> s.createSelectionQuery(LIST, OutboundEndpoint.class)
                .setParameter("tenant", tenant).setFirstResult(offset).setMaxResults(limit).getResultList()
                .chain(items -> countOf(tenant).map(total -> new Page<>(items, total, limit, offset))));
    }

    public Uni<Long> countOf(String tenant) {
        return Panache.getSession().chain(s -> s.createSelectionQuery(COUNT, Long.class)
                .setParameter("tenant", tenant).getSingleResult());
    }

    /** The tenant's enabled endpoints subscribed to {@code type}. */
    public Uni<List<OutboundEndpoint>> subscribed(String tenant, String type) {
        return Panache.getSession().chain(s -> s.createSelectionQuery(SUBSCRIBED, OutboundEndpoint.class)
                .setParameter("tenant", tenant).setParameter("pattern", "%," + type + ",%").getResultList());
    }
}
