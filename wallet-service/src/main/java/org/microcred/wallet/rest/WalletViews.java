package org.microcred.wallet.rest;

import com.fasterxml.jackson.annotation.JsonRawValue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.microcred.wallet.CredentialStatus;
import org.microcred.wallet.CredentialSummary;
import org.microcred.wallet.ShareLink;
import org.microcred.wallet.page.CredentialPages;
import org.microcred.wallet.page.LinkedInLinks;
import org.microcred.wallet.service.ShareService;
import org.microcred.wallet.verification.VerificationReport;

/** The wallet API's request and response records, and their mapping from the domain. */
public final class WalletViews {

    private WalletViews() {
    }

    /**
     * One entry of the earner's wallet list, with the status issuance last announced for it (ACTIVE,
     * SUSPENDED or REVOKED), its reason and when it changed (null while it never changed). {@code kind} is
     * {@code micro-credential} (one enrolment's award: {@code enrolmentId} set) or {@code pathway} (a
     * pathway's stacked credential: {@code pathwayId} set, {@code enrolmentId} null); {@code achievementId}
     * and {@code achievementVersion} are the micro-credential's, or the pathway's.
     */
    public record CredentialView(UUID id, String achievementName, String issuerName, Instant issuedAt,
            UUID enrolmentId, String status, String statusReason, Instant statusChangedAt, String kind,
            UUID pathwayId, UUID achievementId, int achievementVersion) {

        public static final String MICRO_CREDENTIAL = "micro-credential";
        public static final String PATHWAY = "pathway";

        static CredentialView of(CredentialSummary c) {
            CredentialStatus.Status status = c.status() == null ? CredentialStatus.Status.ACTIVE : c.status();
            return new CredentialView(c.id(), c.achievementName(), c.issuerName(), c.issuedAt(), c.enrolmentId(),
                    status.name(), c.statusReason(), c.statusChangedAt(),
                    kindOf(c.pathwayId()), c.pathwayId(), c.achievementId(), c.achievementVersion());
        }

        /** A credential with a pathway is that pathway's stacked credential; any other is a micro-credential's. */
        static String kindOf(UUID pathwayId) {
            return pathwayId != null ? PATHWAY : MICRO_CREDENTIAL;
        }
    }

    /**
     * A new share link; without a body or a value the link lasts {@link #DEFAULT_DAYS} days, names nobody and shows
     * only that evidence exists. {@code displayName}: the name the earner chooses to show on the page (at most 200
     * characters; blank is none); {@code showEvidence}: whether the page describes the evidence (default false).
     */
    public record ShareRequest(@Min(1) @Max(365) Integer expiresInDays,
            @Size(max = ShareRequest.MAX_NAME) String displayName, Boolean showEvidence) {
        static final int DEFAULT_DAYS = 30;
        static final int MAX_NAME = 200;
        static final ShareRequest DEFAULTS = new ShareRequest(null, null, null);

        int days() {
            return expiresInDays == null ? DEFAULT_DAYS : expiresInDays;
        }

        ShareService.Choices choices() {
            return new ShareService.Choices(displayName, Boolean.TRUE.equals(showEvidence));
        }
    }

    /**
     * The answer to a new link: the only time its URL (and token) is shown, with LinkedIn's "add to profile" and
     * "share" links for it (they contain the URL, so they cannot be shown again either).
     */
    public record CreatedShareView(UUID shareId, String url, Instant expiresAt, String displayName,
            boolean showEvidence, String linkedInAddToProfileUrl, String linkedInShareUrl) {

        static CreatedShareView of(ShareService.CreatedShare created, String url) {
            ShareLink share = created.share();
            LinkedInLinks.Links linkedIn = CredentialPages.linkedIn(created.credential(), url);
            return new CreatedShareView(share.id, url, share.expiresAt, share.displayName, share.showEvidence,
                    linkedIn.addToProfile(), linkedIn.share());
        }
    }

    /**
     * A link as its owner lists it, with what it shows and how often it was opened (page or JSON; nothing about who
     * opened it). Its URL cannot be shown again, since only its hash is kept; so neither can its LinkedIn links,
     * which contain it (they come with the link's creation).
     */
    public record ShareView(UUID shareId, UUID credentialId, Instant sharedAt, Instant expiresAt,
            Instant revokedAt, String status, String displayName, boolean showEvidence, long openCount,
            Instant lastOpenedAt) {
        static ShareView of(ShareLink s, Instant now) {
            return new ShareView(s.id, s.credentialId, s.createdAt, s.expiresAt, s.revokedAt,
                    s.statusAt(now).name(), s.displayName, s.showEvidence, s.openCount, s.lastOpenedAt);
        }
    }

    /**
     * A shared credential as a recognizer sees it. {@code credential} is the stored document,
     * written into the answer as it is, not parsed and written again; {@code verification} is the
     * same report {@code POST /api/v1/verify} answers, made when the page is opened; {@code kind} as in
     * {@link CredentialView}.
     */
    public record PublicCredentialView(@JsonRawValue String credential, String achievementName, String issuerName,
            Instant issuedAt, Instant sharedAt, Instant expiresAt, VerificationReport verification, String kind) {
    }
}
