package org.microcred.wallet.external;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.microcred.credentials.CredentialException;
import org.microcred.credentials.baking.BakedText;
import org.microcred.credentials.jwt.VcJwt;
import org.microcred.support.problem.Problem;
import org.microcred.support.problem.ProblemException;
import org.microcred.support.rest.BodySizeLimit;
import org.microcred.wallet.verification.Check;
import org.microcred.wallet.verification.CostMeter;
import org.microcred.wallet.verification.CredentialVerifier;
import org.microcred.wallet.verification.IssuerRecognition;
import org.microcred.wallet.verification.Json;
import org.microcred.wallet.verification.ReportStanding;
import org.microcred.wallet.verification.VerificationReport;

/**
 * The check of a credential an earner submits, with the public verifier and its cost bounds (not charged to a rate
 * limit: the earner is signed in, and holds at most {@code max-per-earner} of them). Blocking (keys and status lists
 * may be fetched): call it from a worker thread.
 */
@ApplicationScoped
public class ExternalVerification {

    /** A credential as the earner sent it: its text (JSON or compact JWS) and how it came (json, jwt, baked-*). */
    public record Received(String format, String text) {
    }

    /** A credential that verified, is an Open Badge and is not ours: what the wallet keeps of it. */
    public record Accepted(Received received, VerificationReport report, ExternalFacts facts, String dedupeKey) {
    }

    private final CredentialVerifier verifier;
    private final IssuerRecognition recognition;
    private final ExternalCredentialConfig config;

    public ExternalVerification(CredentialVerifier verifier, IssuerRecognition recognition,
            ExternalCredentialConfig config) {
        this.verifier = verifier;
        this.recognition = recognition;
        this.config = config;
    }

    /**
     * Verifies the credential and decides whether it may be kept: 422 when it does not verify (with the failed
     * checks), is not an Open Badge, or is revoked, suspended or expired; 409 {@code own-credential} when the earner's
     * own institution (or one of this deployment's that cannot be told apart from it) issued it; 413 {@code too-large} over the document limit.
     */
    public Accepted check(Received received, String verifiedEmail, String tenantId) {
        if (received.text().getBytes(StandardCharsets.UTF_8).length > config.maxDocumentBytes()) {
            throw new ProblemException(413, "too-large", "Too large", "The credential is over "
                    + config.maxDocumentBytes() + " bytes, the largest this wallet keeps");
        }
        VerificationReport report;
        JsonNode credential;
        try {
            boolean jwt = isJwt(received.format(), received.text());
            report = jwt ? verifier.verifyJwt(received.text().trim(), CostMeter.FREE)
                    : verifier.verifyJson(received.text(), CostMeter.FREE);
            credential = Json.credential(jwt ? VcJwt.unverifiedPayload(received.text()) : received.text());
        } catch (CredentialException e) {
            int status = "too-large".equals(e.problem()) ? 413 : 422;
            throw new ProblemException(status, e.problem() == null ? "unverifiable" : e.problem(),
                    "Credential cannot be checked", e.getMessage());
        }
        ReportStanding standing = ReportStanding.of(report);
        if (standing == ReportStanding.NOT_VERIFIED) {
            throw refused("credential-not-verified", "The credential does not verify", report);
        }
        if (!ExternalFacts.isOpenBadge(credential)) {
            throw refused("not-open-badge", "The credential is not an Open Badges 3.0 OpenBadgeCredential", report);
        }
        if (recognition.isDeploymentIssuer(report.issuer()) && !recognition.isOtherInstitution(report.issuer(),
                tenantId)) {
            throw ProblemException.conflict("own-credential", "The credential was issued by the earner's own"
                    + " institution: its credentials arrive in the wallet as they are issued");
        }
        switch (standing) {
            case REVOKED -> throw refused("credential-revoked", "Its issuer revoked the credential", report);
            case SUSPENDED -> throw refused("credential-suspended", "Its issuer suspended the credential", report);
            case EXPIRED -> throw refused("credential-expired", "The credential has expired", report);
            default -> { }
        }
        ExternalFacts facts = ExternalFacts.of(credential, verifiedEmail);
        String key = facts.credentialId() != null ? facts.credentialId()
                : "sha256:" + ExternalFacts.sha256Hex(received.text());
        return new Accepted(received, report, facts, key);
    }

    /**
     * A stored credential verified again, for the re-check pass: input that can no longer be checked is a report of
     * failed checks, never an error.
     */
    public VerificationReport recheck(String format, String document) {
        return isJwt(format, document) ? verifyStoredJwt(document)
                : verifier.verifyStored(document, CostMeter.FREE);
    }

    private VerificationReport verifyStoredJwt(String jws) {
        try {
            return verifier.verifyJwt(jws.trim(), CostMeter.FREE);
        } catch (CredentialException e) {
            return new VerificationReport(false, false, null, null,
                    List.of(new Check(Check.PROOF, false, "the credential cannot be checked (" + e.problem() + "): "
                            + e.getMessage())));
        }
    }

    /** A VC-JWT: sent as one, or found in a baked image (an SVG holds the JWS, a PNG usually the JSON). */
    static boolean isJwt(String format, String text) {
        return "jwt".equals(format) || format.startsWith("baked-") && BakedText.isCompactJws(text.trim());
    }

    private static ProblemException refused(String slug, String title, VerificationReport report) {
        List<Problem.FieldError> failed = report.checks().stream()
                .filter(c -> !c.passed() && !Check.ISSUER_KNOWN.equals(c.check()))
                .map(c -> new Problem.FieldError(c.check(), c.detail())).toList();
        String detail = failed.isEmpty() ? title : title + ": " + ReportStanding.reasons(report);
        return new ProblemException(422, slug, title, detail, failed);
    }
}
