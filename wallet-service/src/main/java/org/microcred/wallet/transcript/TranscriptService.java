package org.microcred.wallet.transcript;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.microcred.events.EventEnvelope;
import org.microcred.events.EventPayload;
import org.microcred.events.MalformedEventException;
import org.microcred.events.issuance.TranscriptIssued;
import org.microcred.events.issuance.TranscriptRefused;
import org.microcred.events.wallet.TranscriptRequested;
import org.microcred.support.outbox.Outbox;
import org.microcred.support.problem.ProblemException;

/**
 * The earner's CLR 2.0 transcripts. A request is checked against the wallet ({@link TranscriptRules}), written as
 * PENDING with its {@code wallet.transcript.requested} in one transaction; issuance signs it (or refuses) and its
 * answer, applied once, makes it ISSUED or REFUSED.
 */
@ApplicationScoped
public class TranscriptService {

    private static final Logger LOG = Logger.getLogger(TranscriptService.class);

    private final TranscriptRepository transcripts;
    private final Outbox outbox;

    public TranscriptService(TranscriptRepository transcripts, Outbox outbox) {
        this.transcripts = transcripts;
        this.outbox = outbox;
    }

    @WithTransaction
    public Uni<Transcript> request(String tenantId, String earnerId, List<UUID> credentialIds, String name) {
        TranscriptRules.checkShape(credentialIds, name);
        return transcripts.ownCredentialIds(tenantId, earnerId, credentialIds)
                .invoke(own -> TranscriptRules.checkOwn(credentialIds, own))
                .chain(() -> transcripts.statusesOf(tenantId, credentialIds))
                .invoke(TranscriptRules::checkActive)
                .chain(() -> {
                    Transcript transcript = new Transcript();
                    transcript.id = UUID.randomUUID();
                    transcript.tenantId = tenantId;
                    transcript.earnerId = earnerId;
                    transcript.name = name == null || name.isBlank() ? null : name.strip();
                    transcript.credentialIds = credentialIds.stream().map(UUID::toString)
                            .collect(Collectors.joining(","));
                    transcript.status = Transcript.Status.PENDING;
                    transcript.requestedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
                    TranscriptRequested requested = new TranscriptRequested(transcript.id, earnerId, credentialIds,
                            transcript.name, transcript.requestedAt);
                    // Keyed by earner, as issuance keys its answers.
                    return transcripts.persist(transcript)
                            .chain(() -> outbox.add(tenantId, transcript.id.toString(), earnerId, requested))
                            .replaceWith(transcript);
                });
    }

    @WithSession
    public Uni<List<Transcript>> list(String tenantId, String earnerId, int limit) {
        return transcripts.listForEarner(tenantId, earnerId, limit);
    }

    @WithSession
    public Uni<Transcript> get(String tenantId, String earnerId, UUID id) {
        return transcripts.findForEarner(tenantId, earnerId, id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Transcript", id));
    }

    /** Issuance's answer, inside the consumer's transaction; a transcript already decided keeps its outcome. */
    public Uni<Void> issued(EventEnvelope<EventPayload> event, TranscriptIssued issued) {
        if (issued.transcriptId() == null || issued.earnerId() == null || issued.transcriptText() == null
                || issued.transcriptText().isBlank() || issued.issuedAt() == null) {
            throw new MalformedEventException("issuance.transcript.issued without transcriptId, earnerId,"
                    + " transcriptText or issuedAt");
        }
        return decide(event, issued.transcriptId(), issued.earnerId(), transcript -> {
            transcript.status = Transcript.Status.ISSUED;
            transcript.document = issued.transcriptText();
            transcript.decidedAt = issued.issuedAt();
        });
    }

    public Uni<Void> refused(EventEnvelope<EventPayload> event, TranscriptRefused refused) {
        if (refused.transcriptId() == null || refused.earnerId() == null || refused.reason() == null
                || refused.refusedAt() == null) {
            throw new MalformedEventException("issuance.transcript.refused without transcriptId, earnerId, reason"
                    + " or refusedAt");
        }
        return decide(event, refused.transcriptId(), refused.earnerId(), transcript -> {
            transcript.status = Transcript.Status.REFUSED;
            transcript.refusalReason = refused.reason();
            transcript.refusalDetail = refused.detail();
            transcript.decidedAt = refused.refusedAt();
        });
    }

    private Uni<Void> decide(EventEnvelope<EventPayload> event, UUID id, String earnerId,
            java.util.function.Consumer<Transcript> outcome) {
        return transcripts.findById(id).invoke(transcript -> {
            if (transcript == null || !transcript.tenantId.equals(event.tenantId())
                    || !transcript.earnerId.equals(earnerId)) {
                // Not a request of this wallet (another deployment sharing the topic): nothing of ours to update.
                LOG.warnf("No transcript %s of %s for %s %s", id, earnerId, event.type(), event.eventId());
                return;
            }
            if (transcript.status == Transcript.Status.PENDING) {
                outcome.accept(transcript);
            }
        }).replaceWithVoid();
    }
}
