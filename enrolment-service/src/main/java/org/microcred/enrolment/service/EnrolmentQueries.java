package org.microcred.enrolment.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.microcred.enrolment.Enrolment;
import org.microcred.enrolment.Page;
import org.microcred.enrolment.repository.AchievementRepository;
import org.microcred.enrolment.repository.EnrolmentRepository;
import org.microcred.enrolment.rest.EnrolmentView;
import org.microcred.enrolment.rest.TermsView;
import org.microcred.events.enrolment.EnrolmentStatus;
import org.microcred.support.problem.ProblemException;

/** Reading enrolments: the commitment to accept, an earner's enrolments, a micro-credential's roster. */
@ApplicationScoped
public class EnrolmentQueries {

    /** The {@code ?status=} filter of the enrolment lists: one of the statuses, by name. */
    public static final String STATUSES =
            "PENDING_CONFIRMATION|WAITLISTED|ACTIVE|COMPLETED|WITHDRAWN|EXPIRED|DECLINED";

    private final AchievementRepository achievements;
    private final EnrolmentRepository enrolments;
    private final Seats seats;

    public EnrolmentQueries(AchievementRepository achievements, EnrolmentRepository enrolments, Seats seats) {
        this.achievements = achievements;
        this.enrolments = enrolments;
        this.seats = seats;
    }

    /** The current published version's commitment; 404 when none is published (or it is retired). */
    @WithSession
    public Uni<TermsView> terms(String tenantId, UUID achievementId) {
        return achievements.findCurrentPublished(tenantId, achievementId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Micro-credential", achievementId))
                .chain(current -> seats.placesLeft(achievementId, current.capacity)
                        .map(left -> TermsView.of(current, left, Instant.now())));
    }

    @WithSession
    public Uni<Page<EnrolmentView>> ofEarner(String tenantId, String earnerId, EnrolmentStatus status, int limit,
            int offset) {
        return enrolments.listForEarner(tenantId, earnerId, status, offset, limit)
                .chain(this::views)
                .chain(items -> enrolments.countForEarner(tenantId, earnerId, status)
                        .map(total -> new Page<>(items, total, limit, offset)));
    }

    /** One enrolment: the earner's own, or any of the tenant's for staff; another's answers 404. */
    @WithSession
    public Uni<EnrolmentView> one(String tenantId, String earnerId, boolean staff, UUID id) {
        return enrolments.findInTenant(tenantId, id)
                .invoke(e -> {
                    if (e == null || (!staff && !e.earnerId.equals(earnerId))) {
                        throw ProblemException.notFound("Enrolment", id);
                    }
                })
                .chain(this::view);
    }

    /** The roster in arrival order; 404 for a micro-credential the tenant does not have. */
    @WithSession
    public Uni<Page<EnrolmentView>> roster(String tenantId, UUID achievementId, EnrolmentStatus status, int limit,
            int offset) {
        // Versions are numbered from 1 and never deleted: version 1 exists iff the micro-credential does.
        return achievements.findVersion(tenantId, achievementId, 1)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Micro-credential", achievementId))
                .chain(() -> enrolments.roster(tenantId, achievementId, status, offset, limit))
                .chain(this::views)
                .chain(items -> enrolments.countRoster(tenantId, achievementId, status)
                        .map(total -> new Page<>(items, total, limit, offset)));
    }

    /** A {@code ?status=} filter (matching {@link #STATUSES}) as a status; null (no filter) when absent. */
    public static EnrolmentStatus statusOf(String status) {
        return status == null ? null : EnrolmentStatus.valueOf(status);
    }

    @WithSession
    public Uni<EnrolmentView> view(Enrolment e) {
        Uni<Long> position = e.status == EnrolmentStatus.WAITLISTED ? enrolments.waitlistPosition(e)
                : Uni.createFrom().nullItem();
        return position.map(p -> EnrolmentView.of(e, p));
    }

    private Uni<List<EnrolmentView>> views(List<Enrolment> list) {
        return Multi.createFrom().iterable(list).onItem().transformToUniAndConcatenate(this::view).collect().asList();
    }
}
