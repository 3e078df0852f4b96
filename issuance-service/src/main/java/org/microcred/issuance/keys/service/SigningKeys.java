package org.microcred.issuance.keys.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import org.jboss.logging.Logger;
import org.microcred.credentials.keys.Ed25519Keys;
import org.microcred.credentials.verification.KeyState;
import org.microcred.issuance.keys.IssuerKey;
import org.microcred.issuance.service.IssuerDirectory;
import org.microcred.issuance.keys.MasterKey;
import org.microcred.issuance.keys.SealedSeed;
import org.microcred.issuance.keys.SigningKey;
import org.microcred.issuance.keys.repository.IssuerKeyRepository;
import org.microcred.support.persistence.AdvisoryLocks;

/**
 * The ACTIVE key of each issuer, opened for signing; a tenant's first key is made on first need
 * (its first issuance, or rotation). Runs in the caller's transaction.
 */
@ApplicationScoped
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final IssuerKeyRepository keys;
    private final AdvisoryLocks locks;
    private final MasterKey masterKey;
    private final IssuerDirectory issuers;

    public SigningKeys(IssuerKeyRepository keys, AdvisoryLocks locks, MasterKey masterKey, IssuerDirectory issuers) {
        this.keys = keys;
        this.locks = locks;
        this.masterKey = masterKey;
        this.issuers = issuers;
    }

    /** The tenant's ACTIVE key, made now if it has none. */
    public Uni<SigningKey> active(String tenantId) {
        return keys.findActive(tenantId).chain(key -> key != null
                ? Uni.createFrom().item(open(key))
                : firstKey(tenantId));
    }

    /**
     * A new ACTIVE key for the tenant. The caller holds {@link #lockKeys} and has retired
     * (and flushed) the previous ACTIVE key: the database allows one.
     */
    public Uni<IssuerKey> create(String tenantId) {
        byte[] seed = Ed25519Keys.newSeed();
        IssuerKey key = new IssuerKey();
        key.tenantId = tenantId;
        key.keyId = newKeyId();
        key.publicKeyMultibase = Ed25519Keys.publicKeyMultibase(Ed25519Keys.publicKey(seed));
        SealedSeed sealed = masterKey.cipher().seal(seed, tenantId, key.keyId);
        key.sealedSeed = sealed.ciphertext();
        key.nonce = sealed.nonce();
        key.state = KeyState.ACTIVE;
        key.createdAt = Instant.now();
        LOG.infof("New signing key %s for issuer %s", key.keyId, tenantId);
        return keys.persist(key);
    }

    /** Opens a stored key for signing; fails (a server fault) when the seed does not decrypt. */
    public SigningKey open(IssuerKey key) {
        byte[] seed = masterKey.cipher().open(new SealedSeed(key.sealedSeed, key.nonce), key.tenantId, key.keyId);
        return new SigningKey(key.tenantId, key.keyId, issuers.verificationMethod(key.tenantId, key.keyId), seed);
    }

    /**
     * The tenant's key lock, held until the transaction ends: creating, rotating and compromising its keys never
     * interleave, so a tenant never gets two ACTIVE keys or a compromise between a rotation's two steps.
     */
    public Uni<Void> lockKeys(String tenantId) {
        return locks.lock("issuance", "keys", tenantId);
    }

    /** Under the tenant's key lock, so concurrent first issuances make one key between them. */
    private Uni<SigningKey> firstKey(String tenantId) {
        return lockKeys(tenantId)
                .chain(() -> keys.findActive(tenantId))
                .chain(key -> key != null ? Uni.createFrom().item(key) : create(tenantId))
                .map(this::open);
    }

    /** {@code key-} and 12 random hex digits: short in URLs, unguessable, unique per tenant (a constraint checks). */
    private static String newKeyId() {
        byte[] random = new byte[6];
        RANDOM.nextBytes(random);
        return "key-" + HexFormat.of().formatHex(random);
    }
}
