package org.microcred.enrolment.enrolment;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.microcred.events.EventCodec;
import org.microcred.events.EventEnvelope;
import org.microcred.events.EventPayload;
import org.microcred.events.Topics;
import org.microcred.support.testing.TestKafka;
import org.microcred.support.testing.Tokens;

/** Micro-credentials and enrolments made through the API, for the enrolment tests. */
public final class EnrolmentFixture {

    private EnrolmentFixture() {
    }

    /** A sound definition; {@code settings} adds or overrides fields (capacity, confirmationMode...). */
    public static Map<String, Object> definition(String name, Map<String, Object> settings) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "name", name,
                "description", "Designs formative checks for understanding.",
                "competencyStatement", "Uses formative assessment to adjust teaching.",
                "criteriaNarrative", "Submit a lesson plan with embedded checks.",
                "evidencePrompts", List.of(Map.of("id", "plan", "text", "Upload your lesson plan", "fileRequired", true)),
                "rubric", Map.of("criteria", List.of(Map.of(
                        "id", "objectives", "name", "Objectives",
                        "levels", List.of(Map.of("id", "emerging", "name", "Emerging"),
                                Map.of("id", "proficient", "name", "Proficient")),
                        "requiredLevelId", "proficient")))));
        body.putAll(settings);
        return body;
    }

    /** Creates and publishes a micro-credential of the tenant of {@code admin}. */
    public static UUID published(String admin, String name, Map<String, Object> settings) {
        String token = Tokens.user(admin);
        UUID id = UUID.fromString(given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(definition(name, settings))
                .post("/api/v1/achievements")
                .then().statusCode(201)
                .extract().path("id"));
        given().auth().oauth2(token).post("/api/v1/achievements/" + id + "/publish").then().statusCode(200);
        return id;
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

    /** The user id ({@code sub}) in a demo user's token: what an LMS names the learner by. */
    public static String userId(String user) {
        String payload = Tokens.user(user).split("\\.")[1];
        String json = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
        try {
            return EventCodec.mapper().readTree(json).get("sub").asText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Token payload is not JSON", e);
        }
    }

    /** The events of one enrolment published so far (outbox relay to the test topic), in order. */
    public static List<EventEnvelope<EventPayload>> events(UUID enrolmentId) {
        List<ConsumerRecord<String, String>> records =
                TestKafka.read("test." + Topics.ENROLMENT, Integer.MAX_VALUE, Duration.ofSeconds(3));
        return records.stream()
                .filter(r -> r.key().equals(enrolmentId.toString()))
                .map(r -> EventCodec.decode(r.value()))
                .toList();
    }
}
