package org.microcred.e2e.containers;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What one service container is given: environment variables only, the ones the Kubernetes manifests set from a
 * service's ConfigMap and Secret references (deploy/k8s), with this machine's values from {@code bin/infra env}.
 * Nothing else of the test's environment reaches a container, so a setting the manifests forget fails here too.
 */
final class ServiceEnvironment {

    private final Map<String, String> host;
    private final String topicPrefix;
    private final String databaseSuffix;
    private final Map<String, Integer> ports;

    /**
     * @param host the test's environment ({@code eval "$(bin/infra env)"})
     * @param ports each service's port (the containers share the host's network)
     */
    ServiceEnvironment(Map<String, String> host, String topicPrefix, String databaseSuffix,
            Map<String, Integer> ports) {
        this.host = host;
        this.topicPrefix = topicPrefix;
        this.databaseSuffix = databaseSuffix;
        this.ports = ports;
    }

    /** The environment of one service ({@code enrolment}, ..., {@code wallet}). */
    Map<String, String> of(String service) {
        Map<String, String> env = new LinkedHashMap<>();
        int port = ports.get(service);
        // The images listen on 8080; here every container shares the host's network, so each takes its own port.
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("MICROCRED_PUBLIC_BASE_URL", "http://localhost:" + port);
        env.put("MICROCRED_OIDC_URL", required("MICROCRED_OIDC_URL"));
        database(service, env);
        kafka(service, env);
        secrets(service, env);
        tuning(service, env);
        return env;
    }

    /** The database of this run, opened with the service's own role (a CloudNativePG owner role in Kubernetes). */
    private void database(String service, Map<String, String> env) {
        env.put("MICROCRED_DB_URL_BASE", required("MICROCRED_DB_URL_BASE"));
        env.put("MICROCRED_DB_NAME", databaseName(service));
        env.put("MICROCRED_DB_USER", user(service));
        env.put("MICROCRED_DB_PASSWORD", password(service));
    }

    String databaseName(String service) {
        return service + databaseSuffix;
    }

    String user(String service) {
        return serviceOrShared(service, "DB_USER");
    }

    String password(String service) {
        return serviceOrShared(service, "DB_PASSWORD");
    }

    /**
     * Kafka as the service's own user where the broker authenticates (bin/infra env prints each service's
     * {@code MICROCRED_<SERVICE>_KAFKA_USER/_PASSWORD}); the manifests set the same names from Strimzi's KafkaUser
     * Secret.
     */
    private void kafka(String service, Map<String, String> env) {
        env.put("KAFKA_BOOTSTRAP_SERVERS", required("KAFKA_BOOTSTRAP_SERVERS"));
        env.put("MICROCRED_KAFKA_TOPIC_PREFIX", topicPrefix);
        copy("MICROCRED_KAFKA_SECURITY_PROTOCOL", env);
        copy("MICROCRED_KAFKA_SASL_MECHANISM", env);
        String prefix = "MICROCRED_" + service.toUpperCase(Locale.ROOT) + "_KAFKA_";
        String user = host.getOrDefault(prefix + "USER", host.get("MICROCRED_KAFKA_USER"));
        String password = host.getOrDefault(prefix + "PASSWORD", host.get("MICROCRED_KAFKA_PASSWORD"));
        if (user != null) {
            env.put("MICROCRED_KAFKA_USER", user);
        }
        if (password != null) {
            env.put("MICROCRED_KAFKA_PASSWORD", password);
        }
    }

    /** Each service gets only its own secrets, as each Deployment references only its own Secrets. */
    private void secrets(String service, Map<String, String> env) {
        switch (service) {
            case "enrolment" -> {
                copy("MICROCRED_LMS_WEBHOOK_SECRET_NORTHBRIDGE", env);
                copy("MICROCRED_LMS_WEBHOOK_SECRET_SOUTHPORT", env);
                copy("MICROCRED_OUTBOUND_SECRET_KEY", env); // the outbound webhooks' secrets are sealed under it
                copy("MICROCRED_LMS_ADAPTERS_SECRET_KEY", env); // and the LMS integrations' shared secrets under this
            }
            case "assessment" -> {
                env.put("MICROCRED_ASSESSMENT_SERVICE_SECRET", required("MICROCRED_ASSESSMENT_SERVICE_SECRET"));
                env.put("MICROCRED_KEYCLOAK_URL", required("MICROCRED_KEYCLOAK_URL"));
            }
            case "issuance" -> env.put("MICROCRED_MASTER_KEY", required("MICROCRED_MASTER_KEY"));
            case "wallet" -> {
                // The client wallet-registrar: registered 1EdTech platforms' clients and earners' consents.
                env.put("MICROCRED_WALLET_REGISTRAR_SECRET", required("MICROCRED_WALLET_REGISTRAR_SECRET"));
                env.put("MICROCRED_KEYCLOAK_URL", required("MICROCRED_KEYCLOAK_URL"));
            }
            default -> { }
        }
    }

    /** The test's own settings, as the process-based harness (RunningSystem) sets them. */
    private void tuning(String service, Map<String, String> env) {
        // The wallet's verifier resolves issuer keys and status lists of this run's issuance-service.
        env.put("MICROCRED_VERIFY_TRUSTED_ISSUERS", "http://localhost:" + ports.get("issuance") + "/");
        env.put("MICROCRED_VERIFY_MAX_CACHE_TTL", "2s");
        // Every request of the test comes from one address.
        env.put("MICROCRED_PUBLIC_RATE_LIMIT_REQUESTS", "1000000");
        // Five cold JVMs beside the servers on two cores: the wallet's first fetch of an issuer profile may take
        // longer than the 2 s a warm production service is given; the test is about the images, not that margin.
        env.put("MICROCRED_VERIFY_FETCH_TIMEOUT", "15s");
        // As the process-based harness starts its JVMs: C1 only spends less CPU compiling on a loaded machine. The
        // images' own options (heap from the memory limit) stay; JAVA_TOOL_OPTIONS is how operators add options too.
        env.put("JAVA_TOOL_OPTIONS", "-XX:TieredStopAtLevel=1");
        if (service.equals("submission")) {
            // Evidence files on the one writable place of the container (a volume in Kubernetes).
            env.put("MICROCRED_STORAGE_DIR", "/tmp/submission-files");
        }
    }

    private String serviceOrShared(String service, String suffix) {
        String own = host.get("MICROCRED_" + service.toUpperCase(Locale.ROOT) + "_" + suffix);
        return own != null ? own : required("MICROCRED_" + suffix);
    }

    private void copy(String name, Map<String, String> env) {
        String value = host.get(name);
        if (value != null && !value.isEmpty()) {
            env.put(name, value);
        }
    }

    private String required(String name) {
        String value = host.get(name);
        if (value == null || value.isEmpty()) {
            throw new IllegalStateException(name + " is not set: eval \"$(bin/infra env)\" first");
        }
        return value;
    }
}
