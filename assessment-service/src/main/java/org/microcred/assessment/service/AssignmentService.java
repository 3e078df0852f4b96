package org.microcred.assessment.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.function.Function;
import org.microcred.assessment.AssessmentTask;
import org.microcred.assessment.TaskRules;
import org.microcred.assessment.repository.AssessmentTaskRepository;
import org.microcred.support.audit.AuditActor;
import org.microcred.support.problem.ProblemException;

/**
 * Claims, releases and assignments. Each locks the task, applies {@link TaskRules} and, when the
 * assignment changed, adds {@code assessment.assigned} and the audit record ({@code assessment.claimed},
 * {@code .released}, {@code .assigned}) in the same transaction; a call that changed nothing records nothing.
 */
@ApplicationScoped
public class AssignmentService {

    private final AssessmentTaskRepository tasks;
    private final AssessmentQueries queries;
    private final AssessmentEvents events;
    private final AssessmentAudit audit;

    public AssignmentService(AssessmentTaskRepository tasks, AssessmentQueries queries, AssessmentEvents events,
            AssessmentAudit audit) {
        this.tasks = tasks;
        this.queries = queries;
        this.events = events;
        this.audit = audit;
    }

    @WithTransaction
    public Uni<TaskDetails> claim(AuditActor actor, String tenantId, String callerId, UUID taskId) {
        return change(actor, AssessmentAudit.CLAIMED, tenantId, taskId, task -> {
            String role = TaskRules.claim(task, callerId);
            return role == null ? null : new Change(role, callerId);
        });
    }

    @WithTransaction
    public Uni<TaskDetails> release(AuditActor actor, String tenantId, String callerId, boolean issuerAdmin,
            UUID taskId) {
        return change(actor, AssessmentAudit.RELEASED, tenantId, taskId,
                task -> new Change(TaskRules.release(task, callerId, issuerAdmin), null));
    }

    @WithTransaction
    public Uni<TaskDetails> assign(AuditActor actor, String tenantId, UUID taskId, String assessorId) {
        return change(actor, AssessmentAudit.ASSIGNED, tenantId, taskId, task -> {
            String role = TaskRules.assign(task, assessorId);
            return role == null ? null : new Change(role, assessorId);
        });
    }

    /** A role's new holder (null: released). */
    private record Change(String role, String assessorId) {
    }

    private Uni<TaskDetails> change(AuditActor actor, String action, String tenantId, UUID taskId,
            Function<AssessmentTask, Change> rule) {
        return tasks.findInTenantForUpdate(tenantId, taskId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Assessment", taskId))
                .chain(task -> {
                    ObjectNode before = AssessmentAudit.holders(task);
                    Change change = rule.apply(task);
                    Uni<Void> announced = change == null ? Uni.createFrom().voidItem()
                            : events.assigned(task, change.role(), change.assessorId())
                                    .chain(() -> audit.assignment(actor, action, task, before, change.role()));
                    return announced.chain(() -> queries.details(task));
                });
    }
}
