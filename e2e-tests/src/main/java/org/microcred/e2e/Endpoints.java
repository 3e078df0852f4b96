package org.microcred.e2e;

import java.time.Clock;
import java.util.Map;
import org.microcred.support.testing.KeycloakTokens;

/**
 * Where the running system answers: each service's base URL and Keycloak's realm. Environment
 * variables override the defaults of a local run (bin/infra and bin/services).
 */
public record Endpoints(String enrolment, String submission, String assessment, String issuance, String wallet,
        String realm, String demoPassword) {

    public static Endpoints fromEnvironment() {
        return withPorts(System.getenv(), 8081, 8082, 8083, 8084, 8085);
    }

    /** Base URLs on localhost from MICROCRED_<NAME>_PORT, or the given defaults. */
    public static Endpoints withPorts(Map<String, String> env, int enrolment, int submission, int assessment,
            int issuance, int wallet) {
        return new Endpoints(
                url(env, "ENROLMENT", enrolment),
                url(env, "SUBMISSION", submission),
                url(env, "ASSESSMENT", assessment),
                url(env, "ISSUANCE", issuance),
                url(env, "WALLET", wallet),
                env.getOrDefault("MICROCRED_OIDC_URL", "http://localhost:8180/realms/microcred"),
                required(env, "MICROCRED_DEMO_PASSWORD"));
    }

    /** Tokens of the demo users and the LMS clients from this realm (LMS secrets from the environment). */
    public KeycloakTokens tokens() {
        return new KeycloakTokens(realm, demoPassword, System::getenv, Clock.systemUTC());
    }

    private static String url(Map<String, String> env, String name, int defaultPort) {
        return "http://localhost:" + env.getOrDefault("MICROCRED_" + name + "_PORT", String.valueOf(defaultPort));
    }

    static String required(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null) {
            throw new IllegalStateException(name + " is not set: eval \"$(bin/infra env)\" first");
        }
        return value;
    }
}
