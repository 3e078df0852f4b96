package org.microcred.support.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.microcred.support.messaging.KafkaClientSecurity;

/** The harness's clients log in exactly as KafkaClientSecurity makes the services' clients log in. */
class TestKafkaLoginTest {

    private static void assertSameAsServices(Map<String, String> env) {
        Properties harness = TestKafka.clientProperties(env);
        Map<String, String> expected = new HashMap<>(KafkaClientSecurity.fromEnvironment(env,
                "MICROCRED_KAFKA_ADMIN_USER", "MICROCRED_KAFKA_ADMIN_PASSWORD").clientProperties());
        expected.put("bootstrap.servers", env.get("KAFKA_BOOTSTRAP_SERVERS"));
        assertEquals(expected, new HashMap<>(harness));
    }

    @Test
    void saslAsTheSuperUser() {
        assertSameAsServices(Map.of("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:59092",
                "MICROCRED_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT",
                "MICROCRED_KAFKA_ADMIN_USER", "admin", "MICROCRED_KAFKA_ADMIN_PASSWORD", "Xy12abc"));
    }

    @Test
    void saslSslWithTheBrokersCa() {
        assertSameAsServices(Map.of("KAFKA_BOOTSTRAP_SERVERS", "kafka:9093",
                "MICROCRED_KAFKA_SECURITY_PROTOCOL", "SASL_SSL", "MICROCRED_KAFKA_TRUSTSTORE_LOCATION", "/ca.crt",
                "MICROCRED_KAFKA_ADMIN_USER", "admin", "MICROCRED_KAFKA_ADMIN_PASSWORD", "Xy12abc"));
    }

    @Test
    void plaintextWithoutLogin() {
        assertSameAsServices(Map.of("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092"));
    }
}
