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
import java.util.Objects;
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
                        : insertWithinLimit(tenantId, earnerId, accepted));
    }

    /**
     * The 1EdTech APIs' upsert: kept like {@link #store}, but a credential equal to one the wallet holds (the same
     * {@code id} from the same issuer, the specification's equality rule) replaces it: the text received is kept,
     * with what it says and this verification. A replacement that makes a credential valid again (one the re-check
     * had marked unverified, say) says so with {@code wallet.external-credential.status-changed} VALID; one that
     * stays valid changes nothing others follow. The same {@code id} from another issuer is refused: it is not the
     * same credential, and the wallet keeps one per id.
     */
    @WithTransaction
    public Uni<Stored> upsert(String tenantId, String earnerId, Accepted accepted) {
        return locks.lock("wallet-external", tenantId, earnerId)
                .chain(() -> credentials.findByKey(tenantId, earnerId, accepted.dedupeKey()))
                .chain(existing -> existing == null ? insertWithinLimit(tenantId, earnerId, accepted)
                        : replace(tenantId, existing, accepted));
    }

    private Uni<Stored> insertWithinLimit(String tenantId, String earnerId, Accepted accepted) {
        return credentials.countFor(tenantId, earnerId).chain(count -> {
            if (count >= config.maxPerEarner()) {
                throw ProblemException.conflict("too-many-external-credentials", "The wallet holds " + count
                        + " credentials from elsewhere, the most it keeps (" + config.maxPerEarner()
                        + "); remove one first");
            }
            return insert(tenantId, earnerId, accepted);
        });
    }

    private Uni<Stored> replace(String tenantId, ExternalCredential held, Accepted accepted) {
        if (!Objects.equals(held.issuerId, accepted.report().issuer())) {
            throw new ProblemException(422, "same-id-other-issuer", "Another credential has this id",
                    "The wallet holds a credential with the id " + held.credentialId + " from another issuer");
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        ExternalCredential.Status was = held.status;
        fill(held, accepted, now);
        if (was == ExternalCredential.Status.VALID) {
            return Uni.createFrom().item(new Stored(held, false));
        }
        held.statusReason = null;
        held.statusChangedAt = now;
        return outbox.add(tenantId, held.id.toString(), held.id.toString(),
                        new ExternalCredentialStatusChanged(held.id, held.earnerId, "VALID",
                                "a platform sent it again and it verified", now))
                .replaceWith(new Stored(held, false));
    }

    private Uni<Stored> insert(String tenantId, String earnerId, Accepted accepted) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        ExternalCredential c = new ExternalCredential();
        c.id = UUID.randomUUID();
        c.tenantId = tenantId;
        c.earnerId = earnerId;
        c.dedupeKey = accepted.dedupeKey();
        c.submittedAt = now;
        fill(c, accepted, now);
        ExternalCredentialSubmitted submitted = new ExternalCredentialSubmitted(c.id, earnerId, c.format, c.issuerId,
                c.issuerName, c.issuerKnown, c.achievementId, c.achievementName, c.achievementType, c.validFrom,
                c.validUntil, c.subjectMatches, now);
        return credentials.persist(c)
                .chain(() -> outbox.add(tenantId, c.id.toString(), c.id.toString(), submitted))
                .replaceWith(new Stored(c, true));
    }

    /** What a verified credential says, and its verification, onto the row (new or replaced). */
    private static void fill(ExternalCredential c, Accepted accepted, Instant now) {
        ExternalFacts facts = accepted.facts();
        c.format = accepted.received().format();
        c.document = accepted.received().text();
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
        c.lastCheckedAt = now;
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
