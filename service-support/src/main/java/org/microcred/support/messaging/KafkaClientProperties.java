package org.microcred.support.messaging;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.HashMap;
import java.util.Map;

/**
 * The security properties of every SmallRye Kafka channel, consumers, their dead-letter producers and the outbox's
 * producer alike: service-support's defaults name this map for the whole connector
 * ({@code mp.messaging.connector.smallrye-kafka.kafka-configuration=microcred-kafka-security}), and SmallRye merges it
 * over the {@code kafka.*} defaults and under each channel's own settings.
 */
@ApplicationScoped
public class KafkaClientProperties {

    public static final String IDENTIFIER = "microcred-kafka-security";

    @Produces
    @ApplicationScoped
    @Identifier(IDENTIFIER)
    Map<String, Object> channelSecurity(KafkaSecurityConfig config) {
        return new HashMap<>(config.clientSecurity().clientProperties());
    }
}
