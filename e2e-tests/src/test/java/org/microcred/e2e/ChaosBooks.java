package org.microcred.e2e;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.microcred.support.testing.TestKafka;

/**
 * The books after a run of faults, read from where the services keep them rather than from what the journeys saw:
 * credentials per enrolment in issuance-service's and wallet-service's databases, outbox rows not yet published or
 * parked in each service, and records on this run's dead-letter topics.
 */
final class ChaosBooks {

    private final RunningSystem system;

    ChaosBooks(RunningSystem system) {
        this.system = system;
    }

    /** Credentials per enrolment in a service's table ({@code issued_credential} or {@code wallet_credential}). */
    Map<String, Integer> credentialsPerEnrolment(String service, String table, List<String> enrolmentIds)
            throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection db = system.database(service);
                PreparedStatement query = db.prepareStatement("SELECT enrolment_id::text, count(*) FROM " + table
                        + " WHERE enrolment_id = ANY (?) GROUP BY enrolment_id")) {
            Array ids = db.createArrayOf("uuid", enrolmentIds.stream().map(UUID::fromString).toArray());
            query.setArray(1, ids);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        return counts;
    }

    /** Outbox rows of a service that are not published yet, parked ones included. */
    int unpublished(String service) throws SQLException {
        try (Connection db = system.database(service);
                PreparedStatement query = db.prepareStatement(
                        "SELECT count(*) FROM outbox_event WHERE published_at IS NULL");
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }

    /** Records on each of this run's dead-letter topics that has any. */
    Map<String, Long> deadLetters() throws Exception {
        try (Admin admin = Admin.create(TestKafka.clientProperties())) {
            Set<String> topics = admin.listTopics().names().get().stream()
                    .filter(name -> name.startsWith(system.topicPrefix) && name.endsWith(".dlq"))
                    .collect(Collectors.toSet());
            if (topics.isEmpty()) {
                return Map.of();
            }
            List<TopicPartition> partitions = new ArrayList<>();
            for (TopicDescription topic : admin.describeTopics(topics).allTopicNames().get().values()) {
                topic.partitions().forEach(p -> partitions.add(new TopicPartition(topic.name(), p.partition())));
            }
            Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            partitions.forEach(p -> {
                earliest.put(p, OffsetSpec.earliest());
                latest.put(p, OffsetSpec.latest());
            });
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> starts = admin.listOffsets(earliest).all().get();
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get();
            Map<String, Long> records = new HashMap<>();
            for (TopicPartition partition : partitions) {
                long count = ends.get(partition).offset() - starts.get(partition).offset();
                if (count > 0) {
                    records.merge(partition.topic(), count, Long::sum);
                }
            }
            return records;
        }
    }
}
