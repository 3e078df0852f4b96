package org.microcred.enrolment.bulk.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.microcred.enrolment.bulk.AwardJobRow;
import org.microcred.enrolment.bulk.service.AwardJobService.JobState;
import org.microcred.support.problem.Problem;
import org.microcred.support.rest.CsvCell;

/** What the award job endpoints answer. */
public final class AwardJobViews {

    public static final String BASE = "/api/v1/award-jobs";

    private AwardJobViews() {
    }

    /** {@code waiting}: rows not applied yet; the rest are settled. */
    public record Counts(long rows, long applied, long failed, long rejected, long waiting, long cancelled) {
    }

    public record RejectedRow(int row, List<Problem.FieldError> errors) {
    }

    /** A job; {@code rejected} only in the answers about one job (not in the list). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record JobView(UUID id, String status, Counts counts, String submittedBy, Instant submittedAt,
            Instant finishedAt, String statusUrl, String reportUrl, List<RejectedRow> rejected) {
    }

    /** One line of the report. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReportLine(int row, String status, String outcome, UUID awardId, UUID enrolmentId, Boolean unclaimed,
            String claimUrl, String problemType, String problemDetail) {
    }

    public static String statusUrl(UUID jobId) {
        return BASE + "/" + jobId;
    }

    public static JobView view(JobState state, ObjectMapper mapper, boolean withRejected) {
        Map<AwardJobRow.Status, Long> c = state.counts();
        Counts counts = new Counts(state.job().rowCount, n(c, AwardJobRow.Status.APPLIED),
                n(c, AwardJobRow.Status.FAILED), n(c, AwardJobRow.Status.REJECTED), n(c, AwardJobRow.Status.WAITING),
                n(c, AwardJobRow.Status.CANCELLED));
        List<RejectedRow> rejected = withRejected ? state.rejected().stream()
                .map(row -> new RejectedRow(row.rowNo, problem(row, mapper).errors())).toList() : null;
        return new JobView(state.job().id, state.job().status.name(), counts, state.job().submittedBy,
                state.job().submittedAt, state.job().finishedAt, statusUrl(state.job().id),
                statusUrl(state.job().id) + "/report", rejected);
    }

    public static ReportLine line(AwardJobRow row, ObjectMapper mapper) {
        Problem problem = row.problem == null ? null : problem(row, mapper);
        return new ReportLine(row.rowNo, row.status.name(), row.outcome, row.awardId, row.enrolmentId, row.unclaimed,
                row.claimUrl, problem == null ? null : problem.type(), problem == null ? null : problem.detail());
    }

    /** The report as CSV (RFC 4180), a header line first. */
    public static String csv(List<ReportLine> lines) {
        StringBuilder csv = new StringBuilder(
                "row,status,outcome,awardId,enrolmentId,unclaimed,claimUrl,problemType,problemDetail\r\n");
        for (ReportLine l : lines) {
            csv.append(l.row()).append(',').append(l.status()).append(',').append(CsvCell.of(l.outcome())).append(',')
                    .append(CsvCell.of(l.awardId())).append(',').append(CsvCell.of(l.enrolmentId())).append(',')
                    .append(CsvCell.of(l.unclaimed())).append(',').append(CsvCell.of(l.claimUrl())).append(',')
                    .append(CsvCell.of(l.problemType())).append(',').append(CsvCell.of(l.problemDetail())).append("\r\n");
        }
        return csv.toString();
    }

    private static long n(Map<AwardJobRow.Status, Long> counts, AwardJobRow.Status status) {
        return counts.getOrDefault(status, 0L);
    }

    private static Problem problem(AwardJobRow row, ObjectMapper mapper) {
        try {
            return mapper.readValue(row.problem, Problem.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An award job row's problem that cannot be read", e);
        }
    }
}
