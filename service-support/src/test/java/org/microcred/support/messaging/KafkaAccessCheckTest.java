package org.microcred.support.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.acl.AclOperation;
import org.junit.jupiter.api.Test;

class KafkaAccessCheckTest {

    private final Map<String, AclOperation> required = KafkaAccessCheck.required(new ServiceTopics(
            List.of("wallet.events.v1"), List.of("issuance.credentials.v1"),
            List.of("issuance.credentials.v1.wallet-service.dlq")));

    @Test
    void readsWhatItConsumesAndWritesWhatItProducesAndDeadLetters() {
        assertEquals(Map.of("wallet.events.v1", AclOperation.WRITE, "issuance.credentials.v1", AclOperation.READ,
                "issuance.credentials.v1.wallet-service.dlq", AclOperation.WRITE), required);
    }

    @Test
    void aTopicWithoutTheRequiredOperationIsNamed() {
        Map<String, Set<AclOperation>> authorized = Map.of(
                "wallet.events.v1", Set.of(AclOperation.WRITE, AclOperation.DESCRIBE),
                "issuance.credentials.v1", Set.of(),
                "issuance.credentials.v1.wallet-service.dlq", Set.of(AclOperation.DESCRIBE, AclOperation.READ));
        assertEquals(List.of("READ on topic issuance.credentials.v1",
                "WRITE on topic issuance.credentials.v1.wallet-service.dlq"),
                KafkaAccessCheck.refused(required, authorized));
    }

    @Test
    void theSuperUsersAllAndAnUncheckedTopicPass() {
        assertEquals(List.of(), KafkaAccessCheck.refused(required, Map.of(
                "wallet.events.v1", Set.of(AclOperation.ALL),
                "issuance.credentials.v1", Set.of(AclOperation.READ),
                "issuance.credentials.v1.wallet-service.dlq", Set.of(AclOperation.WRITE, AclOperation.DESCRIBE))));
        assertEquals(List.of(), KafkaAccessCheck.refused(required, Map.of()));
    }
}
