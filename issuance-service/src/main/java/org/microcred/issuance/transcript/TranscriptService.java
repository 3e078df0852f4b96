package org.microcred.issuance.transcript;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.microcred.credentials.CredentialException;
import org.microcred.credentials.contexts.ClrContext;
import org.microcred.events.EventCodec;
import org.microcred.events.MalformedEventException;
import org.microcred.events.issuance.TranscriptIssued;
import org.microcred.events.issuance.TranscriptRefused;
import org.microcred.events.wallet.TranscriptRequested;
import org.microcred.issuance.IssuedCredential;
import org.microcred.issuance.IssuerProfile;
import org.microcred.issuance.keys.SigningKey;
import org.microcred.issuance.keys.service.SigningKeys;
import org.microcred.issuance.service.CredentialSigner;
import org.microcred.issuance.service.IssuerDirectory;
import org.microcred.support.outbox.Outbox;

/**
 * Answers an earner's transcript request (inside the consumer's transaction): checks the credentials
 * ({@link TranscriptRefusal}), builds the {@code ClrCredential} ({@link ClrCredentialBuilder}), signs it with the
 * institution's ACTIVE key ({@code eddsa-rdfc-2022}, as its badges), stores it and records
 * {@code issuance.transcript.issued}, or records the refusal and {@code issuance.transcript.refused}. One outcome per
 * transcript id: a request seen before (redelivered, or sent again under a new event id) changes nothing.
 */
@ApplicationScoped
public class TranscriptService {

    /** The most credentials a transcript embeds (the wallet refuses more with 422 before asking). */
    public static final int MAX_CREDENTIALS = 50;
    /**
     * The largest unsigned transcript, in UTF-8 bytes: the signed text travels in {@code issuance.transcript.issued},
     * whose whole envelope must stay under the outbox's 1,000,000 bytes once its quotes are escaped.
     */
    static final int MAX_BYTES = 600_000;

    private static final Logger LOG = Logger.getLogger(TranscriptService.class);

    private final TranscriptRepository transcripts;
    private final IssuerDirectory issuers;
    private final SigningKeys signingKeys;
    private final CredentialSigner signer;
    private final Outbox outbox;

    public TranscriptService(TranscriptRepository transcripts, IssuerDirectory issuers, SigningKeys signingKeys,
            CredentialSigner signer, Outbox outbox) {
        this.transcripts = transcripts;
        this.issuers = issuers;
        this.signingKeys = signingKeys;
        this.signer = signer;
        this.outbox = outbox;
    }

    public Uni<Void> requested(String tenantId, TranscriptRequested request) {
        checkComplete(request);
        return transcripts.findById(request.transcriptId()).chain(existing -> {
            if (existing != null) {
                LOG.infof("Transcript %s was already %s", request.transcriptId(), existing.status);
                return Uni.createFrom().voidItem();
            }
            return transcripts.credentialsInTenant(tenantId, request.credentialIds())
                    .chain(found -> TranscriptRefusal.of(request.earnerId(), request.credentialIds(), found)
                            .map(refusal -> refuse(tenantId, request, refusal))
                            .orElseGet(() -> sign(tenantId, request, found)));
        });
    }

