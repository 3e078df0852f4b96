package org.microcred.support.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.microcred.events.Topics;
import org.microcred.support.testing.TestKafka;

/**
 * bin/infra's broker lets a service's user do what deploy/infra/kafka/acls.txt grants and nothing else, and refuses a
 * wrong password: wallet-service, which consumes only issuance.credentials.v1, logs in with the credentials that
 * bin/infra env gives it (the services' own clients take the same properties from KafkaClientSecurity).
 */
@Tag("servers")
// The broker Testcontainers starts (MICROCRED_TEST_SERVERS=containers) has no logins or ACLs to check.
@DisabledIfEnvironmentVariable(named = "MICROCRED_TEST_SERVERS", matches = "containers")
class KafkaAccessControlTest {

    private static final String GRANTED = "test." + Topics.ISSUANCE;
    private static final String NOT_GRANTED = "test." + Topics.SUBMISSION;

    @BeforeAll
    static void bothTopicsExist() throws Exception {
        // As the super user, so that a refusal below is about the ACL, not a missing topic.
        try (Admin admin = Admin.create(TestKafka.clientProperties())) {
            for (String topic : List.of(GRANTED, NOT_GRANTED)) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, 6, (short) 1))).all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        }
    }

    @Test
    void aServiceReadsTheTopicItConsumes() {
        try (KafkaConsumer<String, String> consumer = consumerAs(walletPassword())) {
            assertEquals(6, consumer.partitionsFor(GRANTED, Duration.ofSeconds(30)).size());
            consumer.assign(List.of(new TopicPartition(GRANTED, 0)));
            consumer.poll(Duration.ofSeconds(2));
        }
    }

    @Test
    void aServiceReadingATopicItHasNoAclForIsRefused() {
        try (KafkaConsumer<String, String> consumer = consumerAs(walletPassword())) {
            consumer.assign(List.of(new TopicPartition(NOT_GRANTED, 0)));
            TopicAuthorizationException refused = assertThrows(TopicAuthorizationException.class, () -> {
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (System.nanoTime() < deadline) {
                    consumer.poll(Duration.ofMillis(500));
                }
            });
            assertTrue(refused.unauthorizedTopics().contains(NOT_GRANTED), refused.getMessage());
        }
    }

    @Test
    void aServiceWritingAnotherStagesTopicIsRefused() {
        Properties props = properties(walletPassword());
        props.put("max.block.ms", "30000");
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            ExecutionException e = assertThrows(ExecutionException.class, () -> producer
                    .send(new ProducerRecord<>(NOT_GRANTED, "k", "forged")).get(60, TimeUnit.SECONDS));
            assertInstanceOf(TopicAuthorizationException.class, e.getCause());
        }
    }

    @Test
    void aWrongPasswordIsRefused() {
        try (Admin admin = Admin.create(properties(walletPassword() + "-wrong"))) {
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> admin.listTopics().names().get(60, TimeUnit.SECONDS));
            assertInstanceOf(SaslAuthenticationException.class, e.getCause());
        }
    }

    private static KafkaConsumer<String, String> consumerAs(String password) {
        Properties props = properties(password);
        props.put("enable.auto.commit", "false");
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }

    /** wallet-service's login, as its application.properties reads it from bin/infra env. */
    private static Properties properties(String password) {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("MICROCRED_WALLET_KAFKA_PASSWORD", password);
        KafkaClientSecurity wallet = KafkaClientSecurity.fromEnvironment(env, "MICROCRED_WALLET_KAFKA_USER",
                "MICROCRED_WALLET_KAFKA_PASSWORD");
        assertEquals("wallet-service", wallet.user().orElseThrow(),
                "run eval \"$(bin/infra env)\": the broker of bin/infra authenticates");
        Properties props = new Properties();
        props.putAll(wallet.clientProperties());
        props.put("bootstrap.servers", TestKafka.bootstrap());
        return props;
    }

    private static String walletPassword() {
        String password = System.getenv("MICROCRED_WALLET_KAFKA_PASSWORD");
        assertTrue(password != null && !password.isBlank(), "MICROCRED_WALLET_KAFKA_PASSWORD (bin/infra env)");
        return password;
    }
}
