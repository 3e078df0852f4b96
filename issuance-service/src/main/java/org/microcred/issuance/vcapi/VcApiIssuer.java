package org.microcred.issuance.vcapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.logging.Logger;
import org.microcred.credentials.CredentialException;
import org.microcred.credentials.status.StatusPurpose;
import org.microcred.issuance.keys.SigningKey;
import org.microcred.issuance.keys.service.SigningKeys;
import org.microcred.issuance.service.CredentialSigner;
import org.microcred.issuance.service.IssuerDirectory;
import org.microcred.issuance.service.StatusSlots;
import org.microcred.support.audit.AuditActor;
import org.microcred.support.audit.AuditState;
import org.microcred.support.audit.AuditTrail;
import org.microcred.support.problem.ProblemException;

/**
 * Signs a credential an institution's own system sent (VC-API issue), with the tenant's ACTIVE key and the same
 * signer, status lists and slot allocation as our awards. In one transaction: the status slots are taken, the
 * credential signed, its id recorded (for /credentials/status) and the audit record written
 * ({@code vcapi-credential.issued}); a credential the signer refuses (JSON-LD safe mode) rolls the slots back.
 */
@ApplicationScoped
public class VcApiIssuer {

    /** Added to a VC 1.1 credential, whose own context does not define Data Integrity proofs (as DCC's signer does). */
    static final String DATA_INTEGRITY_CONTEXT = "https://w3id.org/security/data-integrity/v2";

    private static final Logger LOG = Logger.getLogger(VcApiIssuer.class);

    private final IssuerDirectory issuers;
    private final SigningKeys signingKeys;
    private final StatusSlots statusSlots;
    private final CredentialSigner signer;
    private final VcApiCredentialRepository records;
    private final AuditTrail audit;

    public VcApiIssuer(IssuerDirectory issuers, SigningKeys signingKeys, StatusSlots statusSlots,
            CredentialSigner signer, VcApiCredentialRepository records, AuditTrail audit) {
        this.issuers = issuers;
        this.signingKeys = signingKeys;
        this.statusSlots = statusSlots;
        this.signer = signer;
        this.records = records;
        this.audit = audit;
    }

    /**
     * The signed credential (JSON text): the one sent, unchanged but for its proof (and what the options add).
     * A concurrent issuance of the same id fails at commit with a unique violation: the caller answers it 409.
     */
    @WithTransaction
    public Uni<String> issue(String tenantId, IssueRequest request, AuditActor actor) {
        return Uni.createFrom().deferred(() -> {
            DataModelRules.Version version = DataModelRules.check(request.credential(), issuers.issuerId(tenantId));
            ObjectNode credential = request.credential().deepCopy();
            String id = credential.path("id").asText(null);
            if (!request.statusPurposes().isEmpty()) {
                requireStatusable(credential, id, version);
            }
            if (version == DataModelRules.Version.V1_1) {
                addDataIntegrityContext(credential);
            }
            return signAndRecord(tenantId, credential, id, request.statusPurposes(), actor);
        });
    }

    static ProblemException idTaken(String id) {
        return ProblemException.conflict("credential-id-taken", "This institution already had a credential with id "
                + id + " signed: an id names one credential");
    }

    private Uni<String> signAndRecord(String tenantId, ObjectNode credential, String id, List<StatusPurpose> purposes,
            AuditActor actor) {
        Uni<Boolean> taken = id == null ? Uni.createFrom().item(false) : records.exists(tenantId, id);
        return taken.chain(exists -> {
            if (exists) {
                throw idTaken(id);
            }
            return signingKeys.active(tenantId);
        }).chain(key -> {
            VcApiCredential record = record(tenantId, id, key, actor);
            Uni<Void> slots = purposes.isEmpty() ? Uni.createFrom().voidItem()
                    : statusSlots.allocate(tenantId, key)
                            .invoke(pair -> credential.set("credentialStatus", statusEntries(pair, purposes, record)))
                            .replaceWithVoid();
            return slots.map(nothing -> sign(credential, key, record.issuedAt))
                    .call(signed -> id == null ? Uni.createFrom().voidItem() : records.persist(record).replaceWithVoid())
                    .call(signed -> audit.record(actor, tenantId, "vcapi-credential.issued", "vcapi-credential",
                            id == null ? "(no id)" : id, null, AuditState.of("keyId", key.keyId(),
                                    "statusPurposes", purposes.stream().map(StatusPurpose::value).toList())))
                    .invoke(signed -> LOG.infof("VC-API credential %s of %s signed with %s", id, tenantId,
                            key.keyId()));
        });
    }

    private String sign(ObjectNode credential, SigningKey key, Instant created) {
        try {
            return signer.sign(VcApiJson.write(credential), key, created);
        } catch (CredentialException e) {
            // JSON-LD safe mode and the library's own bounds: the caller's credential, so a 400 naming the rule.
            throw DataModelRules.refused(e.problem(), e.getMessage());
        }
    }

    private static VcApiCredential record(String tenantId, String id, SigningKey key, AuditActor actor) {
        VcApiCredential record = new VcApiCredential();
        record.tenantId = tenantId;
        record.credentialId = id;
        record.signedWith = key.keyId();
        record.issuedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        record.issuedBy = actor.id();
        return record;
    }

    /** The entries the credential states, and their slots on the record; one entry is an object, two an array. */
    private static JsonNode statusEntries(StatusSlots.Pair pair, List<StatusPurpose> purposes,
            VcApiCredential record) {
        ArrayNode entries = JsonNodeFactory.instance.arrayNode();
        for (StatusPurpose purpose : purposes) {
            var slot = purpose == StatusPurpose.REVOCATION ? pair.revocation() : pair.suspension();
            entries.add(slot.entry().toJson());
            if (purpose == StatusPurpose.REVOCATION) {
                record.revocationList = slot.listNumber();
                record.revocationIndex = slot.index();
            } else {
                record.suspensionList = slot.listNumber();
                record.suspensionIndex = slot.index();
            }
        }
        return entries.size() == 1 ? entries.get(0) : entries;
    }

    private static void requireStatusable(ObjectNode credential, String id, DataModelRules.Version version) {
        if (id == null) {
            throw DataModelRules.refused("credential-id-required", "A credential given a status entry must have an"
                    + " id: /credentials/status names it by that id");
        }
        if (credential.has("credentialStatus")) {
            throw DataModelRules.refused("status-conflict", "The credential states a credentialStatus already;"
                    + " options.credentialStatus would add another");
        }
        if (version != DataModelRules.Version.V2) {
            throw DataModelRules.refused("status-needs-vc2", "BitstringStatusListEntry is defined by the VC 2.0"
                    + " context: a VC 1.1 credential cannot be given one");
        }
    }

    private static void addDataIntegrityContext(ObjectNode credential) {
        JsonNode context = credential.get("@context");
        ArrayNode contexts = context.isArray() ? (ArrayNode) context
                : JsonNodeFactory.instance.arrayNode().add(context);
        for (JsonNode entry : contexts) {
            if (DATA_INTEGRITY_CONTEXT.equals(entry.asText(null))) {
                return;
            }
        }
        contexts.add(DATA_INTEGRITY_CONTEXT);
        credential.set("@context", contexts);
    }
}
