package org.microcred.enrolment.bulk.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.microcred.enrolment.Achievement;
import org.microcred.enrolment.VersionStatus;
import org.microcred.enrolment.bulk.AwardJob;
import org.microcred.enrolment.bulk.AwardJobRow;
import org.microcred.enrolment.bulk.RowCheck;
import org.microcred.enrolment.bulk.rest.AwardJobViews;
import org.microcred.enrolment.bulk.repository.AwardJobRows;
import org.microcred.enrolment.bulk.repository.AwardJobs;
import org.microcred.enrolment.repository.AchievementRepository;
import org.microcred.support.audit.AuditActors;
import org.microcred.support.audit.AuditState;
import org.microcred.support.audit.AuditTrail;
import org.microcred.support.problem.Problem;
import org.microcred.support.problem.Problem.FieldError;
import org.microcred.support.problem.ProblemException;

/**
 * Takes a batch of award requests: every row is judged at once (its own form, as a single award request's, and the
 * micro-credential it names: published in the tenant and {@code progress}-kind, looked up once per distinct id). Bad
 * rows are REJECTED, nothing is issued for them; good rows are queued, WAITING, for {@link AwardJobProcessor}. A
 * batch without a good row makes no job (422 with every row's problems). The same rows again, in the same tenant,
 * answer the job they made and store nothing.
 */
@ApplicationScoped
public class AwardJobSubmissions {

    /** The job, and whether this submission made it (false: the same batch was submitted before). */
    public record Submitted(AwardJob job, boolean created) {
    }

    private final AwardJobs jobs;
    private final AwardJobRows rows;
    private final AchievementRepository achievements;
    private final AwardJobProcessor processor;
    private final ObjectMapper mapper;
    private final Validator validator;
    private final AuditTrail audit;
    private final AuditActors actors;

    public AwardJobSubmissions(AwardJobs jobs, AwardJobRows rows, AchievementRepository achievements,
            AwardJobProcessor processor, ObjectMapper mapper, Validator validator,
            AuditTrail audit, AuditActors actors) {
        this.audit = audit;
        this.actors = actors;
        this.jobs = jobs;
        this.rows = rows;
        this.achievements = achievements;
        this.processor = processor;
        this.mapper = mapper;
        this.validator = validator;
    }

