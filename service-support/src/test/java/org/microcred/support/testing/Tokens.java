package org.microcred.support.testing;

/**
 * Real access tokens for the services' tests, from the Keycloak that bin/infra runs ({@link KeycloakTokens}, which
 * fetches them anew before they expire). Demo users are {@code nb-*} (tenant northbridge) and {@code sp-*} (tenant
 * southport): earner, earner2, assessor, assessor2, admin (issuer-admin), release (release-manager); and
 * {@code nb-unverified}, a Northbridge earner whose email nobody verified.
 */
public final class Tokens {

    private static final class Holder {
        static final KeycloakTokens TOKENS = KeycloakTokens.fromEnvironment();
    }

    private Tokens() {
    }

    /** A token of a demo user. */
    public static String user(String username) {
        return Holder.TOKENS.of(username);
    }

    /** A token of a demo user holding these OAuth scopes too (the Open Badges and CLR APIs' scopes). */
    public static String user(String username, String... scopes) {
        return Holder.TOKENS.withScopes(username, String.join(" ", scopes));
    }

    /** A token of a tenant's LMS integration client. */
    public static String lms(String tenant) {
        return Holder.TOKENS.lms(tenant);
    }

    /**
     * The token of assessment-service's own client (client credentials): a valid token of the realm that is not
     * meant for the services (no {@code microcred-api} audience).
     */
    public static String assessmentServiceClient() {
        return Holder.TOKENS.clientCredentials("assessment-service", "MICROCRED_ASSESSMENT_SERVICE_SECRET");
    }

    /**
     * The token of wallet-service's own client wallet-registrar (client credentials): its service account may call
     * Keycloak's admin API for clients and users' consents, which tests use to look at what wallet-service made.
     */
    public static String walletRegistrar() {
        return Holder.TOKENS.clientCredentials("wallet-registrar", "MICROCRED_WALLET_REGISTRAR_SECRET");
    }

    /** A claim of a demo user's token, such as {@code tenant}; missing claims read as "". */
    public static String claim(String username, String name) {
        return Holder.TOKENS.claims(username).path(name).asText();
    }

    /** The {@code sub} of a demo user's token: the user id other services put in their events. */
    public static String subject(String username) {
        return claim(username, "sub");
    }
}
