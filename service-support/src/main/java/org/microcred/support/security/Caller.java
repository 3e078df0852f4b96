package org.microcred.support.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.MDC;
import org.microcred.support.problem.ProblemException;

/**
 * Who is calling, as the verified bearer token says: the user (its {@code sub}), and the
 * institution (tenant) every query of theirs is scoped to.
 */
@RequestScoped
public class Caller {

    /** The problem slug of an earner whose email Keycloak has not verified. */
    public static final String EMAIL_NOT_VERIFIED = "email-not-verified";

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
        // The request's log lines name the institution (JSON logs: mdc.tenant), as a consumer's do.
        MDC.put("tenant", tenant);
        return tenant;
    }

    public String userId() {
        return token.getSubject();
    }

    /**
     * The caller's email, only when Keycloak says it was verified ({@code email_verified: true}); null otherwise.
     * An unverified {@code email} is whatever the user typed, so it never names anyone: there is deliberately no
     * accessor for it.
     */
    public String verifiedEmail() {
        String email = token.getClaim("email");
        return email != null && !email.isBlank() && isTrue(token.getClaim("email_verified")) ? email : null;
    }

    /**
     * The verified email, for what fixes the caller's identity (an enrolment, and the credential issued from it);
     * 403 {@value #EMAIL_NOT_VERIFIED} without one.
     */
    public String requireVerifiedEmail() {
        String email = verifiedEmail();
        if (email == null) {
            throw new ProblemException(403, EMAIL_NOT_VERIFIED, "Email not verified",
                    "Your account has no verified email address: a credential names its earner by it. "
                            + "Ask your institution to verify your email, then try again");
        }
        return email;
    }

    public String displayName() {
        String name = token.getClaim("name");
        return name != null ? name : token.getClaim("preferred_username");
    }

    /** smallrye-jwt hands a JSON boolean claim over as a Boolean or as a JsonValue, depending on the token. */
    private static boolean isTrue(Object claim) {
        return Boolean.TRUE.equals(claim) || JsonValue.TRUE.equals(claim);
    }
}
