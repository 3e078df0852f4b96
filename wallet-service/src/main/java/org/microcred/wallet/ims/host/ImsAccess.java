package org.microcred.wallet.ims.host;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.microcred.support.problem.ProblemException;
import org.microcred.support.security.Caller;

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

    public ImsAccess(JsonWebToken token, Caller caller) {
        this.token = token;
        this.caller = caller;
    }

    /**
     * 403 when the token names another institution than the path (a token of one institution's earners never reads
     * another's wallet) or lacks the scope; the answer says which scope, as RFC 6750's {@code insufficient_scope}.
     */
    public Earner require(String pathTenant, String scope) {
        String tenant = caller.tenantId();
        if (!tenant.equals(pathTenant)) {
            throw new ProblemException(403, "wrong-institution", "Wrong institution",
                    "This token is for the wallets of another institution than " + pathTenant);
        }
        if (!scopes().contains(scope)) {
            throw new ProblemException(403, "insufficient-scope", "Insufficient scope",
                    "This operation needs the scope " + scope + ", which the earner did not grant this client");
        }
        return new Earner(tenant, caller.userId(), caller.verifiedEmail(), caller.displayName());
    }

    /** The token's space-separated {@code scope} claim. */
    List<String> scopes() {
        Object claim = token.getClaim("scope");
        String scope = claim instanceof JsonString json ? json.getString() : claim == null ? "" : claim.toString();
        return Arrays.asList(scope.trim().split("\\s+"));
    }
}
