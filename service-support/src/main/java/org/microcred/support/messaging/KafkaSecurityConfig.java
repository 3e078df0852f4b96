package org.microcred.support.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * The Kafka security settings of a service (service-support's microprofile-config.properties maps them to the
 * MICROCRED_KAFKA_* environment variables; each service's application.properties lets its own
 * MICROCRED_<SERVICE>_KAFKA_USER/_PASSWORD win). Defaults keep a broker without authentication working.
 */
@ConfigMapping(prefix = "microcred.kafka.security")
public interface KafkaSecurityConfig {

    /** PLAINTEXT, SASL_PLAINTEXT or SASL_SSL. */
    @WithDefault("PLAINTEXT")
    String protocol();

    @WithDefault("SCRAM-SHA-512")
    String saslMechanism();

    /** The service's Kafka user; its consumer group id has the same name. */
    Optional<String> user();

    Optional<String> password();

    /** A PEM file with the broker's CA certificate, for SASL_SSL against a broker whose CA the JVM does not know. */
    Optional<String> truststoreLocation();

    default KafkaClientSecurity clientSecurity() {
        return new KafkaClientSecurity(protocol(), saslMechanism(), user(), password(), truststoreLocation());
    }
}
