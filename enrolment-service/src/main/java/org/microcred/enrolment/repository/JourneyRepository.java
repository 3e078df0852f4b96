package org.microcred.enrolment.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.microcred.enrolment.Journey;
import org.microcred.enrolment.JourneyFeedback;
import org.microcred.enrolment.JourneyStep;

/** The dashboard's rows, their timelines and their feedback history. */
@ApplicationScoped
public class JourneyRepository implements PanacheRepositoryBase<Journey, UUID> {

    public Uni<List<Journey>> listForEarner(String tenantId, String earnerId, int offset, int limit) {
        return find("tenantId = ?1 and earnerId = ?2",
                Sort.by("updatedAt", Sort.Direction.Descending).and("enrolmentId"), tenantId, earnerId)
                .range(offset, offset + limit - 1).list();
    }

    public Uni<Long> countForEarner(String tenantId, String earnerId) {
        return count("tenantId = ?1 and earnerId = ?2", tenantId, earnerId);
    }

    public Uni<Journey> findForEarner(String tenantId, String earnerId, UUID enrolmentId) {
        return find("tenantId = ?1 and earnerId = ?2 and enrolmentId = ?3", tenantId, earnerId, enrolmentId)
                .firstResult();
    }

    /** Loads the row locked for update: events of different topics may update one journey at once. */
    public Uni<Journey> lock(UUID enrolmentId) {
        return findById(enrolmentId, LockModeType.PESSIMISTIC_WRITE);
    }

    public Uni<List<JourneyStep>> steps(UUID enrolmentId) {
        return getSession().chain(session -> session
                .createQuery("from JourneyStep where enrolmentId = ?1 order by occurredAt, eventId", JourneyStep.class)
                .setParameter(1, enrolmentId)
                .getResultList());
    }

    /** The decisions of these journeys, oldest first (by attempt, then time). */
    public Uni<List<JourneyFeedback>> feedback(Collection<UUID> enrolmentIds) {
        if (enrolmentIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return getSession().chain(session -> session
                .createQuery("from JourneyFeedback where enrolmentId in ?1 order by attempt, decidedAt, eventId",
                        JourneyFeedback.class)
                .setParameter(1, enrolmentIds)
                .getResultList());
    }

    /** Records a step once: a replayed event finds its step already there. */
    public Uni<Boolean> addStep(JourneyStep step) {
        return persistOnce(JourneyStep.class, step.eventId, step);
    }

    /** Records a decision once, keyed by its event. */
    public Uni<Boolean> addFeedback(JourneyFeedback feedback) {
        return persistOnce(JourneyFeedback.class, feedback.eventId, feedback);
    }

    /** Persists the row unless one with its id exists (false then): redelivered events add nothing. */
    private <T> Uni<Boolean> persistOnce(Class<T> type, UUID id, T row) {
        return getSession().chain(session -> session.find(type, id)
                .chain(existing -> existing != null
                        ? Uni.createFrom().item(false)
                        : session.persist(row).replaceWith(true)));
    }
}
