package org.microcred.wallet.portfolio;

import com.fasterxml.jackson.annotation.JsonRawValue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.microcred.wallet.CredentialStatus;
import org.microcred.wallet.WalletCredential;
import org.microcred.wallet.rest.WalletViews.CredentialView;
import org.microcred.wallet.service.ShareService;
import org.microcred.wallet.verification.VerificationReport;

/** The portfolio API's request and response records, and their mapping from the domain. */
public final class PortfolioViews {

    private PortfolioViews() {
    }

    @Schema(description = "A portfolio to create, or what replaces a portfolio's title, description and credentials")
    public record PortfolioRequest(
            @Schema(description = "The portfolio's title, shown as its page's heading", maxLength = 200,
                    required = true)
            @NotBlank @Size(max = PortfolioRules.MAX_TITLE) String title,
            @Schema(description = "What the portfolio is about, shown under the title; blank or absent: none",
                    maxLength = 2000)
            @Size(max = PortfolioRules.MAX_DESCRIPTION) String description,
            @Schema(description = "1 to 50 distinct credentials of the caller's wallet, in the order the portfolio"
                    + " shows them", required = true)
            List<UUID> credentialIds) {
    }

    @Schema(description = "A portfolio in its owner's list")
    public record PortfolioSummaryView(
            @Schema(description = "The portfolio's id") UUID id,
            @Schema(description = "The portfolio's title") String title,
            @Schema(description = "The portfolio's description; null when it has none") String description,
            @Schema(description = "How many credentials it shows (credentials removed from the wallet are not"
                    + " counted)") long credentialCount,
            @Schema(description = "When it was created") Instant createdAt,
            @Schema(description = "When its title, description or credentials last changed") Instant updatedAt) {

        static PortfolioSummaryView of(PortfolioService.ListedPortfolio listed) {
            Portfolio p = listed.portfolio();
            return new PortfolioSummaryView(p.id, p.title, p.description, listed.credentialCount(), p.createdAt,
                    p.updatedAt);
        }
    }

    @Schema(description = "A portfolio with its credentials, in order")
    public record PortfolioView(
            @Schema(description = "The portfolio's id") UUID id,
            @Schema(description = "The portfolio's title") String title,
            @Schema(description = "The portfolio's description; null when it has none") String description,
            @Schema(description = "Its credentials in the portfolio's order; credentials removed from the wallet are"
                    + " left out") List<PortfolioCredentialView> credentials,
            @Schema(description = "When it was created") Instant createdAt,
            @Schema(description = "When its title, description or credentials last changed") Instant updatedAt) {

        static PortfolioView of(PortfolioService.PortfolioDetail detail) {
            Portfolio p = detail.portfolio();
            return new PortfolioView(p.id, p.title, p.description,
                    detail.credentials().stream().map(PortfolioCredentialView::of).toList(), p.createdAt,
                    p.updatedAt);
        }
    }

    @Schema(description = "One credential of a portfolio, as its owner sees it")
    public record PortfolioCredentialView(
            @Schema(description = "The credential's id in the wallet") UUID id,
            @Schema(description = "The achievement's name") String achievementName,
            @Schema(description = "The issuing institution's name") String issuerName,
            @Schema(description = "When it was issued") Instant issuedAt,
            @Schema(description = "Its status as issuance last announced it: ACTIVE, SUSPENDED or REVOKED")
            String status) {

        static PortfolioCredentialView of(PortfolioItem c) {
            return new PortfolioCredentialView(c.id(), c.achievementName(), c.issuerName(), c.issuedAt(),
                    c.status() == null ? CredentialStatus.Status.ACTIVE.name() : c.status().name());
        }
    }

