package org.microcred.wallet.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.microcred.events.wallet.CredentialShared;
import org.microcred.support.outbox.Outbox;
import org.microcred.support.problem.ProblemException;
import org.microcred.wallet.PageCursor;
import org.microcred.wallet.ShareLink;
import org.microcred.wallet.ShareToken;
import org.microcred.wallet.WalletCredential;
import org.microcred.wallet.repository.ShareLinkRepository;
import org.microcred.wallet.repository.WalletCredentialRepository;
import org.microcred.wallet.config.WalletConfig;

/** The earner's share links: created, listed and revoked by their owner. */
@ApplicationScoped
public class ShareService {

    /**
     * A new link and its token: the only moment the token exists outside the earner's hands; with the credential it
     * shows, for what the answer says about it (its LinkedIn links).
     */
    public record CreatedShare(ShareLink share, String token, WalletCredential credential) {
    }

    /**
     * What the earner shows through a link: the name they choose (null or blank: none) and whether the page describes
     * the evidence (otherwise only that it exists, with its SHA-256).
     */
    public record Choices(String displayName, boolean showEvidence) {
        public Choices {
            displayName = displayName == null || displayName.isBlank() ? null : displayName.strip();
        }
    }

    private final WalletCredentialRepository credentials;
    private final ShareLinkRepository shares;
    private final Outbox outbox;
    private final int maxActivePerCredential;

    public ShareService(WalletCredentialRepository credentials, ShareLinkRepository shares, Outbox outbox,
            WalletConfig config) {
        this.credentials = credentials;
        this.shares = shares;
        this.outbox = outbox;
        this.maxActivePerCredential = config.maxActiveSharesPerCredential();
    }

    /**
     * Creates a link to one of the earner's credentials, showing what the earner chose, and announces it, in one
     * transaction.
     */
    @WithTransaction
    public Uni<CreatedShare> create(String tenantId, String earnerId, UUID credentialId, int expiresInDays,
            Choices choices) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return credentials.lockForEarner(tenantId, earnerId, credentialId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Credential", credentialId))
                .call(credential -> shares.countActive(credentialId, now).invoke(active -> {
                    if (active >= maxActivePerCredential) {
                        throw ProblemException.conflict("too-many-shares", "This credential already has "
                                + active + " open share links; revoke one before creating another");
                    }
                }))
                .chain(credential -> {
                    String token = ShareToken.generate();
                    ShareLink share = newShare(credential, token, now, expiresInDays);
                    share.displayName = choices.displayName();
                    share.showEvidence = choices.showEvidence();
                    CredentialShared shared = new CredentialShared(share.id, credential.id, credential.enrolmentId,
                            earnerId, share.createdAt, share.expiresAt);
                    // enrolmentId is null for a pathway's stacked credential; the key then names the pathway.
                    String key = credential.journeyKey();
                    return shares.persist(share)
                            .chain(() -> outbox.add(tenantId, key, key, shared))
                            .replaceWith(new CreatedShare(share, token, credential));
                });
    }

    @WithSession
    public Uni<List<ShareLink>> list(String tenantId, String earnerId, UUID credentialId, PageCursor after,
            int rows) {
        return shares.listForEarner(tenantId, earnerId, credentialId, after, rows);
    }

    /** Revokes one of the earner's links; revoking a revoked link again is not an error. */
    @WithTransaction
    public Uni<Void> revoke(String tenantId, String earnerId, UUID shareId) {
        return shares.findForEarner(tenantId, earnerId, shareId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Share link", shareId))
                .invoke(share -> share.revoke(Instant.now().truncatedTo(ChronoUnit.MICROS)))
                .replaceWithVoid();
    }

    private static ShareLink newShare(WalletCredential credential, String token, Instant now, int days) {
        ShareLink share = new ShareLink();
        share.id = UUID.randomUUID();
        share.tenantId = credential.tenantId;
        share.earnerId = credential.earnerId;
        share.credentialId = credential.id;
        share.tokenHash = ShareToken.hash(token);
        share.createdAt = now;
        share.expiresAt = now.plus(Duration.ofDays(days));
        return share;
    }
}
