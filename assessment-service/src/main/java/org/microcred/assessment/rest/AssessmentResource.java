package org.microcred.assessment.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.microcred.assessment.AssessmentTask;
import org.microcred.assessment.directory.AssessorDirectory;
import org.microcred.assessment.repository.AssessmentTaskRepository.Assignee;
import org.microcred.assessment.repository.AssessmentTaskRepository.QueueFilter;
import org.microcred.assessment.service.AssessmentQueries;
import org.microcred.assessment.service.AssignmentService;
import org.microcred.assessment.service.DecisionService;
import org.microcred.assessment.service.TaskDetails;
import org.microcred.events.assessment.CriterionScore;
import org.microcred.events.assessment.Decision;
import org.microcred.support.audit.AuditActor;
import org.microcred.support.audit.AuditActors;
import org.microcred.support.security.Caller;

/** Assessors and issuer-admins work through their institution's queue: claim, assign, release, decide. */
@Path("/api/v1/assessments")
public class AssessmentResource {

    static final String STATUSES = "PENDING|IN_REVIEW|AWAITING_SECOND_MARK|SECOND_REVIEW|DECIDED|WITHDRAWN";
    private static final String ISSUER_ADMIN = "issuer-admin";

    private final AssessmentQueries queries;
    private final AssignmentService assignments;
    private final DecisionService decisions;
    private final AssessorDirectory assessors;
    private final Caller caller;
    private final SecurityIdentity identity;
    private final AuditActors actors;

    public AssessmentResource(AssessmentQueries queries, AssignmentService assignments, DecisionService decisions,
            AssessorDirectory assessors, Caller caller, SecurityIdentity identity, AuditActors actors) {
        this.queries = queries;
        this.assessors = assessors;
        this.assignments = assignments;
        this.decisions = decisions;
        this.caller = caller;
        this.identity = identity;
        this.actors = actors;
    }

    /**
     * The tenant's tasks, oldest submission first. Without {@code status}, the open ones (pending,
     * in review, awaiting or in second review); {@code assignee} me (held by the caller in either
     * role), none (waiting for a claim) or any; {@code submissionId} finds one submission's task.
     */
    @GET
    @RolesAllowed({"assessor", ISSUER_ADMIN})
    public Uni<PageView<QueueItemView>> queue(
            @QueryParam("status") @Pattern(regexp = STATUSES, message = "one of " + STATUSES) String status,
            @QueryParam("achievementId") UUID achievementId,
            @QueryParam("submissionId") UUID submissionId,
            @QueryParam("assignee") @DefaultValue("any") @Pattern(regexp = "me|none|any",
                    message = "one of me, none, any") String assignee,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(10000) int offset) {
        Set<AssessmentTask.Status> statuses = status != null ? EnumSet.of(AssessmentTask.Status.valueOf(status))
                : AssessmentTask.Status.OPEN;
        QueueFilter filter = new QueueFilter(statuses, achievementId, submissionId,
                Assignee.valueOf(assignee.toUpperCase(Locale.ROOT)), caller.userId());
        Instant now = Instant.now();
        return queries.queue(caller.tenantId(), filter, limit, offset).map(page -> new PageView<>(
                page.items().stream().map(found -> AssessmentMapper.toQueueItem(found, now)).toList(),
                page.total(), limit, offset));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"assessor", ISSUER_ADMIN})
    public Uni<AssessmentView> get(@RestPath UUID id) {
        return queries.get(caller.tenantId(), id).map(this::toView);
    }

    /** The caller takes the task (or the second marking of an award awaiting it). */
    @POST
    @Path("/{id}/claim")
    @RolesAllowed("assessor")
    public Uni<AssessmentView> claim(@RestPath UUID id) {
        return assignments.claim(actors.caller(), caller.tenantId(), caller.userId(), id).map(this::toView);
    }

    /** The holder, or an issuer-admin, gives the current step back to the queue. */
    @POST
    @Path("/{id}/release")
    @RolesAllowed({"assessor", ISSUER_ADMIN})
    public Uni<AssessmentView> release(@RestPath UUID id) {
        return assignments.release(actors.caller(), caller.tenantId(), caller.userId(),
                        identity.hasRole(ISSUER_ADMIN), id)
                .map(this::toView);
    }

    /**
     * An issuer-admin gives the current step (first or second marking) to an assessor: an enabled user of the
     * same institution with the assessor role in Keycloak (422 otherwise, 503 when Keycloak cannot tell).
     */
    @POST
    @Path("/{id}/assign")
    @RolesAllowed(ISSUER_ADMIN)
    public Uni<AssessmentView> assign(@RestPath UUID id, @NotNull @Valid AssignRequest request) {
        String tenantId = caller.tenantId();
        AuditActor admin = actors.caller();
        // The task first: another institution's task is a 404 whoever the assignee is.
        return queries.requireTask(tenantId, id)
                .chain(() -> assessors.requireAssessor(tenantId, request.assessorId()))
                .chain(() -> assignments.assign(admin, tenantId, id, request.assessorId()))
                .map(this::toView);
    }

    /** Records the holder's judgement and answers the task, decided or awaiting its second marker. */
    @POST
    @Path("/{id}/decision")
    @RolesAllowed("assessor")
    public Uni<AssessmentView> decide(@RestPath UUID id, @NotNull @Valid DecisionRequest request) {
        List<CriterionScore> scores = request.scores().stream()
                .map(s -> new CriterionScore(s.criterionId(), s.levelId(), s.feedback()))
                .toList();
        Decision requested = request.outcome() != null ? Decision.valueOf(request.outcome()) : null;
        return decisions.decide(actors.caller(), caller.tenantId(), caller.userId(), id,
                        new DecisionService.Judged(scores, request.feedback(), requested))
                .map(this::toView);
    }

    private AssessmentView toView(TaskDetails found) {
        return AssessmentMapper.toView(found,
                new AssessmentMapper.Viewer(caller.userId(), identity.hasRole(ISSUER_ADMIN)), Instant.now());
    }
}
