package org.microcred.issuance.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.microcred.issuance.AwardRelease;
import org.microcred.issuance.ReleaseFilter;
import org.microcred.issuance.ReleaseState;
import org.microcred.issuance.repository.AwardReleaseRepository;
import org.microcred.support.problem.ProblemException;

/** What the release-manager endpoints read, and the bulk release (one transaction per award). */
@ApplicationScoped
public class ReleaseQueries {

    private final AwardReleaseRepository releases;
    private final ReleaseService service;

    public ReleaseQueries(AwardReleaseRepository releases, ReleaseService service) {
        this.releases = releases;
        this.service = service;
    }

    /** A page of matching releases, oldest award first, and how many match in all. */
    @WithSession
    public Uni<Paged> list(String tenantId, ReleaseFilter filter, int limit, int offset) {
        return releases.list(tenantId, filter, limit, offset)
                .chain(items -> releases.count(tenantId, filter).map(total -> new Paged(items, total)));
    }

    @WithSession
    public Uni<AwardRelease> get(String tenantId, UUID id) {
        return releases.findInTenant(tenantId, id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Award release", id));
    }

    /**
     * Releases up to {@code max} awards of the filter that await release, oldest first, each in its own transaction
     * (a failure keeps those released before it; the same request again releases the rest). Held awards stay held.
     * Answers how many this call released and how many of the filter still await release.
     */
    public Uni<BulkResult> releaseAll(String tenantId, ReleaseFilter filter, int max, String managerId) {
        return service.awaiting(tenantId, filter, max)
                .onItem().transformToMulti(ids -> Multi.createFrom().iterable(ids))
                .onItem().transformToUniAndConcatenate(id -> service.releaseIfAwaiting(tenantId, id, managerId))
                .collect().asList()
                .map(results -> (int) results.stream().filter(Boolean::booleanValue).count())
                .chain(released -> remaining(tenantId, filter).map(left -> new BulkResult(released, left)));
    }

    @WithSession
    Uni<Long> remaining(String tenantId, ReleaseFilter filter) {
        return releases.count(tenantId, filter.withState(ReleaseState.AWAITING_RELEASE));
    }

    public record Paged(List<AwardRelease> items, long total) {
    }

    public record BulkResult(int released, long remaining) {
    }
}
