package org.microcred.issuance.oid4vci;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.microcred.support.capability.CapabilityValues;

/**
 * The token endpoint's authorization code grant (RFC 6749 §4.1.3, PKCE RFC 7636): our code, from the same client,
 * with the same {@code redirect_uri}, and the verifier whose S256 challenge the authorization request carried. A code
 * works once: presented again, it is refused and the token issued with it is revoked (RFC 6749 §4.1.2); that
 * revocation commits although the answer is an error, hence an {@link TokenGrants.Outcome}.
 */
@ApplicationScoped
public class AuthorizationCodeGrants {

    static final String GRANT = "authorization_code";
    private static final Logger LOG = Logger.getLogger(AuthorizationCodeGrants.class);

    /** What the wallet sends with {@code grant_type=authorization_code}. */
    public record Redemption(String code, String redirectUri, String codeVerifier, String clientId) {
    }

    private final Oid4vciRepository store;
    private final Oid4vciConfig config;

    public AuthorizationCodeGrants(Oid4vciRepository store, Oid4vciConfig config) {
        this.store = store;
        this.config = config;
    }

    @WithTransaction
    public Uni<TokenGrants.Outcome> redeem(String tenantId, Redemption redemption) {
        if (redemption.code() == null || redemption.code().isEmpty() || redemption.redirectUri() == null
                || redemption.codeVerifier() == null || redemption.clientId() == null) {
            return Uni.createFrom().item(TokenGrants.Outcome.refused("invalid_request",
                    "code, redirect_uri, code_verifier and client_id are required"));
        }
        if (redemption.code().length() > 128) {
            return Uni.createFrom().item(TokenGrants.Outcome.refused("invalid_grant",
                    "The authorization code is unknown, used or expired"));
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return store.lockAuthorizationCode(tenantId, CapabilityValues.sha256(redemption.code())).chain(code -> {
            if (code == null || !now.isBefore(code.expiresAt)) {
                return refused("The authorization code is unknown, used or expired");
            }
            if (code.usedAt != null) {
                LOG.warnf("OpenID4VCI authorization code presented again: its token is revoked (tenant %s)",
                        tenantId);
                return (code.accessTokenHash == null ? Uni.createFrom().voidItem()
                        : store.revokeToken(code.accessTokenHash, now))
                        .replaceWith(TokenGrants.Outcome.refused("invalid_grant", "The authorization code was"
                                + " used already; the token issued with it is revoked"));
            }
            if (!code.clientId.equals(redemption.clientId())) {
                return refused("The authorization code was issued to another client");
            }
            if (!code.redirectUri.equals(redemption.redirectUri())) {
                return refused("redirect_uri differs from the authorization request's");
            }
            if (!Pkce.matches(redemption.codeVerifier(), code.codeChallenge)) {
                return refused("code_verifier does not match the code_challenge");
            }
            return grant(code, now);
        });
    }

    private Uni<TokenGrants.Outcome> grant(AuthorizationCode code, Instant now) {
        String value = CapabilityValues.newValue();
        List<UUID> awards = code.awards();
        AccessToken token = new AccessToken();
        token.tokenHash = CapabilityValues.sha256(value);
        token.tenantId = code.tenantId;
        token.credentialId = awards.get(0);
        token.credentialIds = awards.size() > 1
                ? awards.stream().map(UUID::toString).collect(Collectors.joining(",")) : null;
        token.earnerId = code.earnerId;
        token.configurationIds = code.configurationIds;
        token.createdAt = now;
        token.expiresAt = now.plus(config.accessTokenLifetime());
        code.usedAt = now;
        code.accessTokenHash = token.tokenHash;
        LOG.infof("OpenID4VCI authorization code redeemed for %d credential(s) (tenant %s)", awards.size(),
                code.tenantId);
        return store.persist(token).replaceWith(new TokenGrants.Outcome(new TokenGrants.Grant(value,
                config.accessTokenLifetime().toSeconds(), code.configurations(), awards), null));
    }

    private static Uni<TokenGrants.Outcome> refused(String description) {
        return Uni.createFrom().item(TokenGrants.Outcome.refused("invalid_grant", description));
    }
}
