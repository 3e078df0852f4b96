package org.microcred.enrolment.analytics.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.microcred.enrolment.Achievement;
import org.microcred.enrolment.analytics.AchievementReport;
import org.microcred.enrolment.analytics.AchievementReport.AttemptsPerAward;
import org.microcred.enrolment.analytics.AchievementReport.CredentialUse;
import org.microcred.enrolment.analytics.AchievementReport.CriterionStruggle;
import org.microcred.enrolment.analytics.AchievementReport.Decisions;
import org.microcred.enrolment.analytics.AchievementReport.SecondMarking;
import org.microcred.enrolment.analytics.AchievementReport.Timing;
import org.microcred.enrolment.analytics.Cohort;
import org.microcred.enrolment.analytics.Funnel;
import org.microcred.enrolment.analytics.RubricStruggles;
import org.microcred.enrolment.analytics.Ratios;
import org.microcred.enrolment.analytics.SurveyResults;
import org.microcred.enrolment.analytics.repository.AnalyticsQueries;
import org.microcred.enrolment.analytics.repository.Surveys;
import org.microcred.enrolment.repository.AchievementRepository;
import org.microcred.support.problem.ProblemException;

/** Builds one micro-credential's report from the analytics tables; the micro-credential must be the caller's tenant's. */
@ApplicationScoped
public class AchievementReports {

    private final AnalyticsQueries queries;
    private final AchievementRepository achievements;
    private final Surveys surveys;

    public AchievementReports(AnalyticsQueries queries, AchievementRepository achievements, Surveys surveys) {
        this.queries = queries;
        this.achievements = achievements;
        this.surveys = surveys;
    }

    @WithSession
    public Uni<AchievementReport> report(String tenantId, UUID achievementId, Integer version, LocalDate from,
            LocalDate to) {
        Cohort cohort = new Cohort(tenantId, achievementId, version == null ? 0 : version, Periods.start(from),
                Periods.end(to));
        return achievements.versions(tenantId, achievementId).chain(versions -> {
            if (versions.isEmpty() || version != null && versions.stream().noneMatch(a -> a.version == version)) {
                return Uni.createFrom().failure(version == null ? ProblemException.notFound("Micro-credential", achievementId)
                        : ProblemException.notFound("Micro-credential version", achievementId + " v" + version));
            }
            Map<Integer, Achievement> byVersion = new LinkedHashMap<>();
            versions.forEach(a -> byVersion.put(a.version, a));
            Achievement shown = version != null ? byVersion.get(version)
                    : versions.stream().max(Comparator.comparingInt(a -> a.version)).orElseThrow();
            return build(cohort, byVersion, shown, version, from, to);
        });
    }

    private Uni<AchievementReport> build(Cohort cohort, Map<Integer, Achievement> versions, Achievement shown,
            Integer version, LocalDate from, LocalDate to) {
        Parts b = new Parts();
        return queries.funnel(cohort).invoke(row -> b.funnel = Funnel.of(longs(row)))
                .chain(() -> queries.timeToFirstFeedback(cohort)).invoke(row -> b.firstFeedback = timing(row, false))
                .chain(() -> queries.timeToDecision(cohort)).invoke(row -> b.decision = timing(row, true))
                .chain(() -> queries.decisions(cohort)).invoke(row -> {
                    long[] n = longs(row);
                    b.decisions = new Decisions(n[0], n[1], n[2], n[3], Ratios.share(n[1], n[0]),
                            Ratios.share(n[2], n[0]), Ratios.share(n[3], n[0]));
                    b.secondMarking = new SecondMarking(n[4], n[5], n[6], Ratios.share(n[5], n[4]));
                })
                .chain(() -> queries.attemptsPerAward(cohort)).invoke(row -> b.attempts = new AttemptsPerAward(
                        ((Number) row[0]).longValue(), Ratios.mean((Number) row[1])))
                .chain(() -> queries.levels(cohort)).invoke(rows -> b.criteria = RubricStruggles.of(rows, versions))
                .chain(() -> queries.credentialUse(cohort)).invoke(row -> {
                    long[] n = longs(row);
                    b.use = new CredentialUse(n[0], n[1], n[2]);
                })
                .chain(() -> surveys.questions(cohort.tenantId(), cohort.achievementId()))
                .chain(questions -> surveys.responses(cohort.tenantId(), cohort.achievementId(), cohort.version())
                        .chain(responses -> surveys.answers(cohort.tenantId(), cohort.achievementId(), cohort.version())
                                .map(rows -> SurveyResults.of(questions, responses, rows))))
                .map(survey -> new AchievementReport(cohort.achievementId(), version, from, to,
                        AchievementReport.COHORT, shown.feedbackTargetDays, b.funnel, b.firstFeedback, b.decision,
                        b.decisions, b.attempts, b.criteria, b.secondMarking, b.use, survey));
    }

    private static Timing timing(Object[] row, boolean withTarget) {
        long count = ((Number) row[0]).longValue();
        long over = ((Number) row[3]).longValue();
        return new Timing(count, Ratios.hours((Number) row[1]), Ratios.hours((Number) row[2]),
                withTarget ? over : null, withTarget ? Ratios.share(over, count) : null);
    }

    private static long[] longs(Object[] row) {
        long[] values = new long[row.length];
        for (int i = 0; i < row.length; i++) {
            values[i] = row[i] == null ? 0 : ((Number) row[i]).longValue();
        }
        return values;
    }

    /** The report's parts as the queries answer them, one after the other on the session. */
    private static final class Parts {
        List<AchievementReport.FunnelStage> funnel;
        Timing firstFeedback;
        Timing decision;
        Decisions decisions;
        SecondMarking secondMarking;
        AttemptsPerAward attempts;
        List<CriterionStruggle> criteria;
        CredentialUse use;
    }

    /** A period given as dates (UTC, both inclusive); none given: from the beginning, to the end of time. */
    static final class Periods {
        static java.time.Instant start(LocalDate from) {
            return from == null ? java.time.Instant.EPOCH : from.atStartOfDay(ZoneOffset.UTC).toInstant();
        }

        static java.time.Instant end(LocalDate to) {
            return to == null ? LocalDate.of(9999, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
    }
}
