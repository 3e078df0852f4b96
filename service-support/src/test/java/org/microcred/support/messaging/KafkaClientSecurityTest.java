package org.microcred.support.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KafkaClientSecurityTest {

    private static KafkaClientSecurity of(String protocol, String user, String password, String truststore) {
        return new KafkaClientSecurity(protocol, "SCRAM-SHA-512", Optional.ofNullable(user),
                Optional.ofNullable(password), Optional.ofNullable(truststore));
    }

    @Test
    void plaintextNeedsNoLoginAndSetsNothingElse() {
        assertEquals(Map.of("security.protocol", "PLAINTEXT"), of("PLAINTEXT", "", "", "").clientProperties());
    }

    @Test
    void saslLogsInWithScramAsTheGivenUser() {
        Map<String, String> props = of("sasl_plaintext", "wallet-service", "s3cret", null).clientProperties();
        assertEquals("SASL_PLAINTEXT", props.get("security.protocol"));
        assertEquals("SCRAM-SHA-512", props.get("sasl.mechanism"));
        assertEquals("org.apache.kafka.common.security.scram.ScramLoginModule required username=\"wallet-service\""
                + " password=\"s3cret\";", props.get("sasl.jaas.config"));
        assertFalse(props.containsKey("ssl.truststore.location"));
    }

    @Test
    void aQuoteInThePasswordCannotEndTheJaasValue() {
        String jaas = of("SASL_PLAINTEXT", "u", "a\"b\\c", null).clientProperties().get("sasl.jaas.config");
        assertTrue(jaas.endsWith("password=\"a\\\"b\\\\c\";"), jaas);
    }

    @Test
    void saslSslTrustsThePemCaWhenGiven() {
        Map<String, String> props = of("SASL_SSL", "u", "p", "/etc/kafka-ca/ca.crt").clientProperties();
        assertEquals("PEM", props.get("ssl.truststore.type"));
        assertEquals("/etc/kafka-ca/ca.crt", props.get("ssl.truststore.location"));
        assertFalse(of("SASL_SSL", "u", "p", " ").clientProperties().containsKey("ssl.truststore.type"));
    }

    @Test
    void aMissingPasswordFailsNamingTheSetting() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> of("SASL_PLAINTEXT", "wallet-service", "", null).clientProperties());
        assertTrue(e.getMessage().contains("MICROCRED_KAFKA_PASSWORD"), e.getMessage());
    }

    @Test
    void anUnknownProtocolIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> of("SASL", "u", "p", null));
    }

    @Test
    void itsTextNeverShowsThePassword() {
        assertFalse(of("SASL_PLAINTEXT", "u", "s3cret", null).toString().contains("s3cret"));
    }

    @Test
    void theHarnessReadsTheSharedSettingsAndItsOwnUserVariables() {
        KafkaClientSecurity admin = KafkaClientSecurity.fromEnvironment(Map.of(
                "MICROCRED_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT",
                "MICROCRED_KAFKA_ADMIN_USER", "admin", "MICROCRED_KAFKA_ADMIN_PASSWORD", "pw"),
                "MICROCRED_KAFKA_ADMIN_USER", "MICROCRED_KAFKA_ADMIN_PASSWORD");
        assertEquals(Optional.of("admin"), admin.user());
        assertEquals("SCRAM-SHA-512", admin.clientProperties().get("sasl.mechanism"));
    }
}
