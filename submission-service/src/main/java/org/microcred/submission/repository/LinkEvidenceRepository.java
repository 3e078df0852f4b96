package org.microcred.submission.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.microcred.submission.LinkEvidence;

@ApplicationScoped
public class LinkEvidenceRepository implements PanacheRepositoryBase<LinkEvidence, UUID> {

    public Uni<List<LinkEvidence>> ofSubmission(UUID submissionId) {
        return find("submissionId = ?1", Sort.by("addedAt").and("id"), submissionId).list();
    }

    public Uni<List<LinkEvidence>> ofSubmissions(List<UUID> submissionIds) {
        return find("submissionId in ?1", Sort.by("addedAt").and("id"), submissionIds).list();
    }
}
