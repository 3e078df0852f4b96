package org.microcred.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.microcred.events.Topics;

/** Kafka delivers at least once: the same event delivered again has no second effect. */
class RedeliveryIT {

    private final RunningSystem system = RunningSystem.get();
    private final JourneyClient client = system.client;
    private final KafkaProbe kafka = new KafkaProbe();

    @Test
    void theSameAwardAndCredentialEventsDeliveredAgainIssueAndStoreOneCredential() {
        String achievementId = client.publishAchievement("sp-admin", "Redelivered award");
        JourneyWalk.Result journey = new JourneyWalk(client, (s, n, d) -> { }).walk("sp-earner", "sp-assessor", achievementId);

        String decisions = system.topicPrefix + Topics.ASSESSMENT;
        String credentials = system.topicPrefix + Topics.ISSUANCE;
        // The assessment topic also carries the claim (assessment.assigned) of the same task.
        ConsumerRecord<String, String> award = kafka.find(decisions, "assessment.decided", journey.assessmentId())
                .orElseThrow();
        ConsumerRecord<String, String> issued = kafka.find(credentials, "credential.issued", journey.credentialId())
                .orElseThrow();
        kafka.resend(award);
        kafka.resend(award);
        kafka.resend(issued);
        kafka.resend(issued);
        kafka.awaitConsumed(system.topicPrefix + "issuance-service", decisions, Duration.ofSeconds(60));
        kafka.awaitConsumed(system.topicPrefix + "wallet-service", credentials, Duration.ofSeconds(60));
        kafka.awaitConsumed(system.topicPrefix + "enrolment-service", credentials, Duration.ofSeconds(60));

        assertEquals(1, client.walletEntries("sp-earner", journey.enrolmentId()).size(), "one credential in the wallet");
        long issuedForJourney = kafka.readAll(credentials).stream()
                .filter(r -> r.value().contains(journey.enrolmentId())).map(ConsumerRecord::value)
                .map(v -> org.microcred.events.EventCodec.decode(v).eventId()).distinct().count();
        assertEquals(1, issuedForJourney, "issuance published one credential event for the journey");
        assertEquals(1, JourneyIT.values(client.dashboard("sp-earner", journey.enrolmentId()).path("steps"), "stage")
                .stream().filter("ISSUED"::equals).count(), "the dashboard recorded the issue once");
    }
}
