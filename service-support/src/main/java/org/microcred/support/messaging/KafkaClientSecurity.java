package org.microcred.support.messaging;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How every Kafka client of a service authenticates: the SmallRye channels (through {@link KafkaClientProperties}),
 * TopicProvisioner's admin client and the tests' harness all take their security properties from here, so no client
 * can connect otherwise than the others.
 *
 * <ul>
 * <li>{@code PLAINTEXT}: no properties beyond the protocol (a broker without authentication);</li>
 * <li>{@code SASL_PLAINTEXT} or {@code SASL_SSL}: the SASL mechanism (SCRAM-SHA-512 by default, as Strimzi's
 * KafkaUser with {@code authentication: scram-sha-512}) and a JAAS login with the user and password, which must
 * be given: a missing one fails at start with the setting's name instead of a broker refusing an empty login;</li>
 * <li>{@code SASL_SSL} or {@code SSL} with a truststore location: the broker's CA certificate as a PEM file
 * (Strimzi's {@code <cluster>-cluster-ca-cert} Secret, key {@code ca.crt}); without one the JVM's default CAs.</li>
 * </ul>
 */
public final class KafkaClientSecurity {

    private static final Set<String> PROTOCOLS = Set.of("PLAINTEXT", "SASL_PLAINTEXT", "SASL_SSL", "SSL");

    private final String protocol;
    private final String mechanism;
    private final Optional<String> user;
    private final Optional<String> password;
    private final Optional<String> truststoreLocation;

    public KafkaClientSecurity(String protocol, String mechanism, Optional<String> user, Optional<String> password,
            Optional<String> truststoreLocation) {
        this.protocol = protocol.trim().toUpperCase(Locale.ROOT);
        if (!PROTOCOLS.contains(this.protocol)) {
            throw new IllegalArgumentException("Kafka security protocol must be one of " + PROTOCOLS + ", not "
                    + protocol + " (MICROCRED_KAFKA_SECURITY_PROTOCOL)");
        }
        this.mechanism = mechanism.trim().toUpperCase(Locale.ROOT);
        this.user = nonBlank(user);
        this.password = nonBlank(password);
        this.truststoreLocation = nonBlank(truststoreLocation);
    }

    /**
     * From the environment alone, for clients outside a service (the tests' harness): the shared protocol, mechanism
     * and truststore, with the user and password of the given variables.
     */
    public static KafkaClientSecurity fromEnvironment(Map<String, String> env, String userVariable,
            String passwordVariable) {
        return new KafkaClientSecurity(env.getOrDefault("MICROCRED_KAFKA_SECURITY_PROTOCOL", "PLAINTEXT"),
                env.getOrDefault("MICROCRED_KAFKA_SASL_MECHANISM", "SCRAM-SHA-512"),
                Optional.ofNullable(env.get(userVariable)), Optional.ofNullable(env.get(passwordVariable)),
                Optional.ofNullable(env.get("MICROCRED_KAFKA_TRUSTSTORE_LOCATION")));
    }

    /** The Kafka client properties (security.protocol, sasl.*, ssl.truststore.*); never a key with an empty value. */
    public Map<String, String> clientProperties() {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("security.protocol", protocol);
        if (protocol.startsWith("SASL_")) {
            props.put("sasl.mechanism", mechanism);
            props.put("sasl.jaas.config", jaasConfig());
        }
        if (protocol.endsWith("SSL") && truststoreLocation.isPresent()) {
            props.put("ssl.truststore.type", "PEM");
            props.put("ssl.truststore.location", truststoreLocation.get());
        }
        return props;
    }

    public String protocol() {
        return protocol;
    }

    /** The user this client logs in as, when it logs in at all. */
    public Optional<String> user() {
        return protocol.startsWith("SASL_") ? user : Optional.empty();
    }

    private String jaasConfig() {
        String module = switch (mechanism) {
            case "SCRAM-SHA-512", "SCRAM-SHA-256" -> "org.apache.kafka.common.security.scram.ScramLoginModule";
            case "PLAIN" -> "org.apache.kafka.common.security.plain.PlainLoginModule";
            default -> throw new IllegalArgumentException("Kafka SASL mechanism must be SCRAM-SHA-512, SCRAM-SHA-256 "
                    + "or PLAIN, not " + mechanism + " (MICROCRED_KAFKA_SASL_MECHANISM)");
        };
        String name = user.orElseThrow(() -> new IllegalStateException(
                "Kafka security protocol " + protocol + " needs a user (MICROCRED_KAFKA_USER)"));
        String secret = password.orElseThrow(() -> new IllegalStateException(
                "Kafka security protocol " + protocol + " needs the password of user " + name
                        + " (MICROCRED_KAFKA_PASSWORD)"));
        return module + " required username=\"" + quoted(name) + "\" password=\"" + quoted(secret) + "\";";
    }

    /** A JAAS option value is a quoted string: a quote or backslash in a password must not end it. */
    static String quoted(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static Optional<String> nonBlank(Optional<String> value) {
        return value.map(String::trim).filter(v -> !v.isEmpty());
    }

    /** Never the password: this object may be logged. */
    @Override
    public String toString() {
        return protocol + user().map(u -> " as " + u + " (" + mechanism + ")").orElse("");
    }
}
