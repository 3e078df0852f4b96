package org.microcred.wallet.rest;

import com.fasterxml.jackson.annotation.JsonRawValue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.microcred.wallet.CredentialStatus;
import org.microcred.wallet.CredentialSummary;
import org.microcred.wallet.ShareLink;
import org.microcred.wallet.page.CredentialPages;
import org.microcred.wallet.page.LinkedInLinks;
import org.microcred.wallet.service.ShareService;
import org.microcred.wallet.verification.VerificationReport;

/**
 * The wallet API's request and response records, and their mapping from the domain. Every field carries its
 * OpenAPI description ({@code WalletOpenApiTest} checks it): the document a mobile client is generated from.
 */
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
    @Schema(description = "A credential in the caller's wallet, without its document")
    public record CredentialView(
            @Schema(description = "The credential's id (issuance's); its document is at /api/v1/wallet/credentials/{id}")
            UUID id,
            @Schema(description = "The achievement's name") String achievementName,
            @Schema(description = "The issuer's name as the credential states it; null when it states none")
            String issuerName,
            @Schema(description = "When issuance issued it") Instant issuedAt,
            @Schema(description = "The enrolment the credential ends; null for a pathway's stacked credential")
            UUID enrolmentId,
            @Schema(description = "As issuance last announced it", enumeration = {"ACTIVE", "SUSPENDED", "REVOKED"})
            String status,
            @Schema(description = "The issuer's reason for the last status change; null when none was given")
            String statusReason,
            @Schema(description = "When the status last changed; null while it never changed")
            Instant statusChangedAt,
            @Schema(description = "micro-credential (one enrolment's award) or pathway (a stacked credential)",
                    enumeration = {MICRO_CREDENTIAL, PATHWAY})
            String kind,
            @Schema(description = "The pathway a stacked credential stacks; null for a micro-credential")
            UUID pathwayId,
            @Schema(description = "The achievement's id: the micro-credential's, or the pathway's") UUID achievementId,
            @Schema(description = "The version of that achievement the credential was issued for")
            int achievementVersion,
            @Schema(description = "Whether the caller hid it (listed only with includeHidden=true)") boolean hidden) {

        public static final String MICRO_CREDENTIAL = "micro-credential";
        public static final String PATHWAY = "pathway";

        static CredentialView of(CredentialSummary c) {
            CredentialStatus.Status status = c.status() == null ? CredentialStatus.Status.ACTIVE : c.status();
            return new CredentialView(c.id(), c.achievementName(), c.issuerName(), c.issuedAt(), c.enrolmentId(),
                    status.name(), c.statusReason(), c.statusChangedAt(),
                    kindOf(c.pathwayId()), c.pathwayId(), c.achievementId(), c.achievementVersion(),
                    c.hiddenAt() != null);
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
    @Schema(description = "A new share link's choices; every field may be left out")
    public record ShareRequest(
            @Schema(description = "How long the link opens, in days (1 to 365; default 30)") @Min(1) @Max(365)
            Integer expiresInDays,
            @Schema(description = "The name to show on the page (at most 200 characters; absent or blank: none)")
            @Size(max = ShareRequest.MAX_NAME) String displayName,
            @Schema(description = "Whether the page describes the evidence (default false: only that it exists)")
            Boolean showEvidence) {
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
    @Schema(description = "A new share link: the only answer that shows its URL")
    public record CreatedShareView(
            @Schema(description = "The link's id, to list or revoke it") UUID shareId,
            @Schema(description = "The public URL (shown this once: only its token's hash is kept)") String url,
            @Schema(description = "When the link stops opening") Instant expiresAt,
            @Schema(description = "The name the page shows; null: none") String displayName,
            @Schema(description = "Whether the page describes the evidence") boolean showEvidence,
            @Schema(description = "LinkedIn's add-to-profile form for this credential and link")
            String linkedInAddToProfileUrl,
            @Schema(description = "LinkedIn's share of the link's page") String linkedInShareUrl) {

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
    @Schema(description = "One of the caller's share links (never its URL: only its token's hash is kept)")
    public record ShareView(
            @Schema(description = "The link's id") UUID shareId,
            @Schema(description = "The credential it shows") UUID credentialId,
            @Schema(description = "When it was created") Instant sharedAt,
            @Schema(description = "When it stops opening") Instant expiresAt,
            @Schema(description = "When its owner revoked it; null while not revoked") Instant revokedAt,
            @Schema(description = "ACTIVE, EXPIRED or REVOKED (revocation wins)",
                    enumeration = {"ACTIVE", "EXPIRED", "REVOKED"})
            String status,
            @Schema(description = "The name the page shows; null: none") String displayName,
            @Schema(description = "Whether the page describes the evidence") boolean showEvidence,
            @Schema(description = "How many times the page or its JSON was opened (nothing about who)")
            long openCount,
            @Schema(description = "When it was last opened; null: never") Instant lastOpenedAt) {
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
    @Schema(description = "A shared credential as a recognizer sees it, with its verification made now")
    public record PublicCredentialView(
            @Schema(description = "The signed credential, as stored (byte for byte)", type = SchemaType.OBJECT)
            @JsonRawValue String credential,
            @Schema(description = "The achievement's name") String achievementName,
            @Schema(description = "The issuer's name as the credential states it; null when none") String issuerName,
            @Schema(description = "When issuance issued it") Instant issuedAt,
            @Schema(description = "When the link was created") Instant sharedAt,
            @Schema(description = "When the link stops opening") Instant expiresAt,
            @Schema(description = "The verification report, as POST /api/v1/verify answers it")
            VerificationReport verification,
            @Schema(description = "micro-credential or pathway", enumeration = {CredentialView.MICRO_CREDENTIAL,
                    CredentialView.PATHWAY})
            String kind) {
    }
}
