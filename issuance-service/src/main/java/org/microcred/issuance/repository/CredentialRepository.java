package org.microcred.issuance.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.issuance.IssuedCredential;

@ApplicationScoped
public class CredentialRepository implements PanacheRepositoryBase<IssuedCredential, UUID> {

    private static final Sort NEWEST_FIRST = Sort.by("issuedAt", Sort.Direction.Descending)
            .and("id", Sort.Direction.Descending);

    /**
     * The earner, or the earner who claimed it when it is a claimed stand-in ({@code ClaimedIdentity}): a credential
     * of a stand-in is recorded under its claimer once claimed, so a check by the stand-in id finds it there too. One
     * statement, so a claim committing meanwhile is seen entirely or not at all.
     */
    private static final String EARNER_OR_CLAIMER = "(earnerId = :earner or earnerId = (select c.earnerId"
            + " from ClaimedIdentity c where c.tenantId = :tenant and c.unclaimedEarnerId = :earner))";

    /** Whether this award decision already has its credential (the natural key of a credential). */
    public Uni<Boolean> isIssued(String tenantId, AssessmentDecided award) {
        return count("tenantId = :tenant and " + EARNER_OR_CLAIMER + " and achievementId = :achievement"
                        + " and achievementVersion = :version and assessmentId = :assessment",
                Parameters.with("tenant", tenantId).and("earner", award.earnerId())
                        .and("achievement", award.achievementId()).and("version", award.achievementVersion())
                        .and("assessment", award.assessmentId()))
                .map(count -> count > 0);
    }

    /** Whether the earner already has the stacked credential of this pathway version. */
    public Uni<Boolean> isPathwayIssued(String tenantId, String earnerId, UUID pathwayId, int pathwayVersion) {
        return count("tenantId = :tenant and " + EARNER_OR_CLAIMER + " and pathwayId = :pathway"
                        + " and achievementVersion = :version",
                Parameters.with("tenant", tenantId).and("earner", earnerId).and("pathway", pathwayId)
                        .and("version", pathwayVersion))
                .map(count -> count > 0);
    }

    /** The credential if it belongs to the tenant; another tenant's is as absent as a missing one. */
    public Uni<IssuedCredential> findInTenant(String tenantId, UUID id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).firstResult();
    }

    /** Like {@link #findInTenant}, row-locked: its status is about to change. */
    public Uni<IssuedCredential> lockInTenant(String tenantId, UUID id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /**
     * Whether a credential holds this slot of the tenant's suspension list: only credentials issued before
     * suspension slots were paired with revocation slots can (see {@code StatusSlots}).
     */
    public Uni<Boolean> holdsSuspensionSlot(String tenantId, int listNumber, int index) {
        return count("tenantId = ?1 and suspensionList = ?2 and suspensionIndex = ?3", tenantId, listNumber, index)
                .map(count -> count > 0);
    }

    /** How many credentials a key signed: what a compromise of that key invalidates. */
    public Uni<Long> countSignedWith(String tenantId, String keyId) {
        return count("tenantId = ?1 and signedWith = ?2", tenantId, keyId);
    }

    public Uni<List<IssuedCredential>> listInTenant(String tenantId, String earnerId, int limit) {
        var query = earnerId == null
                ? find("tenantId = ?1", NEWEST_FIRST, tenantId)
                : find("tenantId = ?1 and earnerId = ?2", NEWEST_FIRST, tenantId, earnerId);
        return query.page(0, limit).list();
    }

    /** Whether the tenant has issued anything: such a tenant has a public issuer profile. */
    public Uni<Boolean> hasIssued(String tenantId) {
        return find("tenantId = ?1", tenantId).firstResult().map(found -> found != null);
    }
}
