package org.microcred.wallet.verification;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.microcred.credentials.CredentialException;
import org.microcred.credentials.dataintegrity.DataIntegrityProofs;
import org.microcred.credentials.jwt.VcJwt;
import org.microcred.credentials.jwt.VcJwtCheck;
import org.microcred.credentials.verification.ProofCheck;

/**
 * Verifies a credential and reports each check: structure, proof, issuer key, status, validity window, and whether
 * the issuer is known. Blocking (keys and status lists may be fetched): call it from a worker thread.
 *
 * <p>Every verification is bounded before it starts ({@link VerificationLimits}: proofs, status entries, size;
 * then one canonicalisation budget for the whole request), charged to the caller's {@link CostMeter}, and run in
 * one of a few places ({@link VerificationBulkhead}). Status lists are fetched only once the proof verifies.
 *
 * <p>Input that cannot be checked at all (not JSON, a context that is not bundled, an unsupported
 * proof type or cryptosuite, a malformed JWT, a credential over the limits) throws {@link CredentialException};
 * anything that can be checked answers a report, failed checks included.
 */
@ApplicationScoped
public class CredentialVerifier {

    private final IssuerKeys keys;
    private final DataIntegrityProofs proofs = new DataIntegrityProofs();
    private final VcJwt jwts;
    private final StatusCheck status;
    private final VerificationLimits limits;
    private final VerificationBulkhead bulkhead;
    private final IssuerRecognition recognition;
    private final Clock clock;

    @Inject
    public CredentialVerifier(IssuerKeys keys, RemoteDocuments documents, VerificationLimits limits,
            VerificationBulkhead bulkhead, IssuerRecognition recognition) {
        this(keys, documents, limits, bulkhead, recognition, Clock.systemUTC());
    }

    CredentialVerifier(IssuerKeys keys, RemoteDocuments documents, VerificationLimits limits,
            VerificationBulkhead bulkhead, IssuerRecognition recognition, Clock clock) {
        this.keys = keys;
        this.limits = limits;
        this.bulkhead = bulkhead;
        this.recognition = recognition;
        this.clock = clock;
        this.jwts = new VcJwt(clock);
        this.status = new StatusCheck(documents, proofs);
    }

    /** A credential secured with Data Integrity proofs (or carrying none: then its proof check fails). */
    public VerificationReport verifyJson(String json, CostMeter meter) {
        JsonNode credential = Json.credential(json);
        meter.charge(limits.admit(credential));
        return bulkhead.run(() -> limits.budget().spend(() -> checkJson(json, credential)));
    }

    /**
     * A stored credential, for the public page of a share link: input that cannot be checked (or costs too much to)
     * is a failed check in the report, never an error, since the page must show the credential anyway. All places
     * taken is still a 503: the page is better retried than shown unverified.
     */
    public VerificationReport verifyStored(String json, CostMeter meter) {
        try {
            return verifyJson(json, meter);
        } catch (CredentialException e) {
            String check = "unknown-context".equals(e.problem()) || "malformed-json".equals(e.problem())
                    ? Check.STRUCTURE : Check.PROOF;
            JsonNode credential;
            try {
                credential = Json.credential(json);
            } catch (CredentialException notJson) {
                return VerificationReport.of(null, null, List.of(Check.failed(check, e.getMessage())));
            }
            return VerificationReport.of(credential.path("id").asText(null), Json.issuerId(credential),
                    List.of(Check.failed(check, "the credential cannot be checked (" + e.problem() + "): "
                            + e.getMessage())));
        }
    }

    /** A credential secured as a VC-JWT (compact JWS): one signature, then the same limits on what it carries. */
    public VerificationReport verifyJwt(String compactJws, CostMeter meter) {
        return bulkhead.run(() -> limits.budget().spend(() -> {
            ResolutionSession session = new ResolutionSession(keys);
            VcJwtCheck outcome = jwts.verify(compactJws, session);
            JsonNode credential = Json.credential(outcome.credentialJson());
            meter.charge(limits.admit(credential));
            Check structure = StructureCheck.check(credential);
            String method = outcome.verificationMethod();
            Check proof = outcome.valid()
                    ? Check.passed(Check.PROOF, "VC-JWT signature by " + method + " verifies")
                    : Check.failed(Check.PROOF, "VC-JWT by " + method + " does not verify: " + outcome.reason());
            return report(credential, structure, proof, method, session);
        }));
    }

    private VerificationReport checkJson(String json, JsonNode credential) {
        Check structure = StructureCheck.check(credential);
        ResolutionSession session = new ResolutionSession(keys);
        String method = null;
        Check proof;
        List<JsonNode> embedded = Json.each(credential.get("proof"));
        if (embedded.isEmpty()) {
            proof = Check.failed(Check.PROOF, "the credential carries no proof");
        } else {
            ProofCheck outcome = proofs.verify(json, session);
            method = outcome.verificationMethod() != null ? outcome.verificationMethod()
                    : embedded.get(0).path("verificationMethod").asText(null);
            proof = outcome.valid()
                    ? Check.passed(Check.PROOF, "Data Integrity proof (" + DataIntegrityProofs.CRYPTOSUITE
                            + ") by " + method + " verifies")
                    : Check.failed(Check.PROOF, "Data Integrity proof by " + method + " does not verify: "
                            + outcome.reason());
        }
        return report(credential, structure, proof, method, session);
    }

    private VerificationReport report(JsonNode credential, Check structure, Check proof, String method,
            ResolutionSession session) {
        String issuer = Json.issuerId(credential);
        Check issuerKey = IssuerKeyCheck.check(method, issuer, session);
        List<Check> checks = new ArrayList<>();
        checks.add(structure);
        checks.add(proof);
        checks.add(issuerKey);
        checks.add(status.check(credential, proof.passed(), session, clock.instant()));
        checks.add(ValidityWindow.check(credential, clock.instant()));
        checks.add(recognition.check(credential, method, issuerKey));
        return VerificationReport.of(credential.path("id").asText(null), issuer, checks);
    }
}
