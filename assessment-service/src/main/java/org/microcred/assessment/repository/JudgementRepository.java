package org.microcred.assessment.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.microcred.assessment.Judgement;

@ApplicationScoped
public class JudgementRepository implements PanacheRepositoryBase<Judgement, UUID> {

    /** The task's judgements in the order they were made (first, then second). */
    public Uni<List<Judgement>> forTask(UUID taskId) {
        return list("taskId", Sort.by("decidedAt"), taskId);
    }
}
