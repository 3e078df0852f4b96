package org.microcred.issuance.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.microcred.events.MalformedEventException;
import org.microcred.events.enrolment.PathwayCompleted;
import org.microcred.events.enrolment.PathwayComponent;
import org.microcred.issuance.repository.CredentialRepository;
import org.microcred.support.audit.AuditActor;

/**
 * Issues a pathway's stacked credential when enrolment-service announces the pathway completed: one
 * per (tenant, earner, pathway id, pathway version). Runs inside the consumer's transaction. The event
 * carries everything the credential states, so nothing waits for another topic; the component
 * credentials it names were issued here before enrolment-service could count them, or are credentials from
 * elsewhere the institution recognised (named by the wallet's id, never issued here).
 *
 * <p>A redelivered event is skipped by the consumer; the same completion announced again under a new
 * event id finds the credential and issues nothing; two at once cannot both insert (partial unique
 * index {@code issued_credential_pathway_once}): the loser's transaction fails, and its retry finds the
 * credential.
 */
@ApplicationScoped
public class PathwayService {

    private static final Logger LOG = Logger.getLogger(PathwayService.class);

    private final CredentialRepository credentials;
    private final CredentialIssuer issuer;

    public PathwayService(CredentialRepository credentials, CredentialIssuer issuer) {
        this.credentials = credentials;
        this.issuer = issuer;
    }

    /** {@code actor}: this service acting on the completion's event (the audit trail's actor of the credential). */
    public Uni<Void> completed(String tenantId, PathwayCompleted completed, AuditActor actor) {
        checkComplete(completed);
        return credentials.isPathwayIssued(tenantId, completed.earnerId(), completed.pathwayId(),
                        completed.pathwayVersion())
                .chain(issued -> {
                    if (issued) {
                        LOG.infof("Pathway %s version %d of %s already has its credential", completed.pathwayId(),
                                completed.pathwayVersion(), completed.earnerId());
                        return Uni.createFrom().voidItem();
                    }
                    return issuer.issue(tenantId, CredentialRequest.pathway(completed), actor).replaceWithVoid();
                });
    }

    /** A completion without these can never be stated; it goes to the dead-letter topic at once. */
    private static void checkComplete(PathwayCompleted p) {
        if (p.pathwayId() == null || p.pathwayVersion() < 1 || blank(p.earnerId()) || blank(p.name())
                || p.components() == null || p.components().isEmpty()) {
            throw new MalformedEventException("enrolment.pathway.completed without pathwayId, pathwayVersion,"
                    + " earnerId, name or components");
        }
        for (PathwayComponent component : p.components()) {
            // A component is a credential held here, or one from elsewhere recognised as equivalent.
            if (component == null || component.achievementId() == null
                    || (component.credentialId() == null) == (component.externalCredentialId() == null)) {
                throw new MalformedEventException("enrolment.pathway.completed with a component without"
                        + " achievementId, or without exactly one of credentialId and externalCredentialId");
            }
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
