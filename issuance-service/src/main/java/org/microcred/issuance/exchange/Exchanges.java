package org.microcred.issuance.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.microcred.credentials.holder.HolderProofException;
import org.microcred.credentials.holder.PresentationProofs;
import org.microcred.credentials.holder.VerifiedPresentation;
import org.microcred.issuance.CredentialStatus;
import org.microcred.issuance.IssuedCredential;
import org.microcred.support.capability.CapabilityValues;
import org.microcred.issuance.holder.CopyFormat;
import org.microcred.issuance.holder.HolderCopies;
import org.microcred.issuance.holder.HolderCopy;
import org.microcred.support.problem.Problem;
import org.microcred.support.problem.ProblemException;

/**
 * The life of an exchange: the earner makes it for their award; a wallet reads its DID-authentication request, then
 * authenticates with a presentation carrying its challenge (and domain, on the VCALM path) and gets the award's copy
 * bound to its DID ({@link HolderCopies}, {@code ldp_vc}). A failed authentication is counted and leaves the
 * exchange usable (up to {@link ExchangeConfig#maxFailedAuthentications()}); a success completes it under a row
 * lock, so two completions at once deliver one copy and the second is refused as completed.
 */
@ApplicationScoped
public class Exchanges {

    private static final Logger LOG = Logger.getLogger(Exchanges.class);

    private final ExchangeRepository store;
    private final HolderCopies copies;
    private final ExchangeConfig config;

    public Exchanges(ExchangeRepository store, HolderCopies copies, ExchangeConfig config) {
        this.store = store;
        this.copies = copies;
        this.config = config;
    }

    /** What the earner gets back: the exchange id (shown once, only its hash is kept) and the challenge. */
    public record Created(String tenantId, String exchangeId, String challenge, Instant expiresAt) {
    }

    /** An exchange that may be completed now: what a wallet is asked to sign. */
    public record Open(String challenge) {
    }

    public Uni<Created> create(String tenantId, String earnerId, UUID awardId) {
        return Panache.withTransaction(() -> copies.earnersAward(tenantId, earnerId, awardId).chain(award -> {
            requireActive(award);
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            String exchangeId = CapabilityValues.newValue();
            Exchange exchange = new Exchange();
            exchange.idHash = CapabilityValues.sha256(exchangeId);
            exchange.tenantId = tenantId;
            exchange.credentialId = award.id;
            exchange.earnerId = earnerId;
            exchange.challenge = CapabilityValues.newValue();
            exchange.createdAt = now;
            exchange.expiresAt = now.plus(config.lifetime());
            LOG.infof("VC-API exchange of credential %s by its earner (tenant %s)", award.id, tenantId);
            return store.persist(exchange)
                    .replaceWith(new Created(tenantId, exchangeId, exchange.challenge, exchange.expiresAt));
        }));
    }

    /** The exchange if it can be completed now; 404 for an unknown id, and the refusal otherwise. */
    public Uni<Open> open(String exchangeId) {
        return Panache.withSession(() -> store.find(CapabilityValues.sha256(exchangeId)))
                .map(exchange -> new Open(usable(exchange, Instant.now()).challenge));
    }

    /**
     * Checks the wallet's DID authentication and, when it holds, completes the exchange with the copy for its DID.
     *
     * @param domain the domain the proof must carry, or null when none is required (the dccrequest path)
     */
    public Uni<HolderCopy> complete(String exchangeId, JsonNode presentation, String domain) {
        String idHash = CapabilityValues.sha256(exchangeId);
        return Panache.withSession(() -> store.find(idHash))
                .map(exchange -> usable(exchange, Instant.now()).challenge)
                .chain(challenge -> authenticate(idHash, presentation, challenge, domain))
                .chain(holder -> Panache.withTransaction(() -> deliver(idHash, holder)));
    }

    private Uni<VerifiedPresentation> authenticate(String idHash, JsonNode presentation, String challenge,
            String domain) {
        try {
            return Uni.createFrom().item(PresentationProofs.verify(presentation, challenge, domain, Instant.now()));
        } catch (HolderProofException e) {
            LOG.infof("Refused DID authentication of an exchange: %s (%s)", e.reason(), e.getMessage());
            return Panache.withTransaction(() -> store.countFailure(idHash)).chain(() -> Uni.createFrom().failure(
                    new ProblemException(400, "did-authentication-failed", "DID authentication failed",
                            e.getMessage(), List.of(new Problem.FieldError("verifiablePresentation.proof",
                                    e.reason())))));
        }
    }

    private Uni<HolderCopy> deliver(String idHash, VerifiedPresentation holder) {
        return store.lock(idHash).chain(exchange -> {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            usable(exchange, now);
            return copies.earnersAward(exchange.tenantId, exchange.earnerId, exchange.credentialId)
                    .invoke(Exchanges::requireActive)
                    .chain(award -> copies.copy(award, holder.holderDid(), CopyFormat.LDP_VC))
                    .invoke(copy -> {
                        exchange.completedAt = now;
                        exchange.holderDid = holder.holderDid();
                        exchange.copyId = copy.id;
                        LOG.infof("VC-API exchange of credential %s completed: copy %s for holder %s",
                                exchange.credentialId, copy.id, holder.holderDid());
                    });
        });
    }

    private Exchange usable(Exchange exchange, Instant now) {
        if (exchange == null) {
            throw ExchangeRefusal.unknown();
        }
        ExchangeRefusal refusal = exchange.refusal(now, config.maxFailedAuthentications());
        if (refusal != null) {
            throw refusal.problem();
        }
        return exchange;
    }

    private static void requireActive(IssuedCredential award) {
        if (award.status != CredentialStatus.ACTIVE) {
            throw ProblemException.conflict("credential-not-active", "This credential is "
                    + award.status.name().toLowerCase() + ": it cannot be sent to a wallet app");
        }
    }
}
