package org.microcred.enrolment.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.microcred.enrolment.Journey;
import org.microcred.enrolment.JourneyStep;

@ApplicationScoped
public class JourneyRepository implements PanacheRepositoryBase<Journey, UUID> {

    public Uni<List<Journey>> listForEarner(String tenantId, String earnerId, int limit) {
        return find("tenantId = ?1 and earnerId = ?2", Sort.by("updatedAt", Sort.Direction.Descending),
                tenantId, earnerId).page(0, limit).list();
    }

    public Uni<Journey> findForEarner(String tenantId, String earnerId, UUID enrolmentId) {
        return find("tenantId = ?1 and earnerId = ?2 and enrolmentId = ?3", tenantId, earnerId, enrolmentId)
                .firstResult();
    }

    public Uni<List<JourneyStep>> steps(UUID enrolmentId) {
        return getSession().chain(session -> session
                .createQuery("from JourneyStep where enrolmentId = ?1 order by occurredAt, stage", JourneyStep.class)
                .setParameter(1, enrolmentId)
                .getResultList());
    }

    /** Records a step once: a replayed event finds its step already there. */
    public Uni<Boolean> addStep(JourneyStep step) {
        return getSession().chain(session -> session.find(JourneyStep.class, step.eventId)
                .chain(existing -> existing != null
                        ? Uni.createFrom().item(false)
                        : session.persist(step).replaceWith(true)));
    }
}
