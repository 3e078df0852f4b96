package org.microcred.wallet.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.microcred.credentials.baking.BakedText;
import org.microcred.credentials.jwt.VcJwt;
import org.microcred.events.EventEnvelope;
import org.microcred.events.EventPayload;
import org.microcred.events.MalformedEventException;
import org.microcred.events.issuance.CredentialIssued;
import org.microcred.events.wallet.CredentialStored;
import org.microcred.support.metrics.CommittedCounts;
import org.microcred.support.outbox.Outbox;
import org.microcred.support.problem.ProblemException;
import org.microcred.wallet.CredentialDocument;
import org.microcred.wallet.CredentialStatus;
import org.microcred.wallet.CredentialSummary;
import org.microcred.wallet.WalletCredential;
import org.microcred.wallet.claim.ClaimedIdentityRepository;
import org.microcred.wallet.repository.CredentialStatusRepository;
import org.microcred.wallet.repository.ShareLinkRepository;
import org.microcred.wallet.repository.WalletCredentialRepository;

/** The earner's wallet: credentials arrive from issuance; the earner reads them. */
@ApplicationScoped
public class WalletService {

    private static final Logger LOG = Logger.getLogger(WalletService.class);

    /** A wallet credential with the status issuance last announced for it (null: none, it is active). */
    public record Entry(WalletCredential credential, CredentialStatus status) {
    }

    private final WalletCredentialRepository credentials;
    private final CredentialStatusRepository statuses;
    private final ShareLinkRepository shares;
    private final ClaimedIdentityRepository identities;
    private final Outbox outbox;
    private final CommittedCounts counts;

    public WalletService(WalletCredentialRepository credentials, CredentialStatusRepository statuses,
            ShareLinkRepository shares, ClaimedIdentityRepository identities, Outbox outbox, CommittedCounts counts) {
        this.identities = identities;
        this.counts = counts;
        this.credentials = credentials;
        this.statuses = statuses;
        this.shares = shares;
        this.outbox = outbox;
    }

    /**
     * Stores an issued credential in its earner's wallet and announces it, inside the consumer's
     * transaction. A credential already stored (the same event redelivered, or issuance sending it
     * again under a new event id) changes nothing and announces nothing. The document is kept as the text the
     * event carries ({@code credentialText}): the bytes issuance signed and stored. A credential its earner removed
     * is found by id too (its tombstone row), so a redelivery does not put it back. A credential issued to a stand-in
     * earner id ({@code unclaimed:...}) that an earner already claimed is stored under that earner's id.
     */
    public Uni<Void> store(EventEnvelope<EventPayload> event, CredentialIssued issued) {
        requireIds(issued);
        CredentialDocument document = CredentialDocument.of(issued);
        return identities.holderOf(event.tenantId(), issued.earnerId())
                .chain(holder -> storeFor(holder, event, issued, document));
    }

    /** {@link #store} for the earner the credential is stored under: its earner, or who claimed its stand-in. */
    private Uni<Void> storeFor(String holder, EventEnvelope<EventPayload> event, CredentialIssued issued,
            CredentialDocument document) {
        return credentials.findById(issued.credentialId()).chain(existing -> {
            if (existing != null) {
                if (existing.removedAt != null) {
                    LOG.infof("Credential %s arrived again (event %s) after its earner removed it: not restored",
                            issued.credentialId(), event.eventId());
                } else if (!existing.tenantId.equals(event.tenantId()) || !existing.earnerId.equals(holder)) {
                    LOG.warnf("Credential %s arrived again for another earner or tenant (event %s): kept the first",
                            issued.credentialId(), event.eventId());
                }
                return Uni.createFrom().voidItem();
            }
            WalletCredential credential = toEntity(event.tenantId(), issued, document);
            credential.earnerId = holder;
            credential.credentialJwt = jwtOf(issued, event);
            CredentialStored stored = new CredentialStored(credential.id, credential.enrolmentId,
                    credential.earnerId, credential.storedAt);
            String key = credential.journeyKey();
            return credentials.persist(credential)
                    .chain(() -> outbox.add(credential.tenantId, key, key, stored))
                    .invoke(() -> counts.increment("microcred.credentials.received", "tenant", credential.tenantId))
                    .replaceWithVoid();
        });
    }

    @WithSession
    public Uni<List<CredentialSummary>> list(WalletCredentialRepository.ListQuery query) {
        return credentials.listForEarner(query);
    }

