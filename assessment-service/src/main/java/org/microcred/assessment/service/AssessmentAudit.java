package org.microcred.assessment.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.microcred.assessment.AchievementVersion;
import org.microcred.assessment.AssessmentTask;
import org.microcred.assessment.Judgement;
import org.microcred.events.assessment.CriterionScore;
import org.microcred.support.audit.AuditActor;
import org.microcred.support.audit.AuditState;
import org.microcred.support.audit.AuditTrail;

/**
 * Assessment's records in the audit trail (docs/audit-trail.md), written in the transaction of the change they record.
 * The object is always the {@code assessment} (the task's id). Feedback is the learner's assessment content: a record
 * says that feedback was given and how long it is, never what it says; evidence is never named.
 */
@ApplicationScoped
public class AssessmentAudit {

    public static final String CLAIMED = "assessment.claimed";
    public static final String RELEASED = "assessment.released";
    public static final String ASSIGNED = "assessment.assigned";
    /** A final decision: by the only marker, or by the service from an LMS report. */
    public static final String DECIDED = "assessment.decided";
    /** A first marker's award that the version's policy sends to a second marker: not final, not published. */
    public static final String FIRST_MARKED = "assessment.first-marked";
    /** The second marker's judgement, which is the final decision whether or not the markers agreed. */
    public static final String SECOND_MARKED = "assessment.second-marked";

    private static final String OBJECT = "assessment";

    private final AuditTrail trail;

    public AssessmentAudit(AuditTrail trail) {
        this.trail = trail;
    }

    /** Who holds which step of the task: the before and after of a claim, release or assignment. */
    public static ObjectNode holders(AssessmentTask task) {
        return AuditState.of("status", task.status, "firstMarker", task.assignedTo,
                "secondMarker", task.secondMarker);
    }

    /** A claim, release or assignment of {@code role} ({@code first} or {@code second}) changed who holds it. */
    public Uni<Void> assignment(AuditActor actor, String action, AssessmentTask task, ObjectNode before, String role) {
        return trail.record(actor, task.tenantId, action, OBJECT, task.id.toString(), before,
                holders(task).put("step", role)).replaceWithVoid();
    }

    /**
     * A marker's judgement, recorded after the task took it: {@code first} is the first marker's judgement when
     * {@code judgement} is the second marker's (null otherwise).
     */
    public Uni<Void> judged(AuditActor actor, AssessmentTask task, AchievementVersion version, ObjectNode before,
            Judgement judgement, Judgement first) {
        ObjectNode after = AuditState.of("status", task.status, "marker", judgement.role,
                "outcome", judgement.outcome, "decision", task.decision,
                "scores", scores(judgement.scores),
                "totalPoints", judgement.totalPoints, "maxPoints", judgement.maxPoints,
                "feedbackGiven", given(judgement.feedback), "feedbackLength", length(judgement.feedback),
                "attempt", task.attempt, "submissionId", task.submissionId,
                "achievementId", task.achievementId, "achievementVersion", task.achievementVersion);
        String action;
        if (Judgement.SECOND.equals(judgement.role)) {
            action = SECOND_MARKED;
            after.set("firstMarker", AuditState.of("assessorId", first != null ? first.assessorId : null,
                    "outcome", first != null ? first.outcome : null));
            after.put("markersAgreed", task.markersAgreed);
        } else if (task.status == AssessmentTask.Status.AWAITING_SECOND_MARK) {
            action = FIRST_MARKED;
            after.set("secondMarking", AuditState.of("mode", version.secondMarkingMode,
                    "percent", version.secondMarkingPercent));
        } else {
            action = DECIDED;
        }
        return trail.record(actor, task.tenantId, action, OBJECT, task.id.toString(), before, after)
                .replaceWithVoid();
    }

    /** A progress decision the service took from an LMS report (a new task, decided at once: nothing before). */
    public Uni<Void> progressDecided(AuditActor actor, AssessmentTask task) {
        ObjectNode after = AuditState.of("status", task.status, "basis", task.basis, "decision", task.decision,
                "score", task.score, "activityId", task.activityId, "reportId", task.reportId,
                "feedbackGiven", given(task.feedback), "feedbackLength", length(task.feedback),
                "enrolmentId", task.enrolmentId, "achievementId", task.achievementId,
                "achievementVersion", task.achievementVersion);
        return trail.record(actor, task.tenantId, DECIDED, OBJECT, task.id.toString(), null, after)
                .replaceWithVoid();
    }

    /** The level given per criterion, in the marker's order, with the length of its feedback (not the text). */
    private static List<Map<String, Object>> scores(List<CriterionScore> scores) {
        return scores.stream().map(score -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("criterionId", score.criterionId());
            entry.put("levelId", score.levelId());
            entry.put("feedbackLength", length(score.feedback()));
            return entry;
        }).toList();
    }

    private static boolean given(String feedback) {
        return feedback != null && !feedback.isBlank();
    }

    /** In Unicode code points, as a reader counts characters. */
    private static int length(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }
}
