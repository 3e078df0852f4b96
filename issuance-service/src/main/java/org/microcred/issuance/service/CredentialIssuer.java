package org.microcred.issuance.service;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import org.microcred.issuance.IdentityHash;
import org.microcred.issuance.IssuedCredential;
import org.microcred.issuance.OpenBadgeCredentialBuilder;
import org.microcred.issuance.config.IssuerDirectory;
import org.microcred.issuance.repository.CredentialRepository;
import org.microcred.support.outbox.Outbox;

/**
 * Issues one credential: builds the (still unsigned) document, stores it and records
 * {@code credential.issued} in the outbox, all in the caller's transaction. The unique constraint
 * on the award's natural key makes a concurrent duplicate fail that transaction instead of
 * issuing twice; the consumer's retry then finds the credential and does nothing.
 */
@ApplicationScoped
public class CredentialIssuer {

    private static final Logger LOG = Logger.getLogger(CredentialIssuer.class);

    private final CredentialRepository credentials;
    private final IssuerDirectory issuers;
    private final Outbox outbox;

    public CredentialIssuer(CredentialRepository credentials, IssuerDirectory issuers, Outbox outbox) {
        this.credentials = credentials;
        this.issuers = issuers;
        this.outbox = outbox;
    }

    public Uni<IssuedCredential> issue(String tenantId, CatalogueAchievement achievement, AssessmentDecided award) {
        UUID credentialId = UUID.randomUUID();
        // Microseconds, as PostgreSQL keeps them, so the list orders credentials of one second;
        // the document's validFrom states the same time to the second.
        Instant issuedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        ObjectNode document = OpenBadgeCredentialBuilder.build(new OpenBadgeCredentialBuilder.Inputs(
                credentialId, issuedAt, IdentityHash.newSalt(), issuers.profileOf(tenantId), achievement, award));

        IssuedCredential credential = new IssuedCredential();
        credential.id = credentialId;
        credential.tenantId = tenantId;
        credential.earnerId = award.earnerId();
        credential.achievementId = award.achievementId();
        credential.achievementVersion = award.achievementVersion();
        credential.assessmentId = award.assessmentId();
        credential.enrolmentId = award.enrolmentId();
        credential.achievementName = achievement.name;
        credential.document = text(document);
        credential.issuedAt = issuedAt;

        CredentialIssued event = new CredentialIssued(credentialId, award.enrolmentId(), award.assessmentId(),
                award.achievementId(), award.achievementVersion(), award.earnerId(), achievement.name, document,
                issuedAt);
        // Keyed by earner, so one earner's credentials reach the wallet in order.
        return credentials.persist(credential)
                .chain(() -> outbox.add(tenantId, award.earnerId(), award.earnerId(), event))
                .invoke(() -> LOG.infof("Issued credential %s for assessment %s (tenant %s)", credentialId,
                        award.assessmentId(), tenantId))
                .replaceWith(credential);
    }

    private static String text(ObjectNode document) {
        try {
            return EventCodec.mapper().writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree is always writable", e);
        }
    }
}
