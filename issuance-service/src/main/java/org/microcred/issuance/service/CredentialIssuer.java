package org.microcred.issuance.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.microcred.events.EventCodec;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.events.issuance.CredentialIssued;
import org.microcred.issuance.CatalogueAchievement;
import org.microcred.issuance.IssuedCredential;
import org.microcred.issuance.keys.SigningKey;
import org.microcred.issuance.metrics.IssuanceMetrics;
import org.microcred.issuance.repository.ClaimedIdentityRepository;
import org.microcred.issuance.repository.CredentialRepository;
import org.microcred.support.audit.AuditActor;
import org.microcred.support.audit.AuditState;
import org.microcred.support.audit.AuditTrail;
import org.microcred.support.outbox.Outbox;
import org.microcred.issuance.keys.service.SigningKeys;

/**
 * Issues one credential (a micro-credential's award, or a pathway's stacked credential: see
 * {@link CredentialRequest}), all in the caller's transaction: takes its revocation slot and the suspension slot
 * paired with it ({@link StatusSlots}), builds the document (which states the revocation entry only), signs it with the issuer's ACTIVE key (Data Integrity proof, and a
 * VC-JWT of the same unsigned document), stores it and records
 * {@code credential.issued} in the outbox. The unique constraint on the credential's natural key makes a
 * concurrent duplicate fail that transaction instead of issuing twice (its slots are given back by
 * the rollback); the consumer's retry then finds the credential and does nothing. Each credential issued is recorded
 * in the audit trail ({@code credential.issued}) in the same transaction, by the service acting on the consumed event.
 */
@ApplicationScoped
public class CredentialIssuer {

    private static final Logger LOG = Logger.getLogger(CredentialIssuer.class);

    private final CredentialRepository credentials;
    private final IssuerDirectory issuers;
    private final SigningKeys signingKeys;
    private final StatusSlots statusSlots;
    private final CredentialSigner signer;
    private final Outbox outbox;
    private final IssuanceMetrics metrics;
    private final ClaimedIdentityRepository identities;
    private final AuditTrail audit;

    public CredentialIssuer(CredentialRepository credentials, IssuerDirectory issuers, SigningKeys signingKeys,
            StatusSlots statusSlots, CredentialSigner signer, Outbox outbox, IssuanceMetrics metrics,
            ClaimedIdentityRepository identities, AuditTrail audit) {
        this.identities = identities;
        this.audit = audit;
        this.credentials = credentials;
        this.issuers = issuers;
        this.signingKeys = signingKeys;
        this.statusSlots = statusSlots;
        this.signer = signer;
        this.outbox = outbox;
        this.metrics = metrics;
    }

    public Uni<IssuedCredential> issue(String tenantId, CatalogueAchievement achievement, AssessmentDecided award,
            AuditActor actor) {
        return issue(tenantId, CredentialRequest.award(achievement, award), actor);
    }

    /**
     * The credential is recorded, and announced, under its holder: the request's earner, or the earner who claimed it
     * when it is a claimed stand-in ({@code unclaimed:...}); the stand-in's lock is held to the end of the transaction,
     * so a claim consumed meanwhile either sees this credential (and re-keys it) or is seen here. The document is
     * built from the request as it is: its subject is the hashed email (or the request's id), never the holder's id.
     */
    public Uni<IssuedCredential> issue(String tenantId, CredentialRequest request, AuditActor actor) {
        return identities.holderOf(tenantId, request.earnerId())
                .chain(holder -> signingKeys.active(tenantId).chain(key -> statusSlots.allocate(tenantId, key)
                        .chain(slots -> store(tenantId, request, holder, key, slots.revocation(),
                                slots.suspension()))))
                .call(credential -> audit.record(actor, tenantId, "credential.issued", "credential",
                        credential.id.toString(), null, AuditState.of("status", credential.status,
                                "basis", request.basis(), "earnerId", credential.earnerId,
                                "achievementId", credential.achievementId,
                                "achievementVersion", credential.achievementVersion,
                                "pathwayId", credential.pathwayId, "assessmentId", credential.assessmentId,
                                "enrolmentId", credential.enrolmentId, "signedWith", credential.signedWith)));
    }

    private Uni<IssuedCredential> store(String tenantId, CredentialRequest request, String holder, SigningKey key,
            StatusSlot revocation, StatusSlot suspension) {
        UUID credentialId = UUID.randomUUID();
        // Microseconds, as PostgreSQL keeps them, so the list orders credentials of one second;
        // the document's validFrom and the proof's created state the same time to the second.
        Instant issuedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String unsigned = text(request.document().build(credentialId, issuedAt, issuers.profileOf(tenantId),
                revocation.entry()));
        String signed = signer.sign(unsigned, key, issuedAt);
        String jwt = signer.signJwt(unsigned, key);

        IssuedCredential credential = new IssuedCredential();
        credential.id = credentialId;
        credential.tenantId = tenantId;
        credential.earnerId = holder;
        credential.achievementId = request.achievementId();
        credential.achievementVersion = request.achievementVersion();
        credential.assessmentId = request.assessmentId();
        credential.enrolmentId = request.enrolmentId();
        credential.pathwayId = request.pathwayId();
        credential.achievementName = request.achievementName();
        credential.document = signed;
        credential.credentialJwt = jwt;
        credential.issuedAt = issuedAt;
        credential.signedWith = key.keyId();
        credential.revocationList = revocation.listNumber();
        credential.revocationIndex = revocation.index();
        credential.suspensionList = suspension.listNumber();
        credential.suspensionIndex = suspension.index();

        // The signed text travels as it is (credentialText), so the wallet keeps and serves the bytes that were
        // signed and stored here; the parsed form is for consumers that only read the document.
        CredentialIssued event = new CredentialIssued(credentialId, request.enrolmentId(), request.assessmentId(),
                request.achievementId(), request.achievementVersion(), holder, request.achievementName(),
                tree(signed), issuedAt, jwt, request.pathwayId(), signed);
        // Keyed by earner, so one earner's credentials reach the wallet in order.
        return credentials.persist(credential)
                .chain(() -> outbox.add(tenantId, holder, holder, event))
                .invoke(() -> LOG.infof("Issued credential %s for %s %s (tenant %s), signed with %s", credentialId,
                        request.pathwayId() != null ? "pathway" : "assessment",
                        request.pathwayId() != null ? request.pathwayId() : request.assessmentId(), tenantId,
                        key.keyId()))
                .invoke(() -> metrics.issued(tenantId))
                .replaceWith(credential);
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
            throw new IllegalStateException("A signed document is JSON", e);
        }
    }
}
