package org.microcred.deploy.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each service's KafkaUser grants exactly what its code and configuration consume and produce, and the local
 * broker's ACL table (deploy/infra/kafka/acls.txt), where there is one, grants the same.
 */
class KafkaAclCoverageTest {

    static List<String> overlays() {
        return Manifests.requireOverlayNames();
    }

    @ParameterizedTest(name = "overlay {0}")
    @MethodSource("overlays")
    void everyKafkaUserGrantsExactlyWhatItsServiceNeeds(String overlay) {
        assertEquals(List.of(), KafkaAcls.problems(Manifests.overlay(overlay), ServiceModule.all()));
    }

    @ParameterizedTest(name = "overlay {0}")
    @MethodSource("overlays")
    void theLocalBrokerGrantsWhatTheKafkaUsersGrant(String overlay) {
        var table = KafkaAcls.localTable();
        if (table.isEmpty()) {
            System.err.println("No " + KafkaAcls.LOCAL_TABLE + ": the local broker's ACLs are not compared");
            return;
        }
        assertEquals(List.of(), KafkaAcls.localTableProblems(Manifests.overlay(overlay), table.get()));
    }

    @Test
    void eachEventTopicHasOneProducingServiceAndTheConfigurationAgrees() {
        assertEquals(List.of(), KafkaAcls.producerProblems(ServiceModule.all()));
        assertEquals(List.of(), KafkaAcls.declaredProducesProblems(ServiceModule.all()));
    }

    @Test
    void whatAServiceNeedsIsReadFromItsCode() {
        Set<KafkaGrant> enrolment = KafkaAcls.required(ServiceModule.named("enrolment-service"));
        assertTrue(enrolment.contains(KafkaGrant.literal("enrolment-service", "Write", "topic",
                "catalogue.achievements.v1")), enrolment::toString);
        assertTrue(enrolment.contains(KafkaGrant.literal("enrolment-service", "Read", "group", "enrolment-service")),
                enrolment::toString);
        // assessment-service rebuilds the LMS reports it reads: that does not make it a publisher of enrolments
        assertTrue(CodeFacts.producedTopics(ServiceModule.named("assessment-service")).stream()
                .noneMatch(t -> t.startsWith("enrolment.")));
    }

    @Test
    void aMissingGrantAnExtraGrantAndAMissingUserAreFound() {
        List<ServiceModule> services = List.of(ServiceModule.named("enrolment-service"),
                ServiceModule.named("wallet-service"));
        assertEquals(List.of(
                "enrolment-service: KafkaUser lacks enrolment-service Write topic literal enrolment.events.v1",
                "enrolment-service: KafkaUser grants more than the service needs:"
                        + " enrolment-service Create topic literal submission.events.v1",
                "wallet-service: no KafkaUser wallet-service"),
                KafkaAcls.problems(Manifests.fixture("consistency/kafka-users.yaml"), services));
    }

    @Test
    void aLocalTableThatDiffersIsFound() {
        assertEquals(List.of(
                "acls-table.txt grants, the KafkaUsers do not: enrolment-service Write topic literal"
                        + " enrolment.events.v1",
                "the KafkaUsers grant, acls-table.txt does not: enrolment-service Create topic literal"
                        + " submission.events.v1",
                "the KafkaUsers grant, acls-table.txt does not: enrolment-service Read group literal"
                        + " enrolment-service"),
                KafkaAcls.localTableProblems(Manifests.fixture("consistency/kafka-users.yaml"),
                        Fixtures.path("consistency/acls-table.txt")));
    }
}
