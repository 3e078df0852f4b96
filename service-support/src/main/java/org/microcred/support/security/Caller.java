package org.microcred.support.security;

import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.microcred.support.problem.ProblemException;

/**
 * Who is calling, as the verified bearer token says: the user (its {@code sub}), and the
 * institution (tenant) every query of theirs is scoped to.
 */
@RequestScoped
public class Caller {

    private final JsonWebToken token;

    public Caller(JsonWebToken token) {
        this.token = token;
    }

    /** The caller's institution; a token without one may do nothing tenant-scoped. */
    public String tenantId() {
        String tenant = token.getClaim("tenant");
        if (tenant == null || tenant.isBlank()) {
            throw ProblemException.forbidden("The token names no institution (claim 'tenant')");
        }
        return tenant;
    }

    public String userId() {
        return token.getSubject();
    }

    public String email() {
        return token.getClaim("email");
    }

    public String displayName() {
        String name = token.getClaim("name");
        return name != null ? name : token.getClaim("preferred_username");
    }
}
