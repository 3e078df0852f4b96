package org.microcred.wallet.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.microcred.events.wallet.ShareOpened;
import org.microcred.support.outbox.Outbox;
import org.microcred.wallet.LiveLinks;
import org.microcred.wallet.ShareLink;
import org.microcred.wallet.WalletCredential;
import org.microcred.wallet.repository.ShareLinkRepository;
import org.microcred.wallet.repository.WalletCredentialRepository;

/**
 * What a recognizer sees through a share link. The token is the only credential the caller has,
 * so this is the one path that is not scoped by a tenant: the link's own row names it.
 */
@ApplicationScoped
public class PublicShareService {

    private static final String REVOKED = "The owner of this credential revoked this share link";

    /** An open link and the credential it shows. */
    public record SharedCredential(ShareLink share, WalletCredential credential) {
    }

    private final ShareLinkRepository shares;
    private final WalletCredentialRepository credentials;
    private final Outbox outbox;

    public PublicShareService(ShareLinkRepository shares, WalletCredentialRepository credentials, Outbox outbox) {
        this.shares = shares;
        this.credentials = credentials;
        this.outbox = outbox;
    }

    /**
     * Opens the link as a recognizer does (its page or its JSON): the credential behind the token, and one more
     * opening counted on the link, in the same transaction. Unknown and expired links answer the same 404, so the
     * answer tells nothing about links the caller does not hold; a revoked link answers 410 Gone, so a recognizer
     * holding it learns that its owner withdrew it rather than suspecting a typo. Only openings of a live link count.
     */
    @WithTransaction
    public Uni<SharedCredential> open(String token) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return live(token).call(found -> shares.countOpening(found.share().id, now)
                .call(() -> reportOpening(found, now)));
    }

    /**
     * {@code wallet.share.opened} for program analytics, at most once per link and minute (the first opening of a
     * minute, judged by the opening before it), so an anonymous visitor, already rate-limited per address, cannot
     * fill the outbox: it carries the link's openings so far, and nothing about the visitor.
     */
    private Uni<?> reportOpening(SharedCredential found, Instant now) {
        ShareLink share = found.share();
        Instant previous = share.lastOpenedAt;
        if (previous != null && previous.truncatedTo(ChronoUnit.MINUTES).equals(now.truncatedTo(ChronoUnit.MINUTES))) {
            return Uni.createFrom().voidItem();
        }
        WalletCredential credential = found.credential();
        String key = credential.journeyKey();
        return outbox.add(share.tenantId, key, key, new ShareOpened(share.id, credential.id,
                credential.enrolmentId, share.openCount + 1, now));
    }

    /**
     * The credential behind a token, under the same rules as {@link #open}, without counting an opening: for the
     * downloads offered on the page, which the page's own opening already counted.
     */
    @WithSession
    public Uni<SharedCredential> find(String token) {
        return live(token);
    }

    private Uni<SharedCredential> live(String token) {
        return LiveLinks.open(token, shares::findByTokenHash, REVOKED,
                // Removing a credential revokes its links in the same transaction; a removed one is never shown.
                share -> credentials.findById(share.credentialId).map(credential -> {
                    if (credential.removedAt != null) {
                        throw LiveLinks.revoked(REVOKED);
                    }
                    return new SharedCredential(share, credential);
                }));
    }
}