    public Uni<Submitted> submit(String tenantId, String submittedBy, List<JsonNode> batch) {
        Instant now = Instant.now();
        List<RowCheck.Checked> checked = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            checked.add(RowCheck.check(i + 1, batch.get(i), mapper, validator, now));
        }
        return Panache.withSession(() -> awardability(tenantId, checked))
                .map(problems -> checked.stream().map(row -> row.good() && problems.get(row.request().achievementId())
                        != null ? row.with(problems.get(row.request().achievementId())) : row).toList())
                .chain(judged -> store(tenantId, submittedBy, judged, now));
    }

    /**
     * For each distinct micro-credential of the good rows, why an LMS cannot award it (absent: it can). The same
     * rules as {@code AwardRequests}: published, and its benchmark met in the LMS.
     */
    private Uni<Map<UUID, FieldError>> awardability(String tenantId, List<RowCheck.Checked> checked) {
        Set<UUID> ids = new LinkedHashSet<>();
        checked.stream().filter(RowCheck.Checked::good).forEach(row -> ids.add(row.request().achievementId()));
        Map<UUID, FieldError> problems = new ConcurrentHashMap<>();
        Uni<Void> all = Uni.createFrom().voidItem();
        for (UUID id : ids) {
            all = all.chain(() -> problemOf(tenantId, id)).invoke(problem -> {
                if (problem != null) {
                    problems.put(id, problem);
                }
            }).replaceWithVoid();
        }
        return all.replaceWith(problems);
    }

    private Uni<FieldError> problemOf(String tenantId, UUID id) {
        return achievements.findCurrentPublished(tenantId, id).chain(current -> {
            if (current != null) {
                return Uni.createFrom().item(isAwardable(current) ? null : new FieldError("achievementId",
                        "micro-credential " + id + " is judged against its rubric by an assessor: an LMS cannot"
                                + " award it"));
            }
            return achievements.findNewest(tenantId, id, VersionStatus.RETIRED).map(retired -> retired != null
                    ? new FieldError("achievementId", "micro-credential " + id + " is retired: it is no longer awarded")
                    : new FieldError("achievementId", "micro-credential " + id + " does not exist or is not published"));
        });
    }

    private static boolean isAwardable(Achievement current) {
        return "progress".equals(current.benchmarkKind);
    }

    private Uni<Submitted> store(String tenantId, String submittedBy, List<RowCheck.Checked> judged, Instant now) {
        if (judged.stream().noneMatch(RowCheck.Checked::good)) {
            List<FieldError> errors = judged.stream().flatMap(row -> row.errors().stream()
                    .map(e -> new FieldError("rows[" + row.rowNo() + "]." + e.field(), e.message()))).toList();
            throw new ProblemException(422, "award-job-rejected", "No row can be awarded",
                    "All " + judged.size() + " rows are invalid (rows[n] is row n, counted from 1): no job was made",
                    errors);
        }
        String hash = sha256(judged);
        UUID id = UUID.randomUUID();
        AtomicBoolean created = new AtomicBoolean();
        return Panache.withTransaction(() -> jobs.storeIfAbsent(id, tenantId, hash, judged.size(), submittedBy, now)
                        .chain(stored -> {
                            created.set(stored);
                            return stored ? rows.store(judged.stream().map(row -> rowOf(id, row, now)).toList())
                                    .chain(() -> audited(tenantId, id, judged)) : Uni.createFrom().voidItem();
                        })
                        .chain(() -> jobs.findByRows(tenantId, hash)))
                .map(job -> {
                    if (created.get()) {
                        processor.wake(); // committed: apply it now rather than at the next poll
                    }
                    return new Submitted(job, created.get());
                });
    }

    /** A new job in the audit trail ({@code award-job.created}): its size, not its rows (learners, emails). */
    private Uni<Void> audited(String tenantId, UUID id, List<RowCheck.Checked> judged) {
        long good = judged.stream().filter(RowCheck.Checked::good).count();
        return audit.record(actors.caller(), tenantId, "award-job.created", "award-job", id.toString(), null,
                AuditState.of("status", AwardJob.Status.QUEUED, "rows", judged.size(), "waiting", good, "rejected",
                        judged.size() - good)).replaceWithVoid();
    }

    private AwardJobRow rowOf(UUID jobId, RowCheck.Checked checked, Instant now) {
        AwardJobRow row = new AwardJobRow();
        row.jobId = jobId;
        row.rowNo = checked.rowNo();
        if (checked.good()) {
            row.status = AwardJobRow.Status.WAITING;
            row.request = json(checked.request());
        } else {
            row.status = AwardJobRow.Status.REJECTED;
            // The request as read when its form was right (its micro-credential was not), else the row as given.
            row.request = checked.request() != null ? json(checked.request())
                    : checked.canonical().substring("bad:".length());
            row.problem = json(rejection(jobId, checked));
            row.settledAt = now;
        }
        return row;
    }

    private static Problem rejection(UUID jobId, RowCheck.Checked row) {
        return new ProblemException(422, "validation", "Invalid row", "Row " + row.rowNo() + " cannot be awarded: "
                + String.join("; ", row.errors().stream().map(e -> e.field() + " " + e.message()).toList()),
                row.errors()).toProblem(AwardJobViews.statusUrl(jobId));
    }

    /** The batch's identity: its rows in order, each in its normal form. */
    private static String sha256(List<RowCheck.Checked> judged) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (RowCheck.Checked row : judged) {
                digest.update(row.canonical().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0x1e);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write " + value, e);
        }
    }
}
