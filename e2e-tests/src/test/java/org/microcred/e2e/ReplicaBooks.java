package org.microcred.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.microcred.support.testing.TestKafka;

/**
 * The books ReplicasIT checks, read from what the services committed and the broker holds: credentials per
 * enrolment in issuance's and the wallet's databases, status list slots, dead letters, the consumer groups.
 */
final class ReplicaBooks {

    /** Dead letters: records on this run's dead-letter topics, and outbox rows parked unpublished, per service. */
    record Snapshot(long deadLetterRecords, Map<String, Long> parkedOutboxRows) {
    }

    private final RunningSystem system;

    ReplicaBooks(RunningSystem system) {
        this.system = system;
    }

    /** Members of each service's consumer group (one per consuming channel and instance). */
    Map<String, Integer> consumerGroupMembers() {
        List<String> groups = java.util.Arrays.stream(RunningSystem.SERVICES).map(s -> system.topicPrefix + s + "-service").toList();
        try (Admin admin = Admin.create(TestKafka.clientProperties())) {
            Map<String, Integer> members = new LinkedHashMap<>();
            admin.describeConsumerGroups(groups).all().get()
                    .forEach((group, description) -> members.put(group, description.members().size()));
            return members;
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("Could not describe the consumer groups", e);
        }
    }

    Snapshot snapshot() throws SQLException {
        Map<String, Long> parked = new LinkedHashMap<>();
        for (String service : RunningSystem.SERVICES) {
            parked.put(service, count(service, "SELECT count(*) FROM outbox_event WHERE parked_at IS NOT NULL"));
        }
        return new Snapshot(deadLetterRecords(), parked);
    }

    void assertNoNewDeadLetters(Snapshot before) throws SQLException {
        Snapshot after = snapshot();
        assertEquals(before.deadLetterRecords(), after.deadLetterRecords(), "no record sent to a dead-letter topic");
        assertEquals(before.parkedOutboxRows(), after.parkedOutboxRows(), "no outbox row parked");
    }

    /** Exactly one credential per enrolment in issuance's database and in the wallet's (counted as ChaosBooks does). */
    void assertOneCredentialPerEnrolment(List<String> enrolments) throws SQLException {
        ChaosBooks books = new ChaosBooks(system);
        for (String service : new String[] {"issuance", "wallet"}) {
            String table = service.equals("issuance") ? "issued_credential" : "wallet_credential";
            Map<String, Integer> perEnrolment = books.credentialsPerEnrolment(service, table, enrolments);
            List<String> wrong = enrolments.stream().filter(e -> perEnrolment.getOrDefault(e, 0) != 1)
                    .map(e -> e + "=" + perEnrolment.getOrDefault(e, 0)).toList();
            assertTrue(wrong.isEmpty(), service + ": enrolments without exactly one credential: " + wrong);
        }
    }

    /** No two credentials of a tenant hold the same revocation or suspension slot. */
    void assertStatusIndexesUnique() throws SQLException {
        for (String purpose : new String[] {"revocation", "suspension"}) {
            long shared = count("issuance", "SELECT count(*) FROM (SELECT 1 FROM issued_credential WHERE " + purpose
                    + "_index IS NOT NULL GROUP BY tenant_id, " + purpose + "_list, " + purpose
                    + "_index HAVING count(*) > 1) AS shared");
            assertEquals(0, shared, purpose + " slots given to more than one credential");
        }
    }

    /** Records on this run's dead-letter topics, summed (read as ChaosBooks reads them per topic). */
    private long deadLetterRecords() {
        try {
            return new ChaosBooks(system).deadLetters().values().stream().mapToLong(Long::longValue).sum();
        } catch (Exception e) {
            throw new IllegalStateException("Could not read the dead-letter topics", e);
        }
    }

    private long count(String service, String sql) throws SQLException {
        try (Connection db = system.database(service); Statement statement = db.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