    /**
     * Hides one of the earner's credentials from the wallet's default listing, or shows it again; doing either twice
     * changes nothing (hiding again keeps the first time). A hidden credential is otherwise unchanged: readable,
     * downloadable, and its share links keep working.
     */
    @WithTransaction
    public Uni<Void> setHidden(String tenantId, String earnerId, UUID id, boolean hidden) {
        return credentials.findForEarner(tenantId, earnerId, id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Credential", id))
                .invoke(credential -> {
                    if (!hidden) {
                        credential.hiddenAt = null;
                    } else if (credential.hiddenAt == null) {
                        credential.hiddenAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
                    }
                })
                .replaceWithVoid();
    }

    /**
     * Removes one of the earner's credentials from the wallet, in one transaction: the row stays as a tombstone
     * (when it was removed, without the document or the VC-JWT) and every share link of it is revoked. From then on it
     * is absent from the wallet (404 like an unknown one, removing it again too), and {@link #store} does not put it
     * back. The issuer's record and the credential's status are not the wallet's: removing is not revoking.
     */
    @WithTransaction
    public Uni<Void> remove(String tenantId, String earnerId, UUID id) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return credentials.lockForEarner(tenantId, earnerId, id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Credential", id))
                .invoke(credential -> {
                    credential.removedAt = now;
                    credential.document = null;
                    credential.credentialJwt = null;
                })
                .chain(() -> shares.revokeAllOf(id, now))
                .replaceWithVoid();
    }

    @WithSession
    public Uni<WalletCredential> get(String tenantId, String earnerId, UUID id) {
        return credentials.findForEarner(tenantId, earnerId, id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Credential", id));
    }

    @WithSession
    public Uni<Entry> getWithStatus(String tenantId, String earnerId, UUID id) {
        return credentials.findForEarner(tenantId, earnerId, id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Credential", id))
                .chain(credential -> statuses.findForTenant(tenantId, id)
                        .map(status -> new Entry(credential, status)));
    }

    /** A micro-credential's credential names its enrolment; a pathway's stacked credential its pathway. */
    private static void requireIds(CredentialIssued issued) {
        if (issued.credentialId() == null || (issued.enrolmentId() == null && issued.pathwayId() == null)
                || issued.achievementId() == null || issued.earnerId() == null || issued.earnerId().isBlank()
                || issued.issuedAt() == null) {
            throw new MalformedEventException("credential.issued without credentialId, enrolmentId (or pathwayId), "
                    + "achievementId, earnerId or issuedAt");
        }
    }

    private static WalletCredential toEntity(String tenantId, CredentialIssued issued, CredentialDocument document) {
        WalletCredential c = new WalletCredential();
        c.id = issued.credentialId();
        c.tenantId = tenantId;
        c.earnerId = issued.earnerId();
        c.enrolmentId = issued.enrolmentId();
        c.pathwayId = issued.pathwayId();
        c.assessmentId = issued.assessmentId();
        c.achievementId = issued.achievementId();
        c.achievementVersion = issued.achievementVersion();
        c.achievementName = firstNonBlank(issued.achievementName(), document.achievementName(), "Unnamed credential");
        c.issuerName = document.issuerName();
        c.issuedAt = issued.issuedAt();
        c.storedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        c.hasProof = document.hasProof();
        c.document = document.text();
        return c;
    }

    /**
     * The event's VC-JWT when it is shaped like a compact JWS of a sane size; anything else is dropped with a
     * warning rather than failing the event: the credential itself (with its embedded proof) still arrives.
     */
    private static String jwtOf(CredentialIssued issued, EventEnvelope<EventPayload> event) {
        return compactJwsOrNull(issued.credentialJwt(), issued.credentialId(), event);
    }

    /** {@code jwt} when it is shaped like a compact JWS of a sane size; null (with a warning) otherwise. */
    static String compactJwsOrNull(String jwt, UUID credentialId, EventEnvelope<EventPayload> event) {
        if (jwt == null || jwt.isBlank()) {
            return null;
        }
        if (jwt.length() > VcJwt.MAX_JWS_CHARS || !BakedText.isCompactJws(jwt)) {
            LOG.warnf("Credential %s arrived with a credentialJwt that is not a compact JWS (event %s): ignored it",
                    credentialId, event.eventId());
            return null;
        }
        return jwt;
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
