package org.microcred.enrolment.analytics.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.microcred.enrolment.analytics.SurveyQuestion;

/** The learner surveys: questions per micro-credential, the anonymous answers, and who answered (apart). */
@ApplicationScoped
public class Surveys {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<SurveyQuestion>> QUESTIONS = new TypeReference<>() {
    };

    /** The questions, or null when the micro-credential has no survey. */
    public Uni<List<SurveyQuestion>> questions(String tenantId, UUID achievementId) {
        return Panache.getSession().chain(session -> session.<String>createNativeQuery(
                        "SELECT CAST(questions AS text) FROM analytics_survey WHERE tenant_id = :tenant"
                                + " AND achievement_id = :achievement")
                .setParameter("tenant", tenantId).setParameter("achievement", achievementId)
                .getResultList()).map(rows -> rows.isEmpty() ? null : read(rows.get(0)));
    }

    public Uni<Void> save(String tenantId, UUID achievementId, List<SurveyQuestion> questions, Instant now) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "INSERT INTO analytics_survey (tenant_id, achievement_id, questions, updated_at)"
                                + " VALUES (:tenant, :achievement, CAST(CAST(:questions AS text) AS jsonb), :now)"
                                + " ON CONFLICT (tenant_id, achievement_id) DO UPDATE SET"
                                + " questions = EXCLUDED.questions, updated_at = EXCLUDED.updated_at")
                .setParameter("tenant", tenantId).setParameter("achievement", achievementId)
                .setParameter("questions", write(questions)).setParameter("now", now)
                .executeUpdate()).replaceWithVoid();
    }

    /** Whether the enrolment was awarded, as the analytics saw it (assessment.decided AWARD). */
    public Uni<Boolean> awarded(String tenantId, UUID enrolmentId) {
        return Panache.getSession().chain(session -> session.<Number>createNativeQuery(
                        "SELECT count(*) FROM analytics_enrolment WHERE tenant_id = :tenant"
                                + " AND enrolment_id = :enrolment AND awarded_at IS NOT NULL")
                .setParameter("tenant", tenantId).setParameter("enrolment", enrolmentId)
                .getSingleResult()).map(n -> n.longValue() > 0);
    }

    public Uni<Boolean> answered(String tenantId, UUID enrolmentId) {
        return Panache.getSession().chain(session -> session.<Number>createNativeQuery(
                        "SELECT count(*) FROM analytics_survey_answered WHERE tenant_id = :tenant"
                                + " AND enrolment_id = :enrolment")
                .setParameter("tenant", tenantId).setParameter("enrolment", enrolmentId)
                .getSingleResult()).map(n -> n.longValue() > 0);
    }

    /** Marks the enrolment as having answered; false when it had (the unique row decides, whatever the race). */
    public Uni<Boolean> markAnswered(String tenantId, UUID enrolmentId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "INSERT INTO analytics_survey_answered (tenant_id, enrolment_id) VALUES (:tenant, :enrolment)"
                                + " ON CONFLICT DO NOTHING")
                .setParameter("tenant", tenantId).setParameter("enrolment", enrolmentId)
                .executeUpdate()).map(n -> n == 1);
    }

    /** One response's answers, under a random response id: no earner, no enrolment, no time. */
    public Uni<Void> addAnswers(String tenantId, UUID achievementId, int version, Map<String, String> answers) {
        UUID response = UUID.randomUUID();
        Uni<Void> all = Uni.createFrom().voidItem();
        for (Map.Entry<String, String> answer : answers.entrySet()) {
            all = all.chain(() -> Panache.getSession().chain(session -> session.createNativeQuery(
                            "INSERT INTO analytics_survey_answer (tenant_id, achievement_id, achievement_version,"
                                    + " response_id, question_id, value) VALUES (:tenant, :achievement, :version,"
                                    + " :response, :question, :value)")
                    .setParameter("tenant", tenantId).setParameter("achievement", achievementId)
                    .setParameter("version", version).setParameter("response", response)
                    .setParameter("question", answer.getKey()).setParameter("value", answer.getValue())
                    .executeUpdate()).replaceWithVoid());
        }
        return all;
    }

    /** responses; then per question and value, how many answered it so (version 0: every version). */
    public Uni<Long> responses(String tenantId, UUID achievementId, int version) {
        return Panache.getSession().chain(session -> session.<Number>createNativeQuery(
                        "SELECT count(DISTINCT response_id) FROM analytics_survey_answer WHERE tenant_id = :tenant"
                                + " AND achievement_id = :achievement AND (:version = 0 OR achievement_version = :version)")
                .setParameter("tenant", tenantId).setParameter("achievement", achievementId)
                .setParameter("version", version)
                .getSingleResult()).map(Number::longValue);
    }

    public Uni<List<Object[]>> answers(String tenantId, UUID achievementId, int version) {
        return Panache.getSession().chain(session -> session.<Object[]>createNativeQuery(
                        "SELECT question_id, value, count(*) FROM analytics_survey_answer WHERE tenant_id = :tenant"
                                + " AND achievement_id = :achievement AND (:version = 0 OR achievement_version = :version)"
                                + " GROUP BY 1, 2")
                .setParameter("tenant", tenantId).setParameter("achievement", achievementId)
                .setParameter("version", version)
                .getResultList());
    }

    private static List<SurveyQuestion> read(String json) {
        try {
            return JSON.readValue(json, QUESTIONS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String write(List<SurveyQuestion> questions) {
        try {
            return JSON.writeValueAsString(questions);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
