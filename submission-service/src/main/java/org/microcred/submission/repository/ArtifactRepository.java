package org.microcred.submission.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.microcred.submission.Artifact;

@ApplicationScoped
public class ArtifactRepository implements PanacheRepositoryBase<Artifact, UUID> {

    public Uni<List<Artifact>> ofSubmission(UUID submissionId) {
        return find("submissionId = ?1", Sort.by("uploadedAt").and("id"), submissionId).list();
    }

    public Uni<List<Artifact>> ofSubmissions(List<UUID> submissionIds) {
        return find("submissionId in ?1", Sort.by("uploadedAt").and("id"), submissionIds).list();
    }

    public Uni<Long> countOfSubmission(UUID submissionId) {
        return count("submissionId = ?1", submissionId);
    }

    public Uni<Artifact> findOfSubmission(UUID submissionId, UUID id) {
        return find("submissionId = ?1 and id = ?2", submissionId, id).firstResult();
    }
}
