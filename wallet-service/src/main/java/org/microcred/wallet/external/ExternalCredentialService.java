package org.microcred.wallet.external;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.microcred.events.wallet.ExternalCredentialStatusChanged;
import org.microcred.events.wallet.ExternalCredentialSubmitted;
import org.microcred.support.outbox.Outbox;
import org.microcred.support.persistence.AdvisoryLocks;
import org.microcred.support.problem.ProblemException;
import org.microcred.wallet.PageCursor;
import org.microcred.wallet.external.ExternalVerification.Accepted;
import org.microcred.wallet.verification.Check;
import org.microcred.wallet.verification.VerificationReport;

/**
 * The earner's credentials from elsewhere: kept once per credential (a second submission of the same one answers the
 * stored one), at most {@code max-per-earner} per earner, each with {@code wallet.external-credential.submitted} in
 * its transaction; removed by the earner with {@code wallet.external-credential.status-changed} REMOVED.
 */
@ApplicationScoped
public class ExternalCredentialService {

    static final ObjectMapper JSON = new ObjectMapper();

    /** The stored credential, and whether this submission stored it (false: it was there already). */
    public record Stored(ExternalCredential credential, boolean created) {
    }

    private final ExternalCredentialRepository credentials;
    private final AdvisoryLocks locks;
    private final Outbox outbox;
    private final ExternalCredentialConfig config;

    public ExternalCredentialService(ExternalCredentialRepository credentials, AdvisoryLocks locks, Outbox outbox,
            ExternalCredentialConfig config) {
        this.credentials = credentials;
        this.locks = locks;
        this.outbox = outbox;
        this.config = config;
    }

    /**
     * Keeps a verified credential. Two submissions of one earner at once meet on an advisory lock per earner, so
     * neither the one-per-credential rule nor the limit can be passed by a race.
     */
    @WithTransaction
    public Uni<Stored> store(String tenantId, String earnerId, Accepted accepted) {
        return locks.lock("wallet-external", tenantId, earnerId)
                .chain(() -> credentials.findByKey(tenantId, earnerId, accepted.dedupeKey()))
                .chain(existing -> existing != null ? Uni.createFrom().item(new Stored(existing, false))
                        : credentials.countFor(tenantId, earnerId).chain(count -> {
                            if (count >= config.maxPerEarner()) {
                                throw ProblemException.conflict("too-many-external-credentials", "The wallet holds "
                                        + count + " credentials from elsewhere, the most it keeps ("
                                        + config.maxPerEarner() + "); remove one first");
                            }
                            return insert(tenantId, earnerId, accepted);
                        }));
    }

    private Uni<Stored> insert(String tenantId, String earnerId, Accepted accepted) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        ExternalFacts facts = accepted.facts();
        ExternalCredential c = new ExternalCredential();
        c.id = UUID.randomUUID();
        c.tenantId = tenantId;
        c.earnerId = earnerId;
        c.format = accepted.received().format();
        c.document = accepted.received().text();
        c.dedupeKey = accepted.dedupeKey();
        c.credentialId = facts.credentialId();
        c.issuerId = accepted.report().issuer();
        c.issuerName = facts.issuerName();
        c.issuerKnown = accepted.report().issuerKnown();
        c.achievementId = facts.achievementId();
        c.achievementName = facts.achievementName();
        c.achievementType = facts.achievementType();
        c.validFrom = facts.validFrom();
        c.validUntil = facts.validUntil();
        c.subjectMatches = facts.subjectMatches();
        c.status = ExternalCredential.Status.VALID;
        c.verified = true;
        c.checks = checksJson(accepted.report());
        c.submittedAt = now;
        c.lastCheckedAt = now;
        ExternalCredentialSubmitted submitted = new ExternalCredentialSubmitted(c.id, earnerId, c.format, c.issuerId,
                c.issuerName, c.issuerKnown, c.achievementId, c.achievementName, c.achievementType, c.validFrom,
                c.validUntil, c.subjectMatches, now);
        return credentials.persist(c)
                .chain(() -> outbox.add(tenantId, c.id.toString(), c.id.toString(), submitted))
                .replaceWith(new Stored(c, true));
    }

    @WithSession
    public Uni<List<ExternalCredential>> page(String tenantId, String earnerId, PageCursor after, int rows) {
        return credentials.page(tenantId, earnerId, after, rows);
    }

    @WithSession
    public Uni<ExternalCredential> get(String tenantId, String earnerId, UUID id) {
        return credentials.findForEarner(tenantId, earnerId, id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("External credential", id));
    }

    /** Removes it from the wallet for good (the document is the earner's to take back), and says so. */
    @WithTransaction
    public Uni<Void> remove(String tenantId, String earnerId, UUID id) {
        return credentials.findForEarner(tenantId, earnerId, id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("External credential", id))
                .call(credentials::delete)
                .chain(c -> outbox.add(tenantId, c.id.toString(), c.id.toString(),
                        new ExternalCredentialStatusChanged(c.id, earnerId, "REMOVED", "removed by the earner",
                                Instant.now().truncatedTo(ChronoUnit.MICROS))))
                .replaceWithVoid();
    }

    static String checksJson(VerificationReport report) {
        try {
            return JSON.writeValueAsString(report.checks());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The checks kept with a credential, read back. */
    public static List<Check> checksOf(ExternalCredential credential) {
        try {
            return List.of(JSON.readValue(credential.checks, Check[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
