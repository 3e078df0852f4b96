package org.microcred.issuance.oid4vci;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;

/**
 * The offers, access tokens and nonces of the OpenID4VCI flow; runs in the caller's session or transaction. Expired
 * rows are deleted by a background pass ({@link org.microcred.issuance.capability.ExpiredCapabilities}).
 */
@ApplicationScoped
public class Oid4vciRepository {

    public Uni<CredentialOffer> offer(String tenantId, String idHash) {
        return Panache.getSession().chain(session -> session.find(CredentialOffer.class, idHash))
                .map(offer -> offer != null && offer.tenantId.equals(tenantId) ? offer : null);
    }

    /** The offer of a pre-authorized code, row-locked: it is about to be redeemed, or to count a wrong tx_code. */
    public Uni<CredentialOffer> lockOfferByCode(String tenantId, String codeHash) {
        return Panache.getSession().chain(session -> session.createQuery(
                        "from CredentialOffer where tenantId = :tenant and codeHash = :code", CredentialOffer.class)
                .setParameter("tenant", tenantId).setParameter("code", codeHash)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getSingleResultOrNull());
    }

    /** The offer an {@code issuer_state} names (authorization-code flow). */
    public Uni<CredentialOffer> offerByIssuerState(String tenantId, String issuerStateHash) {
        return Panache.getSession().chain(session -> session.createQuery(
                        "from CredentialOffer where tenantId = :tenant and issuerStateHash = :state",
                        CredentialOffer.class)
                .setParameter("tenant", tenantId).setParameter("state", issuerStateHash).getSingleResultOrNull());
    }

    public Uni<CredentialOffer> lockOffer(String tenantId, String idHash) {
        return locked(CredentialOffer.class, idHash).map(offer -> offer != null && offer.tenantId.equals(tenantId)
                ? offer : null);
    }

    public Uni<PendingAuthorization> lockPendingAuthorization(String tenantId, String stateHash) {
        return locked(PendingAuthorization.class, stateHash)
                .map(pending -> pending != null && pending.tenantId.equals(tenantId) ? pending : null);
    }

    public Uni<AuthorizationCode> lockAuthorizationCode(String tenantId, String codeHash) {
        return locked(AuthorizationCode.class, codeHash)
                .map(code -> code != null && code.tenantId.equals(tenantId) ? code : null);
    }

    /** Ends an access token at once (the code it was issued with was presented again). */
    public Uni<Void> revokeToken(String tokenHash, Instant now) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "UPDATE oid4vci_access_token SET expires_at = :now WHERE token_hash = :hash AND expires_at > :now")
                .setParameter("now", now).setParameter("hash", tokenHash).executeUpdate())
                .replaceWithVoid();
    }

    private static <T> Uni<T> locked(Class<T> type, String id) {
        return Panache.getSession().chain(session -> session.find(type, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Uni<AccessToken> token(String tenantId, String tokenHash) {
        return Panache.getSession().chain(session -> session.find(AccessToken.class, tokenHash))
                .map(token -> token != null && token.tenantId.equals(tenantId) ? token : null);
    }

    public Uni<Void> persist(Object entity) {
        return Panache.getSession().chain(session -> session.persist(entity));
    }

    /** Marks the nonce used if it is this tenant's, unused and unexpired; answers whether it was. */
    public Uni<Boolean> useNonce(String tenantId, String nonce, Instant now) {
        return Panache.getSession().chain(session -> session.createNativeQuery("UPDATE oid4vci_nonce SET used_at = :now"
                        + " WHERE nonce = :nonce AND tenant_id = :tenant AND used_at IS NULL AND expires_at > :now")
                .setParameter("now", now).setParameter("nonce", nonce).setParameter("tenant", tenantId)
                .executeUpdate())
                .map(updated -> updated == 1);
    }
}
