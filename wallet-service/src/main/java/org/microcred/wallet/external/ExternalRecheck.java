package org.microcred.wallet.external;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.microcred.events.wallet.ExternalCredentialStatusChanged;
import org.microcred.support.background.RepeatingPass;
import org.microcred.support.metrics.AfterCommit;
import org.microcred.support.outbox.Outbox;
import org.microcred.wallet.external.ExternalCredential.Status;
import org.microcred.wallet.verification.ReportStanding;
import org.microcred.wallet.verification.VerificationBusyException;
import org.microcred.wallet.verification.VerificationReport;

/**
 * Keeps external credentials honest after they were accepted: each pass first marks EXPIRED those past their
 * {@code validUntil} by the clock (nothing fetched), then verifies again up to a batch of those whose last check is
 * older than {@code recheck-age}, and records what it finds (REVOKED, SUSPENDED, EXPIRED, UNVERIFIED, or VALID again),
 * each change with {@code wallet.external-credential.status-changed} in its transaction. REVOKED and EXPIRED are final.
 *
 * <p>Replicas share the work: rows are taken {@code FOR UPDATE SKIP LOCKED}, and a due row is claimed by moving its
 * {@code last_checked_at} to now in that short transaction, so the slow part (fetching status lists, up to 2 s each)
 * holds no lock and no other replica picks the row. A replica that dies mid-batch leaves its claimed rows to the
 * next round, one {@code recheck-age} later.
 */
@ApplicationScoped
public class ExternalRecheck {

    private static final Logger LOG = Logger.getLogger(ExternalRecheck.class);

    private final ExternalCredentialRepository credentials;
    private final ExternalVerification verification;
    private final Outbox outbox;
    private final ExternalCredentialConfig config;
    private final Vertx vertx;
    private final RepeatingPass passes;

    public ExternalRecheck(ExternalCredentialRepository credentials, ExternalVerification verification, Outbox outbox,
            ExternalCredentialConfig config, Vertx vertx) {
        this.credentials = credentials;
        this.verification = verification;
        this.outbox = outbox;
        this.config = config;
        this.vertx = vertx;
        // A full batch: more may be due; go on at once.
        this.passes = new RepeatingPass(vertx.getDelegate(), "External credential re-check", () -> pass(Instant.now()),
                done -> done >= config.recheckBatch(), config.recheckInterval(), config.recheckInterval());
    }

    void start(@Observes StartupEvent started) {
        if (config.recheckEnabled()) {
            passes.start(config.recheckInterval());
        }
    }

    void stop(@Observes ShutdownEvent stopping) {
        passes.stop();
    }

    /** One pass as of {@code now}: answers how many credentials it marked or checked. Tests call it directly. */
    public Uni<Integer> runOnce(Instant now) {
        return RepeatingPass.onSafeContext(vertx.getDelegate(), () -> pass(now));
    }

    private Uni<Integer> pass(Instant now) {
        AfterCommit.begin();
        return Panache.withTransaction(() -> expireByClock(now))
                .chain(expired -> Panache.withTransaction(() -> claimDue(now))
                        .chain(due -> Multi.createFrom().iterable(due).onItem()
                                .transformToUniAndConcatenate(this::recheck).collect().asList()
                                .map(checked -> expired + checked.size())))
                .invoke(AfterCommit::committed)
                .onFailure().invoke(AfterCommit::discard)
                .invoke(done -> {
                    if (done > 0) {
                        LOG.infof("Re-checked or expired %d external credentials", done);
                    }
                });
    }

    private Uni<Integer> expireByClock(Instant now) {
        return credentials.lockExpired(now, config.recheckBatch()).chain(rows -> Multi.createFrom().iterable(rows)
                .onItem().transformToUniAndConcatenate(c -> change(c, Status.EXPIRED,
                        "expired: valid until " + c.validUntil, now))
                .collect().asList().map(List::size));
    }

    /** The due rows, claimed; answered as (id, format, document) to verify outside any transaction. */
    private Uni<List<Due>> claimDue(Instant now) {
        Instant checkedAt = now.truncatedTo(ChronoUnit.MICROS);
        return credentials.lockDue(now.minus(config.recheckAge()), config.recheckBatch())
                .map(rows -> rows.stream().map(c -> {
                    c.lastCheckedAt = checkedAt;
                    return new Due(c.id, c.format, c.document);
                }).toList());
    }

    private record Due(UUID id, String format, String document) {
    }

    private Uni<Void> recheck(Due due) {
        return vertx.executeBlocking(() -> verification.recheck(due.format(), due.document()), false)
                .onFailure(VerificationBusyException.class).recoverWithNull()
                .chain(report -> report == null ? Uni.createFrom().voidItem()
                        : Panache.withTransaction(() -> credentials.findById(due.id())
                                .chain(c -> c == null ? Uni.createFrom().voidItem() : apply(c, report))));
    }

    private Uni<Void> apply(ExternalCredential c, VerificationReport report) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        c.lastCheckedAt = now;
        c.verified = report.verified();
        c.checks = ExternalCredentialService.checksJson(report);
        if (c.status == Status.REVOKED || c.status == Status.EXPIRED) {
            return Uni.createFrom().voidItem();
        }
        ReportStanding standing = ReportStanding.of(report);
        Status next = switch (standing) {
            case VERIFIED -> Status.VALID;
            case REVOKED -> Status.REVOKED;
            case SUSPENDED -> Status.SUSPENDED;
            case EXPIRED -> Status.EXPIRED;
            case NOT_VERIFIED -> Status.UNVERIFIED;
        };
        String reason = next == Status.VALID ? "verified again" : ReportStanding.reasons(report);
        return next == c.status ? Uni.createFrom().voidItem() : change(c, next, reason, now);
    }

    private Uni<Void> change(ExternalCredential c, Status status, String reason, Instant now) {
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        c.status = status;
        c.statusReason = reason;
        c.statusChangedAt = at;
        if (status == Status.EXPIRED) {
            c.lastCheckedAt = at;
        }
        return outbox.add(c.tenantId, c.id.toString(), c.id.toString(),
                new ExternalCredentialStatusChanged(c.id, c.earnerId, status.name(), reason, at)).replaceWithVoid();
    }
}
