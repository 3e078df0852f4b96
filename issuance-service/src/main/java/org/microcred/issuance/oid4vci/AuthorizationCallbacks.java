package org.microcred.issuance.oid4vci;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.microcred.issuance.CredentialStatus;
import org.microcred.issuance.repository.CredentialRepository;
import org.microcred.support.capability.CapabilityValues;

/**
 * The earner comes back from Keycloak: the pending authorization is closed (first callback only, before it expires),
 * Keycloak's code is exchanged with our verifier ({@link KeycloakLogin}), and, when the earner belongs to this tenant
 * and may have the credential (the offer of the {@code issuer_state} is theirs and still open; or they have active
 * awards), our own authorization code goes to the wallet's redirect URI with its {@code state} and our {@code iss}
 * (RFC 9207). Otherwise the wallet gets {@code access_denied}. Two transactions, with the call to Keycloak between
 * them: no transaction waits on the network.
 */
@ApplicationScoped
public class AuthorizationCallbacks {

    private static final Logger LOG = Logger.getLogger(AuthorizationCallbacks.class);

    private final Oid4vciRepository store;
    private final CredentialRepository awards;
    private final IssuerMetadata metadata;
    private final KeycloakLogin login;
    private final Oid4vciConfig config;

    public AuthorizationCallbacks(Oid4vciRepository store, CredentialRepository awards, IssuerMetadata metadata,
            KeycloakLogin login, Oid4vciConfig config) {
        this.store = store;
        this.awards = awards;
        this.metadata = metadata;
        this.login = login;
        this.config = config;
    }

    /** Where the browser goes next: the wallet's redirect URI, with our code or an error. */
    public Uni<String> complete(String tenantId, String state, String keycloakCode, String keycloakError) {
        if (state == null || state.length() > 128) {
            throw OAuthError.of("invalid_request", "The sign-in came back without its state");
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return Panache.withTransaction(() -> close(tenantId, state, now)).chain(pending -> {
            if (keycloakError != null || keycloakCode == null || keycloakCode.isEmpty()
                    || keycloakCode.length() > 4096) {
                return Uni.createFrom().item(denied(pending, "The earner did not sign in"));
            }
            String callback = metadata.endpoint(tenantId, "callback");
            return login.earner(keycloakCode, callback, pending.loginVerifier)
                    .chain(earner -> Panache.withTransaction(() -> issueCode(pending, earner, now)));
        });
    }

    private Uni<PendingAuthorization> close(String tenantId, String state, Instant now) {
        return store.lockPendingAuthorization(tenantId, CapabilityValues.sha256(state)).map(pending -> {
            if (pending == null || !pending.isOpen(now)) {
                throw OAuthError.of("invalid_request", "This sign-in is unknown, was completed already or has"
                        + " expired; start again from your wallet app");
            }
            PendingAuthorization taken = copy(pending);
            pending.completedAt = now;
            pending.loginVerifier = null;
            return taken;
        });
    }

    private Uni<String> issueCode(PendingAuthorization pending, KeycloakLogin.Earner earner, Instant now) {
        if (!pending.tenantId.equals(earner.tenantId())) {
            LOG.infof("OpenID4VCI sign-in of %s refused: not an earner of tenant %s", earner.subject(),
                    pending.tenantId);
            return Uni.createFrom().item(denied(pending, "You signed in to another institution"));
        }
        return awardsFor(pending, earner.subject(), now).chain(awardIds -> {
            if (awardIds.isEmpty()) {
                return Uni.createFrom().item(denied(pending, "You have no credential to send to this wallet"));
            }
            String code = CapabilityValues.newValue();
            AuthorizationCode row = new AuthorizationCode();
            row.codeHash = CapabilityValues.sha256(code);
            row.tenantId = pending.tenantId;
            row.clientId = pending.clientId;
            row.redirectUri = pending.redirectUri;
            row.codeChallenge = pending.codeChallenge;
            row.earnerId = earner.subject();
            row.credentialIds = awardIds.stream().map(UUID::toString).collect(Collectors.joining(","));
            row.configurationIds = pending.configurationIds;
            row.createdAt = now;
            row.expiresAt = now.plus(config.authorizationCodeLifetime());
            LOG.infof("OpenID4VCI authorization code for %d credential(s) of earner %s (tenant %s)", awardIds.size(),
                    earner.subject(), pending.tenantId);
            return store.persist(row).replaceWith(redirect(pending, "code=" + code));
        });
    }

    /**
     * The offer's award, when the offer is the earner's and still open (it is then used up, as a redeemed
     * pre-authorized code would be); or, asked by configuration, the earner's active awards, newest first.
     */
    private Uni<List<UUID>> awardsFor(PendingAuthorization pending, String earnerId, Instant now) {
        if (pending.offerIdHash != null) {
            return store.lockOffer(pending.tenantId, pending.offerIdHash).map(offer -> {
                if (offer == null || !offer.isRedeemable(now) || !offer.earnerId.equals(earnerId)) {
                    return List.of();
                }
                offer.close(now, true);
                return List.of(offer.credentialId);
            });
        }
        return awards.listInTenant(pending.tenantId, earnerId, config.maxAwardsPerToken())
                .map(list -> list.stream().filter(award -> award.status == CredentialStatus.ACTIVE)
                        .map(award -> award.id).toList());
    }

    private String denied(PendingAuthorization pending, String description) {
        return redirect(pending, "error=access_denied&error_description=" + Authorizations.encode(description));
    }

    private String redirect(PendingAuthorization pending, String result) {
        String query = result + (pending.walletState != null ? "&state=" + Authorizations.encode(pending.walletState)
                : "") + "&iss=" + Authorizations.encode(metadata.issuerId(pending.tenantId));
        return RedirectUris.with(pending.redirectUri, query);
    }

    private static PendingAuthorization copy(PendingAuthorization pending) {
        PendingAuthorization taken = new PendingAuthorization();
        taken.tenantId = pending.tenantId;
        taken.clientId = pending.clientId;
        taken.redirectUri = pending.redirectUri;
        taken.walletState = pending.walletState;
        taken.codeChallenge = pending.codeChallenge;
        taken.offerIdHash = pending.offerIdHash;
        taken.configurationIds = pending.configurationIds;
        taken.loginVerifier = pending.loginVerifier;
        return taken;
    }
}
