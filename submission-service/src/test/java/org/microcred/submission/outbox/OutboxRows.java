package org.microcred.submission.outbox;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.microcred.support.testing.TestKafka;

/**
 * Outbox rows written straight into the test database, as a service's own code would leave them, all in one
 * transaction so the relay sees them together and in order. They go to a topic of their own that nobody consumes.
 */
final class OutboxRows {

    static final String TOPIC = "outbox-parking.v1";
    /** A topic whose records may have at most 2048 bytes: Kafka itself refuses a larger one. */
    static final String SMALL_TOPIC = "outbox-parking-small.v1";

    /** One row: its id, tenant, key, envelope text, and whether it is already parked (as after failed attempts). */
    record Row(UUID eventId, String topic, String tenantId, String key, String envelope, boolean parked) {

        static Row of(String tenantId, String key, int envelopeBytes) {
            UUID id = UUID.randomUUID();
            String marker = "{\"eventId\":\"" + id + "\",\"padding\":\"";
            String padding = "x".repeat(Math.max(0, envelopeBytes - marker.length() - 2));
            return new Row(id, TOPIC, tenantId, key, marker + padding + "\"}", false);
        }

        Row asParked() {
            return new Row(eventId, topic, tenantId, key, envelope, true);
        }

        Row on(String otherTopic) {
            return new Row(eventId, otherTopic, tenantId, key, envelope, parked);
        }
    }

    private OutboxRows() {
    }

    static void createTopics(String prefix) throws InterruptedException, TimeoutException {
        createTopic(new NewTopic(prefix + TOPIC, 6, (short) 1));
        createTopic(new NewTopic(prefix + SMALL_TOPIC, 6, (short) 1).configs(Map.of("max.message.bytes", "2048")));
    }

    /**
     * As the broker's super user, which also lets the service under test write there: these test-only topics are in
     * no service's ACL table (deploy/infra/kafka/acls.txt), and the relay publishes as submission-service's own user.
     */
    private static void createTopic(NewTopic topic) throws InterruptedException, TimeoutException {
        Properties props = TestKafka.clientProperties();
        try (Admin admin = Admin.create(props)) {
            try {
                admin.createTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException(e.getCause());
                }
            }
            if (props.getProperty("security.protocol", "PLAINTEXT").startsWith("SASL_")) {
                grantWrite(admin, topic.name());
            }
        }
    }

    private static void grantWrite(Admin admin, String topic) throws InterruptedException, TimeoutException {
        String user = "User:" + System.getenv().getOrDefault("MICROCRED_SUBMISSION_KAFKA_USER", "submission-service");
        ResourcePattern resource = new ResourcePattern(ResourceType.TOPIC, topic, PatternType.LITERAL);
        List<AclBinding> grants = List.of(AclOperation.WRITE, AclOperation.DESCRIBE).stream()
                .map(op -> new AclBinding(resource, new AccessControlEntry(user, "*", op, AclPermissionType.ALLOW)))
                .toList();
        try {
            admin.createAcls(grants).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not let " + user + " write " + topic, e.getCause());
        }
    }

    static void insert(Row... rows) {
        try (Connection db = connect()) {
            db.setAutoCommit(false);
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO outbox_event (event_id, topic,"
                    + " record_key, event_type, tenant_id, subject, occurred_at, envelope, parked_at, park_reason)"
                    + " VALUES (?, ?, ?, 'test.outbox.parking', ?, 'parking', ?, ?, ?, ?)")) {
                for (Row row : rows) {
                    Timestamp now = Timestamp.from(Instant.now());
                    insert.setObject(1, row.eventId());
                    insert.setString(2, row.topic());
                    insert.setString(3, row.key());
                    insert.setString(4, row.tenantId());
                    insert.setTimestamp(5, now);
                    insert.setString(6, row.envelope());
                    insert.setTimestamp(7, row.parked() ? now : null);
                    insert.setString(8, row.parked() ? "failed 5 times: InvalidTopicException: set by the test" : null);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            db.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** published, parked or waiting: where the relay left the row; gone when it is no longer in the outbox. */
    static String stateOf(UUID eventId) {
        return text("SELECT CASE WHEN published_at IS NOT NULL THEN 'published' WHEN parked_at IS NOT NULL"
                + " THEN 'parked' ELSE 'waiting' END FROM outbox_event WHERE event_id = ?", eventId, "gone");
    }

    static String parkReasonOf(UUID eventId) {
        return text("SELECT park_reason FROM outbox_event WHERE event_id = ?", eventId, null);
    }

    static String droppedBy(UUID eventId) {
        return text("SELECT dropped_by FROM outbox_dropped WHERE event_id = ?", eventId, null);
    }

    private static String text(String sql, UUID eventId, String none) {
        try (Connection db = connect(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, eventId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : none;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static Connection connect() throws SQLException {
        Config config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("microcred.db.jdbc-url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }
}
