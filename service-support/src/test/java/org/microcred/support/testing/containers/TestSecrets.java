package org.microcred.support.testing.containers;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The secrets bin/infra generates into its secrets.env, generated anew for each test JVM and never written down: the
 * demo users' password, the LMS clients', assessment-service's and wallet-service's client secrets, the master key,
 * the LMS webhook secrets and each service's database password. Same names as bin/infra env prints.
 */
final class TestSecrets {

    static final List<String> SERVICES = List.of("enrolment", "submission", "assessment", "issuance", "wallet");
    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private final SecureRandom random = new SecureRandom();

    Map<String, String> generate() {
        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put("MICROCRED_DEMO_PASSWORD", demoPassword());
        secrets.put("MICROCRED_LMS_NORTHBRIDGE_SECRET", alphanumeric(32));
        secrets.put("MICROCRED_LMS_SOUTHPORT_SECRET", alphanumeric(32));
        // The demo institutions' VC-API clients (vcapi-<tenant>, role vc-issuer).
        secrets.put("MICROCRED_VCAPI_NORTHBRIDGE_SECRET", alphanumeric(32));
        secrets.put("MICROCRED_VCAPI_SOUTHPORT_SECRET", alphanumeric(32));
        secrets.put("MICROCRED_ASSESSMENT_SERVICE_SECRET", alphanumeric(32));
        // wallet-service's Keycloak client wallet-registrar (registers 1EdTech platforms, revokes consents).
        secrets.put("MICROCRED_WALLET_REGISTRAR_SECRET", alphanumeric(32));
        // issuance-service's Keycloak client issuance-oid4vci (OpenID4VCI authorization code); the service reads it
        // as microcred.oid4vci.login.client-secret.
        secrets.put("MICROCRED_OID4VCI_LOGIN_CLIENT_SECRET", alphanumeric(32));
        // 256-bit AES key that encrypts issuer signing keys at rest.
        secrets.put("MICROCRED_MASTER_KEY", Base64.getEncoder().encodeToString(bytes(32)));
        // Standard Webhooks secrets: "whsec_" and the base64 of 32 random bytes.
        secrets.put("MICROCRED_LMS_WEBHOOK_SECRET_NORTHBRIDGE", webhookSecret());
        secrets.put("MICROCRED_LMS_WEBHOOK_SECRET_SOUTHPORT", webhookSecret());
        for (String service : SERVICES) {
            secrets.put(databasePasswordOf(service), alphanumeric(24));
        }
        return secrets;
    }

    static String databaseUserOf(String service) {
        return "MICROCRED_" + service.toUpperCase() + "_DB_USER";
    }

    static String databasePasswordOf(String service) {
        return "MICROCRED_" + service.toUpperCase() + "_DB_PASSWORD";
    }

    /**
     * Passes the realm's password policy (deploy/keycloak/microcred-realm.json: 12 characters or more, an upper-case
     * letter, a lower-case letter, a digit), or Keycloak refuses to import the demo users.
     */
    String demoPassword() {
        String password;
        do {
            password = alphanumeric(20);
        } while (!password.matches(".*[A-Z].*") || !password.matches(".*[a-z].*") || !password.matches(".*[0-9].*"));
        return password;
    }

    /** A password for a server's own administrator, which only this JVM uses. */
    String adminPassword() {
        return alphanumeric(24);
    }

    private String alphanumeric(int length) {
        StringBuilder value = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            value.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
        }
        return value.toString();
    }

    private String webhookSecret() {
        return "whsec_" + Base64.getEncoder().encodeToString(bytes(32));
    }

    private byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }
}
