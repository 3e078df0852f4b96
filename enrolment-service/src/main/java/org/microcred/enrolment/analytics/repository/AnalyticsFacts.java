package org.microcred.enrolment.analytics.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.microcred.enrolment.analytics.EnrolmentFact;
import org.microcred.enrolment.analytics.Stage;

/**
 * Writes the analytics projection, inside the consumer's transaction. Every write is an upsert that keeps the earliest
 * time of each stage and fills what is still unknown ({@code LEAST} and {@code COALESCE}), so the order the events
 * arrive in and a replay of one change nothing.
 */
@ApplicationScoped
public class AnalyticsFacts {

    /** Records a stage of an enrolment (and what the event says about the enrolment). */
    public Uni<Void> record(EnrolmentFact fact) {
        String column = fact.stage().column();
        String sql = "INSERT INTO analytics_enrolment (tenant_id, enrolment_id, achievement_id, achievement_version,"
                + " earner_key, enrolled_at, " + (fact.stage() == Stage.ENROLLED ? "" : column + ", ") + "award_attempt)"
                + " VALUES (:tenant, :enrolment, CAST(:achievement AS uuid), CAST(:version AS int), CAST(:earner AS text),"
                + " CAST(:enrolledAt AS timestamptz), "
                + (fact.stage() == Stage.ENROLLED ? "" : "CAST(:at AS timestamptz), ") + "NULL)"
                + " ON CONFLICT (tenant_id, enrolment_id) DO UPDATE SET"
                + " achievement_id = COALESCE(analytics_enrolment.achievement_id, EXCLUDED.achievement_id),"
                + " achievement_version = COALESCE(analytics_enrolment.achievement_version, EXCLUDED.achievement_version),"
                + " earner_key = COALESCE(analytics_enrolment.earner_key, EXCLUDED.earner_key),"
                + " enrolled_at = LEAST(analytics_enrolment.enrolled_at, EXCLUDED.enrolled_at)"
                + (fact.stage() == Stage.ENROLLED ? ""
                        : ", " + column + " = LEAST(analytics_enrolment." + column + ", EXCLUDED." + column + ")");
        Instant enrolledAt = fact.stage() == Stage.ENROLLED ? fact.at() : fact.enrolledAt();
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql)
                    .setParameter("tenant", fact.tenantId())
                    .setParameter("enrolment", fact.enrolmentId())
                    .setParameter("achievement", fact.achievementId())
                    .setParameter("version", fact.achievementVersion())
                    .setParameter("earner", fact.earnerKey())
                    .setParameter("enrolledAt", enrolledAt);
            if (fact.stage() != Stage.ENROLLED) {
                query.setParameter("at", fact.at());
            }
            return query.executeUpdate();
        }).replaceWithVoid();
    }

    /** The attempt an award was made on (the earliest, should there be two), and the credential that followed. */
    public Uni<Void> awardAttempt(String tenantId, UUID enrolmentId, int attempt) {
        return update("UPDATE analytics_enrolment SET award_attempt = LEAST(award_attempt, :attempt)"
                + " WHERE tenant_id = :tenant AND enrolment_id = :enrolment", tenantId, enrolmentId, "attempt", attempt);
    }

    public Uni<Void> credentialOf(String tenantId, UUID enrolmentId, UUID credentialId) {
        return update("UPDATE analytics_enrolment SET credential_id = COALESCE(credential_id, :credential)"
                + " WHERE tenant_id = :tenant AND enrolment_id = :enrolment", tenantId, enrolmentId, "credential",
                credentialId);
    }

    /** An attempt submitted (decision null) or decided. */
    public Uni<Void> attempt(String tenantId, UUID enrolmentId, int attempt, Instant submittedAt, Instant decidedAt,
            String decision, String basis, Boolean secondMarked, Boolean markersAgreed, String scoresJson) {
        String sql = "INSERT INTO analytics_attempt (tenant_id, enrolment_id, attempt, submitted_at, decided_at,"
                + " decision, basis, second_marked, markers_agreed, scores)"
                + " VALUES (:tenant, :enrolment, :attempt, CAST(:submittedAt AS timestamptz), CAST(:decidedAt AS timestamptz),"
                + " CAST(:decision AS text), CAST(:basis AS text), CAST(:secondMarked AS boolean),"
                + " CAST(:agreed AS boolean), CAST(CAST(:scores AS text) AS jsonb))"
                + " ON CONFLICT (tenant_id, enrolment_id, attempt) DO UPDATE SET"
                + " submitted_at = LEAST(analytics_attempt.submitted_at, EXCLUDED.submitted_at),"
                + " decided_at = LEAST(analytics_attempt.decided_at, EXCLUDED.decided_at),"
                + " decision = COALESCE(analytics_attempt.decision, EXCLUDED.decision),"
                + " basis = COALESCE(analytics_attempt.basis, EXCLUDED.basis),"
                + " second_marked = COALESCE(analytics_attempt.second_marked, EXCLUDED.second_marked),"
                + " markers_agreed = COALESCE(analytics_attempt.markers_agreed, EXCLUDED.markers_agreed),"
                + " scores = COALESCE(analytics_attempt.scores, EXCLUDED.scores)";
        return Panache.getSession().chain(session -> session.createNativeQuery(sql)
                .setParameter("tenant", tenantId)
                .setParameter("enrolment", enrolmentId)
                .setParameter("attempt", attempt)
                .setParameter("submittedAt", submittedAt)
                .setParameter("decidedAt", decidedAt)
                .setParameter("decision", decision)
                .setParameter("basis", basis)
                .setParameter("secondMarked", secondMarked)
                .setParameter("agreed", markersAgreed)
                .setParameter("scores", scoresJson)
                .executeUpdate()).replaceWithVoid();
    }

    /** A credential issued for an enrolment, or claimed by a learner who had no account (either may come first). */
    public Uni<Void> credential(String tenantId, UUID credentialId, UUID enrolmentId, Instant issuedAt,
            Instant claimedAt) {
        String sql = "INSERT INTO analytics_credential (tenant_id, credential_id, enrolment_id, issued_at, claimed_at)"
                + " VALUES (:tenant, :credential, CAST(:enrolment AS uuid), CAST(:issuedAt AS timestamptz),"
                + " CAST(:claimedAt AS timestamptz))"
                + " ON CONFLICT (tenant_id, credential_id) DO UPDATE SET"
                + " enrolment_id = COALESCE(analytics_credential.enrolment_id, EXCLUDED.enrolment_id),"
                + " issued_at = LEAST(analytics_credential.issued_at, EXCLUDED.issued_at),"
                + " claimed_at = LEAST(analytics_credential.claimed_at, EXCLUDED.claimed_at)";
        return Panache.getSession().chain(session -> session.createNativeQuery(sql)
                .setParameter("tenant", tenantId)
                .setParameter("credential", credentialId)
                .setParameter("enrolment", enrolmentId)
                .setParameter("issuedAt", issuedAt)
                .setParameter("claimedAt", claimedAt)
                .executeUpdate()).replaceWithVoid();
    }

    /** A share link made ({@code sharedAt}) or opened ({@code openCount} so far); either may come first. */
    public Uni<Void> share(String tenantId, UUID shareId, UUID credentialId, UUID enrolmentId, Instant sharedAt,
            long openCount) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "INSERT INTO analytics_share (tenant_id, share_id, credential_id, enrolment_id, shared_at,"
                                + " open_count) VALUES (:tenant, :share, CAST(:credential AS uuid),"
                                + " CAST(:enrolment AS uuid), CAST(:at AS timestamptz), :opened)"
                                + " ON CONFLICT (tenant_id, share_id) DO UPDATE SET"
                                + " credential_id = COALESCE(analytics_share.credential_id, EXCLUDED.credential_id),"
                                + " enrolment_id = COALESCE(analytics_share.enrolment_id, EXCLUDED.enrolment_id),"
                                + " shared_at = LEAST(analytics_share.shared_at, EXCLUDED.shared_at),"
                                + " open_count = GREATEST(analytics_share.open_count, EXCLUDED.open_count)")
                .setParameter("tenant", tenantId)
                .setParameter("share", shareId)
                .setParameter("credential", credentialId)
                .setParameter("enrolment", enrolmentId)
                .setParameter("at", sharedAt)
                .setParameter("opened", openCount)
                .executeUpdate()).replaceWithVoid();
    }

    public Uni<Void> pathwayCompleted(String tenantId, UUID pathwayId, int version, String earnerKey,
            Instant completedAt) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "INSERT INTO analytics_pathway_completion (tenant_id, pathway_id, pathway_version, earner_key,"
                                + " completed_at) VALUES (:tenant, :pathway, :version, :earner, :at)"
                                + " ON CONFLICT DO NOTHING")
                .setParameter("tenant", tenantId)
                .setParameter("pathway", pathwayId)
                .setParameter("version", version)
                .setParameter("earner", earnerKey)
                .setParameter("at", completedAt)
                .executeUpdate()).replaceWithVoid();
    }

    /** A stand-in earner claimed their account: their enrolments and completions count as that earner's. */
    public Uni<Void> rekey(String tenantId, String fromKey, String toKey) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "UPDATE analytics_enrolment SET earner_key = :to WHERE tenant_id = :tenant AND earner_key = :from")
                .setParameter("tenant", tenantId).setParameter("from", fromKey).setParameter("to", toKey)
                .executeUpdate()).replaceWithVoid();
    }

    private static Uni<Void> update(String sql, String tenantId, UUID enrolmentId, String name, Object value) {
        return Panache.getSession().chain(session -> session.createNativeQuery(sql)
                .setParameter("tenant", tenantId)
                .setParameter("enrolment", enrolmentId)
                .setParameter(name, value)
                .executeUpdate()).replaceWithVoid();
    }

}
