package org.microcred.wallet.ims.host;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.microcred.support.problem.ProblemException;
import org.microcred.support.security.Caller;
import org.microcred.wallet.ims.clients.ImsClients;
import org.microcred.wallet.ims.clients.KeycloakAdmin;

/**
 * Who may use a tenant's Open Badges or CLR API, per request: a signed-in user (any token of the realm for the
 * services' audience, as the OIDC settings check) whose institution is the tenant of the path, holding the scope of
 * the operation. Roles are not asked for: a platform the earner connected gets a token with the earner's institution
 * and the scopes granted, not the earner's roles; what it reaches is the earner's own wallet and nothing else.
 */
@RequestScoped
public class ImsAccess {

    /** The caller, once allowed: the institution and the earner whose wallet the request reads or writes. */
    public record Earner(String tenantId, String earnerId, String verifiedEmail, String name) {
    }

    private final JsonWebToken token;
    private final Caller caller;
    private final ImsClients platforms;

    public ImsAccess(JsonWebToken token, Caller caller, ImsClients platforms) {
        this.token = token;
        this.caller = caller;
        this.platforms = platforms;
    }

    /**
     * 403 when the token names another institution than the path (a token of one institution's earners never reads
     * another's wallet), lacks the scope (the answer names it, as RFC 6750's {@code insufficient_scope}), or comes
     * from a platform registered with another institution. A registered platform's token names no email: the
     * earner's verified email and name are then read from their account.
     */
    public Uni<Earner> require(String pathTenant, String scope) {
        String tenant = caller.tenantId();
        if (!tenant.equals(pathTenant)) {
            throw new ProblemException(403, "wrong-institution", "Wrong institution",
                    "This token is for the wallets of another institution than " + pathTenant);
        }
        if (!scopes().contains(scope)) {
            throw new ProblemException(403, "insufficient-scope", "Insufficient scope",
                    "This operation needs the scope " + scope + ", which the earner did not grant this client");
        }
        String earnerId = caller.userId();
        return platforms.tenantOf(token.getClaim("azp")).chain(registeredWith -> {
            if (registeredWith == null) {
                return Uni.createFrom().item(new Earner(tenant, earnerId, caller.verifiedEmail(),
                        caller.displayName()));
            }
            if (!registeredWith.equals(pathTenant)) {
                throw new ProblemException(403, "platform-of-another-institution", "Wrong institution",
                        "This platform registered with another institution than " + pathTenant);
            }
            return platforms.accountOf(earnerId).map(account -> new Earner(tenant, earnerId,
                    Boolean.TRUE.equals(account.emailVerified()) ? account.email() : null, nameOf(account)));
        });
    }

    private static String nameOf(KeycloakAdmin.User account) {
        String name = ((account.firstName() == null ? "" : account.firstName()) + " "
                + (account.lastName() == null ? "" : account.lastName())).strip();
        return name.isEmpty() ? null : name;
    }

    /** The token's space-separated {@code scope} claim. */
    List<String> scopes() {
        Object claim = token.getClaim("scope");
        String scope = claim instanceof JsonString json ? json.getString() : claim == null ? "" : claim.toString();
        return Arrays.asList(scope.trim().split("\\s+"));
    }
}
