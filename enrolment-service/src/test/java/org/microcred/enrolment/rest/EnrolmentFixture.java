package org.microcred.enrolment.rest;

import static io.restassured.RestAssured.given;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.microcred.events.EventCodec;
import org.microcred.events.EventEnvelope;
import org.microcred.events.EventPayload;
import org.microcred.events.Topics;
import org.microcred.events.enrolment.EnrolmentStatusChanged;
import org.microcred.support.testing.TestKafka;
import org.microcred.support.testing.Tokens;

/** Micro-credentials and enrolments made through the API, for the enrolment tests. */
public final class EnrolmentFixture {

    private EnrolmentFixture() {
    }

    /** A sound definition; {@code settings} adds or overrides fields (capacity, confirmationMode...). */
    public static Map<String, Object> definition(String name, Map<String, Object> settings) {
        Map<String, Object> body = new HashMap<>(CatalogueFixture.definition(name));
        body.putAll(settings);
        return body;
    }

    /** Creates and publishes a micro-credential of the tenant of {@code admin}. */
    public static UUID published(String admin, String name, Map<String, Object> settings) {
        return CatalogueFixture.published(admin, definition(name, settings));
    }

    public static UUID published(String name) {
        return published("nb-admin", name, Map.of());
    }

    /** The terms version the earner reads in the commitment. */
    public static String terms(String earner, UUID achievementId) {
        return given().auth().oauth2(Tokens.user(earner)).get("/api/v1/achievements/" + achievementId + "/commitment")
                .then().statusCode(200).extract().path("termsVersion");
    }

    /** Reads the commitment and enrols accepting it; answers the response (201, or 200 when enrolled). */
    public static Response enrol(String earner, UUID achievementId) {
        return given().auth().oauth2(Tokens.user(earner)).contentType(ContentType.JSON)
                .body(Map.of("achievementId", achievementId, "acceptCommitment", true,
                        "termsVersion", terms(earner, achievementId)))
                .post("/api/v1/enrolments");
    }

    public static UUID enrolled(String earner, UUID achievementId) {
        return UUID.fromString(enrol(earner, achievementId).then().statusCode(201).extract().path("id"));
    }

    /**
     * The events of one enrolment on the test topic now (the outbox relay's work so far), in order; at once, so
     * callers wait for what they expect with Awaitility.
     */
    public static List<EventEnvelope<EventPayload>> events(UUID enrolmentId) {
        List<ConsumerRecord<String, String>> records = TestKafka.readToEnd("test." + Topics.ENROLMENT);
        return records.stream()
                .filter(r -> r.key().equals(enrolmentId.toString()))
                .map(r -> EventCodec.decode(r.value()))
                .toList();
    }

    /** The enrolment.status.changed events of the enrolment, in topic order. */
    public static List<EnrolmentStatusChanged> statusChanges(UUID enrolment) {
        return events(enrolment).stream().map(e -> e.payload())
                .filter(EnrolmentStatusChanged.class::isInstance).map(EnrolmentStatusChanged.class::cast).toList();
    }

    /**
     * The events of one enrolment committed to the outbox, in order. Final once the requests (or job passes) that
     * wrote them have answered: what proves that something happened once, where the topic can only show that it
     * happened at least once so far.
     */
    public static List<EventEnvelope<EventPayload>> committed(UUID enrolmentId) {
        try {
            List<String> envelopes = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(
                    () -> Panache.getSession().chain(s -> s.createNativeQuery("SELECT envelope FROM outbox_event"
                            + " WHERE record_key = :key ORDER BY seq", String.class)
                            .setParameter("key", enrolmentId.toString())
                            .getResultList())));
            return envelopes.stream().map(EventCodec::decode).toList();
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** The enrolment.status.changed events of the enrolment committed to the outbox, in order. */
    public static List<EnrolmentStatusChanged> committedStatusChanges(UUID enrolment) {
        return committed(enrolment).stream().map(e -> e.payload())
                .filter(EnrolmentStatusChanged.class::isInstance).map(EnrolmentStatusChanged.class::cast).toList();
    }
}
