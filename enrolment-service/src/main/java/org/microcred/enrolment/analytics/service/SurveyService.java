package org.microcred.enrolment.analytics.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.microcred.enrolment.analytics.SurveyQuestion;
import org.microcred.enrolment.analytics.repository.Surveys;
import org.microcred.enrolment.repository.AchievementRepository;
import org.microcred.enrolment.repository.EnrolmentRepository;
import org.microcred.support.audit.AuditActors;
import org.microcred.support.audit.AuditState;
import org.microcred.support.audit.AuditTrail;
import org.microcred.support.problem.Problem;
import org.microcred.support.problem.ProblemException;

/**
 * The learner survey after award: issuer-admins set a micro-credential's questions; the earner of an awarded
 * enrolment answers once. The answers are stored without the earner, the enrolment or a time; only a separate marker
 * says that the enrolment answered.
 */
@ApplicationScoped
public class SurveyService {

    /** What the earner's enrolment shows: whether a survey is open to them, and its questions. */
    public record EnrolmentSurvey(boolean open, boolean answered, List<SurveyQuestion> questions) {
    }

    private final Surveys surveys;
    private final AchievementRepository achievements;
    private final EnrolmentRepository enrolments;
    private final AuditTrail audit;
    private final AuditActors actors;

    public SurveyService(Surveys surveys, AchievementRepository achievements, EnrolmentRepository enrolments,
            AuditTrail audit, AuditActors actors) {
        this.surveys = surveys;
        this.achievements = achievements;
        this.enrolments = enrolments;
        this.audit = audit;
        this.actors = actors;
    }

    @WithTransaction
    public Uni<List<SurveyQuestion>> configure(String tenantId, UUID achievementId, List<SurveyQuestion> questions) {
        List<String> problems = SurveyQuestion.problems(questions);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("The survey's questions do not fit its rules", problems.stream()
                    .map(p -> new Problem.FieldError(p.substring(0, p.indexOf('|')), p.substring(p.indexOf('|') + 1)))
                    .toList());
        }
        return existing(tenantId, achievementId)
                .chain(() -> surveys.questions(tenantId, achievementId))
                .call(before -> surveys.save(tenantId, achievementId, questions, Instant.now()))
                .call(before -> audit.record(actors.caller(), tenantId, "survey.configured", "achievement",
                        achievementId.toString(), AuditState.of("questions", summary(before)),
                        AuditState.of("questions", summary(questions))))
                .replaceWith(questions);
    }

    /** A survey's questions in its audit record: each one's id and text (no answers: they are anonymous). */
    private static List<Map<String, String>> summary(List<SurveyQuestion> questions) {
        return questions == null ? List.of()
                : questions.stream().map(q -> Map.of("id", q.id(), "text", q.text())).toList();
    }

    @WithSession
    public Uni<List<SurveyQuestion>> questions(String tenantId, UUID achievementId) {
        return existing(tenantId, achievementId).chain(() -> surveys.questions(tenantId, achievementId))
                .map(q -> q == null ? List.of() : q);
    }

    @WithSession
    public Uni<EnrolmentSurvey> forEarner(String tenantId, String earnerId, UUID enrolmentId) {
        return own(tenantId, earnerId, enrolmentId).chain(enrolment -> surveys.questions(tenantId,
                enrolment.achievementId).chain(questions -> surveys.answered(tenantId, enrolmentId)
                .chain(answered -> surveys.awarded(tenantId, enrolmentId).map(awarded -> new EnrolmentSurvey(
                        questions != null && !questions.isEmpty() && awarded && !answered, answered,
                        questions == null ? List.of() : questions)))));
    }

    /** 409 {@code survey-not-open} before an award or without questions; 409 {@code survey-answered} the second time. */
    @WithTransaction
    public Uni<Void> answer(String tenantId, String earnerId, UUID enrolmentId, Map<String, String> answers) {
        return own(tenantId, earnerId, enrolmentId).chain(enrolment -> surveys.questions(tenantId,
                enrolment.achievementId).chain(questions -> surveys.awarded(tenantId, enrolmentId).chain(awarded -> {
                    if (questions == null || questions.isEmpty() || !awarded) {
                        throw ProblemException.conflict("survey-not-open",
                                "No survey is open for enrolment " + enrolmentId + ": it opens once it is awarded");
                    }
                    check(questions, answers);
                    return surveys.markAnswered(tenantId, enrolmentId).chain(first -> {
                        if (!first) {
                            throw ProblemException.conflict("survey-answered",
                                    "The survey of enrolment " + enrolmentId + " was answered already");
                        }
                        return surveys.addAnswers(tenantId, enrolment.achievementId, enrolment.achievementVersion,
                                answers);
                    });
                })));
    }

    private static void check(List<SurveyQuestion> questions, Map<String, String> answers) {
        List<Problem.FieldError> errors = new ArrayList<>();
        answers.forEach((id, value) -> {
            SurveyQuestion question = questions.stream().filter(q -> q.id().equals(id)).findFirst().orElse(null);
            if (question == null) {
                errors.add(new Problem.FieldError("answers." + id, "is not a question of this survey"));
            } else if (!question.accepts(value)) {
                errors.add(new Problem.FieldError("answers." + id, SurveyQuestion.SCALE.equals(question.kind())
                        ? "must be 1, 2, 3, 4 or 5" : "must be one of " + question.choices()));
            }
        });
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("Some answers do not fit the survey", errors);
        }
    }

    private Uni<org.microcred.enrolment.Enrolment> own(String tenantId, String earnerId, UUID enrolmentId) {
        return enrolments.findInTenant(tenantId, enrolmentId).map(enrolment -> {
            if (enrolment == null || !enrolment.earnerId.equals(earnerId)) {
                throw ProblemException.notFound("Enrolment", enrolmentId);
            }
            return enrolment;
        });
    }

    private Uni<Void> existing(String tenantId, UUID achievementId) {
        return achievements.versions(tenantId, achievementId).invoke(versions -> {
            if (versions.isEmpty()) {
                throw ProblemException.notFound("Micro-credential", achievementId);
            }
        }).replaceWithVoid();
    }
}