    @Schema(description = "A new link to a portfolio; without a body or a value it lasts 30 days, names nobody and"
            + " shows only that evidence exists")
    public record PortfolioShareRequest(
            @Schema(description = "How many days the link opens, 1 to 365; default 30", minimum = "1",
                    maximum = "365")
            @Min(1) @Max(365) Integer expiresInDays,
            @Schema(description = "The name the earner shows on the page (at most 200 characters); absent or blank:"
                    + " the page names nobody", maxLength = 200)
            @Size(max = 200) String displayName,
            @Schema(description = "Whether the page describes each credential's evidence; default false: only that"
                    + " it exists, with its SHA-256")
            Boolean showEvidence) {

        static final int DEFAULT_DAYS = 30;
        static final PortfolioShareRequest DEFAULTS = new PortfolioShareRequest(null, null, null);

        int days() {
            return expiresInDays == null ? DEFAULT_DAYS : expiresInDays;
        }

        ShareService.Choices choices() {
            return new ShareService.Choices(displayName, Boolean.TRUE.equals(showEvidence));
        }
    }

    @Schema(description = "A new portfolio link: its URL is shown this once (only its token's SHA-256 is kept)")
    public record CreatedPortfolioShareView(
            @Schema(description = "The link's id, to list or revoke it") UUID shareId,
            @Schema(description = "The link's public address: the page for a browser, JSON for other clients")
            String url,
            @Schema(description = "When the link stops opening") Instant expiresAt,
            @Schema(description = "The name shown on the page; null: nobody is named") String displayName,
            @Schema(description = "Whether the page describes the evidence") boolean showEvidence) {

        static CreatedPortfolioShareView of(PortfolioShare share, String url) {
            return new CreatedPortfolioShareView(share.id, url, share.expiresAt, share.displayName,
                    share.showEvidence);
        }
    }

    @Schema(description = "A portfolio's link as its owner lists it; not its URL, which cannot be made again")
    public record PortfolioShareView(
            @Schema(description = "The link's id") UUID shareId,
            @Schema(description = "When it was created") Instant sharedAt,
            @Schema(description = "When it stops opening") Instant expiresAt,
            @Schema(description = "When its owner revoked it; null while not revoked") Instant revokedAt,
            @Schema(description = "ACTIVE, EXPIRED or REVOKED") String status,
            @Schema(description = "The name shown on the page; null: nobody is named") String displayName,
            @Schema(description = "Whether the page describes the evidence") boolean showEvidence,
            @Schema(description = "How many times the page or its JSON was opened (downloads not counted); nothing"
                    + " about who opened it is kept") long openCount,
            @Schema(description = "When it was last opened; null when never") Instant lastOpenedAt) {

        static PortfolioShareView of(PortfolioShare s, Instant now) {
            return new PortfolioShareView(s.id, s.createdAt, s.expiresAt, s.revokedAt, s.statusAt(now).name(),
                    s.displayName, s.showEvidence, s.openCount, s.lastOpenedAt);
        }
    }

    @Schema(description = "A shared portfolio as a recognizer sees it")
    public record PublicPortfolioView(
            @Schema(description = "The portfolio's title") String title,
            @Schema(description = "The portfolio's description; null when it has none") String description,
            @Schema(description = "The name the earner chose to show; null: nobody is named") String displayName,
            @Schema(description = "When the link stops opening") Instant expiresAt,
            @Schema(description = "Its credentials in the earner's order, each verified when the link was opened")
            List<PublicPortfolioCredentialView> credentials) {
    }

    @Schema(description = "One credential of a shared portfolio with its verification report")
    public record PublicPortfolioCredentialView(
            @Schema(description = "The credential's id in the wallet, which names its download:"
                    + " credentials/{credentialId}/credential.json under the link") UUID credentialId,
            @Schema(description = "The credential as stored, written out as it is (byte for byte what the issuer"
                    + " signed)", type = SchemaType.OBJECT) @JsonRawValue String credential,
            @Schema(description = "micro-credential (one enrolment's award) or pathway (a pathway's stacked"
                    + " credential)") String kind,
            @Schema(description = "The report POST /api/v1/verify answers for it, made at this opening")
            VerificationReport verification) {

        static PublicPortfolioCredentialView of(WalletCredential c, VerificationReport report) {
            return new PublicPortfolioCredentialView(c.id, c.document,
                    c.pathwayId != null ? CredentialView.PATHWAY : CredentialView.MICRO_CREDENTIAL, report);
        }
    }
}
