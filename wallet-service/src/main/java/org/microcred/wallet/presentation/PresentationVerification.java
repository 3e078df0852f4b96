package org.microcred.wallet.presentation;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.microcred.credentials.CredentialException;
import org.microcred.credentials.holder.HolderProofException;
import org.microcred.support.problem.Problem;
import org.microcred.support.problem.ProblemException;
import org.microcred.wallet.verification.Check;
import org.microcred.wallet.verification.CostMeter;
import org.microcred.wallet.verification.CredentialVerifier;
import org.microcred.wallet.verification.HolderAuthentication;
import org.microcred.wallet.verification.ReportStanding;
import org.microcred.wallet.verification.VerificationReport;

/**
 * Checks an answer to a request with the wallet's own verifier, blocking (keys and status lists may be fetched): a
 * wallet app's presentation must carry the holder's {@code authentication} proof with the request's challenge and
 * domain ({@link HolderAuthentication}); every credential must be what was asked for ({@link PresentationQuery}),
 * else the answer is refused; each is then verified ({@link CredentialVerifier}) and its verdict recorded as found,
 * revoked, suspended, expired or tampered included.
 */
@ApplicationScoped
public class PresentationVerification {

    private final HolderAuthentication holders;
    private final CredentialVerifier verifier;
    private final PresentationRequestConfig config;

    public PresentationVerification(HolderAuthentication holders, CredentialVerifier verifier,
            PresentationRequestConfig config) {
        this.holders = holders;
        this.verifier = verifier;
        this.config = config;
    }

    /** A wallet app's presentation: 400 {@code did-authentication-failed} when its holder proof does not hold. */
    PresentationResult walletApp(JsonNode presentation, PresentationQuery query, String challenge, String domain,
            CostMeter meter) {
        HolderAuthentication.Outcome outcome = holders.authenticate(presentation, challenge, domain, meter);
        HolderProofException refusal = outcome.refusal();
        if (refusal != null) {
            throw new ProblemException(400, "did-authentication-failed", "DID authentication failed",
                    refusal.getMessage(), List.of(new Problem.FieldError("verifiablePresentation.proof",
                            refusal.reason())));
        }
        return new PresentationResult(outcome.presentation().holderDid(), PresentationRequest.BY_WALLET_APP,
                credentials(outcome.presentation().credentials(), query, meter));
    }

    /** Stored credentials a signed-in earner chose to share (no holder proof: the earner is authenticated). */
    PresentationResult signedInEarner(List<JsonNode> documents, PresentationQuery query) {
        return new PresentationResult(null, PresentationRequest.BY_SIGNED_IN_EARNER,
                credentials(documents, query, CostMeter.FREE));
    }

    private List<PresentationResult.Credential> credentials(List<JsonNode> presented, PresentationQuery query,
            CostMeter meter) {
        if (presented.isEmpty()) {
            throw refused("no-credential", "The presentation holds no credential; the request asks for one");
        }
        if (presented.size() > config.maxCredentials()) {
            throw refused("too-many-credentials", "A presentation may hold at most " + config.maxCredentials()
                    + " credentials");
        }
        for (int i = 0; i < presented.size(); i++) {
            JsonNode credential = presented.get(i);
            if (!credential.isObject()) {
                throw refused("unsupported-credential", "verifiableCredential[" + i + "] is not a JSON object:"
                        + " only credentials secured with Data Integrity proofs are accepted here");
            }
            if (!query.matches(credential)) {
                throw refused("credential-not-requested", "verifiableCredential[" + i + "] is not what the request"
                        + " asks for (" + (query.achievementId() != null ? "achievement " + query.achievementId()
                        : "issuer " + query.issuerId()) + ")");
            }
        }
        List<PresentationResult.Credential> results = new ArrayList<>();
        for (JsonNode credential : presented) {
            results.add(verify(credential, meter));
        }
        return results;
    }

    private PresentationResult.Credential verify(JsonNode credential, CostMeter meter) {
        VerificationReport report;
        try {
            report = verifier.verifyJson(credential.toString(), meter);
        } catch (CredentialException e) {
            // Cannot be checked at all (a context we do not know, a cryptosuite we do not check): not verified.
            return of(credential, false, false, false, false, List.of(e.problem() + ": " + e.getMessage()));
        }
        ReportStanding standing = ReportStanding.of(report);
        List<String> errors = report.checks().stream()
                .filter(c -> !c.passed() && !Check.ISSUER_KNOWN.equals(c.check()))
                .map(c -> c.check() + ": " + c.detail()).toList();
        return of(credential, report.verified(), standing == ReportStanding.REVOKED,
                standing == ReportStanding.SUSPENDED, standing == ReportStanding.EXPIRED, errors);
    }

    private static PresentationResult.Credential of(JsonNode credential, boolean verified, boolean revoked,
            boolean suspended, boolean expired, List<String> errors) {
        JsonNode issuer = credential.path("issuer");
        JsonNode achievement = credential.path("credentialSubject").path("achievement");
        return new PresentationResult.Credential(credential.path("id").asText(null),
                new PresentationResult.Issuer(PresentationQuery.issuerIdOf(credential),
                        issuer.path("name").asText(null)),
                new PresentationResult.Achievement(achievement.path("id").asText(null),
                        achievement.path("name").asText(null)),
                verified, revoked, suspended, expired, errors);
    }

    private static ProblemException refused(String slug, String detail) {
        return new ProblemException(400, slug, "Presentation refused", detail);
    }
}