    private Uni<Void> sign(String tenantId, TranscriptRequested request, List<IssuedCredential> found) {
        if (!ClrContext.available()) {
            return refuse(tenantId, request, TranscriptRefusal.contextUnavailable());
        }
        Instant issuedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        IssuerProfile issuer = issuers.profileOf(tenantId);
        String unsigned = text(ClrCredentialBuilder.build(inputs(request, found, issuer, issuedAt)));
        int bytes = unsigned.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            return refuse(tenantId, request, TranscriptRefusal.tooLarge(bytes, MAX_BYTES));
        }
        return signingKeys.active(tenantId).chain(key -> {
            String signed;
            try {
                signed = signer.sign(unsigned, key, issuedAt);
            } catch (CredentialException e) {
                // Past the library's canonicalization limits (too-complex): retrying would fail again and leave the
                // earner waiting; a refusal tells them to choose fewer credentials.
                return refuse(tenantId, request, TranscriptRefusal.tooComplex(e.getMessage()));
            }
            return store(tenantId, request, key, signed, issuedAt);
        });
    }

    private Uni<Void> store(String tenantId, TranscriptRequested request, SigningKey key, String signed,
            Instant issuedAt) {
        IssuedTranscript transcript = row(tenantId, request, IssuedTranscript.Status.ISSUED, issuedAt);
        transcript.document = signed;
        transcript.signedWith = key.keyId();
        TranscriptIssued event = new TranscriptIssued(request.transcriptId(), request.earnerId(),
                request.credentialIds(), signed, issuedAt);
        return transcripts.persist(transcript)
                .chain(() -> outbox.add(tenantId, request.transcriptId().toString(), request.earnerId(), event))
                .invoke(() -> LOG.infof("Issued transcript %s of %d credentials for %s (tenant %s), signed with %s",
                        request.transcriptId(), request.credentialIds().size(), request.earnerId(), tenantId,
                        key.keyId()))
                .replaceWithVoid();
    }

    private Uni<Void> refuse(String tenantId, TranscriptRequested request, TranscriptRefusal refusal) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        IssuedTranscript transcript = row(tenantId, request, IssuedTranscript.Status.REFUSED, now);
        transcript.refusalReason = refusal.reason();
        transcript.refusalDetail = refusal.detail();
        TranscriptRefused event = new TranscriptRefused(request.transcriptId(), request.earnerId(), refusal.reason(),
                refusal.detail(), now);
        return transcripts.persist(transcript)
                .chain(() -> outbox.add(tenantId, request.transcriptId().toString(), request.earnerId(), event))
                .invoke(() -> LOG.infof("Refused transcript %s for %s (tenant %s): %s", request.transcriptId(),
                        request.earnerId(), tenantId, refusal.reason()))
                .replaceWithVoid();
    }

    /** The builder's inputs: the credentials in the earner's order, each pathway credential's components. */
    static ClrCredentialBuilder.Inputs inputs(TranscriptRequested request, List<IssuedCredential> found,
            IssuerProfile issuer, Instant issuedAt) {
        Map<UUID, IssuedCredential> byId = new LinkedHashMap<>();
        found.forEach(c -> byId.put(c.id, c));
        Map<UUID, Set<UUID>> components = new LinkedHashMap<>();
        List<ClrCredentialBuilder.Embedded> embedded = request.credentialIds().stream().map(byId::get).map(c -> {
            JsonNode document = tree(c.document);
            if (c.pathwayId != null) {
                components.put(c.id, ClrCredentialBuilder.componentsOf(document));
            }
            return new ClrCredentialBuilder.Embedded(c.id, document, c.achievementId, c.pathwayId);
        }).toList();
        String name = request.name() == null || request.name().isBlank()
                ? "Transcript from " + issuer.name() : request.name().strip();
        return new ClrCredentialBuilder.Inputs(request.transcriptId(), issuedAt, issuer, name, embedded, components);
    }

    private static IssuedTranscript row(String tenantId, TranscriptRequested request, IssuedTranscript.Status status,
            Instant at) {
        IssuedTranscript transcript = new IssuedTranscript();
        transcript.id = request.transcriptId();
        transcript.tenantId = tenantId;
        transcript.earnerId = request.earnerId();
        transcript.credentialIds = request.credentialIds().stream().map(UUID::toString)
                .collect(Collectors.joining(","));
        transcript.status = status;
        transcript.decidedAt = at;
        return transcript;
    }

    /** A request the wallet could never have sent goes to the dead-letter topic at once. */
    private static void checkComplete(TranscriptRequested r) {
        if (r.transcriptId() == null || r.earnerId() == null || r.earnerId().isBlank() || r.credentialIds() == null
                || r.credentialIds().isEmpty() || r.credentialIds().size() > MAX_CREDENTIALS
                || r.credentialIds().contains(null) || new HashSet<>(r.credentialIds()).size()
                != r.credentialIds().size()) {
            throw new MalformedEventException("wallet.transcript.requested without transcriptId or earnerId, or"
                    + " without 1.." + MAX_CREDENTIALS + " distinct credential ids");
        }
    }

    private static String text(ObjectNode document) {
        try {
            return EventCodec.mapper().writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree is always writable", e);
        }
    }

    private static JsonNode tree(String document) {
        try {
            return EventCodec.mapper().readTree(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored credential is JSON", e);
        }
    }
}
