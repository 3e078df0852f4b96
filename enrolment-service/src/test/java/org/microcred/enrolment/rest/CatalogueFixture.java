package org.microcred.enrolment.rest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.microcred.support.testing.Tokens;

/** Micro-credentials made through the API, for tests that need one. */
public final class CatalogueFixture {

    private CatalogueFixture() {
    }

    public static Map<String, Object> definition(String name) {
        return Map.of(
                "name", name,
                "description", "Designs formative checks for understanding.",
                "competencyStatement", "Uses formative assessment to adjust teaching.",
                "criteriaNarrative", "Submit a lesson plan with embedded checks.",
                "evidencePrompts", List.of(Map.of("id", "plan", "text", "Upload your lesson plan", "fileRequired", true)),
                "rubric", Map.of("criteria", List.of(Map.of(
                        "id", "objectives", "name", "Objectives",
                        "levels", List.of(Map.of("id", "emerging", "name", "Emerging"),
                                Map.of("id", "proficient", "name", "Proficient")),
                        "requiredLevelId", "proficient"))));
    }

    /** A definition using the issue 4 fields: prompt kinds, points and weights, commitment settings. */
    public static Map<String, Object> full(String name) {
        Map<String, Object> body = new HashMap<>(definition(name));
        body.put("evidencePrompts", List.of(
                Map.of("id", "reflection", "text", "Reflect on the lesson", "kind", "written"),
                Map.of("id", "plan", "text", "Upload the plan", "kind", "files",
                        "allowedMediaTypes", List.of("application/pdf", "video/mp4"), "minItems", 1, "maxItems", 3),
                Map.of("id", "links", "text", "Link to the recording", "kind", "links", "minItems", 0, "maxItems", 2)));
        body.put("rubric", Map.of("criteria", List.of(Map.of(
                "id", "objectives", "name", "Objectives", "weight", 2.5,
                "levels", List.of(Map.of("id", "emerging", "name", "Emerging", "points", 1),
                        Map.of("id", "proficient", "name", "Proficient", "points", 3)),
                "requiredLevelId", "proficient"))));
        body.put("learningResources", List.of(Map.of("title", "Formative assessment guide",
                "url", "https://learn.example.org/formative")));
        body.put("deliveryMode", "hybrid");
        body.put("feedbackTargetDays", 5);
        body.put("maxAttempts", 2);
        body.put("secondMarking", Map.of("mode", "sample", "samplePercent", 20));
        body.put("expectedEffortHours", 12);
        body.put("obligations", "Attend two workshops.");
        body.put("cost", 49.9);
        body.put("currency", "EUR");
        body.put("termsVersion", "2025-01");
        body.put("confirmationMode", "staff");
        body.put("capacity", 30);
        body.put("enrolmentOpensAt", "2025-01-01T00:00:00Z");
        body.put("enrolmentClosesAt", "2035-01-01T00:00:00Z");
        body.put("activityStartsAt", "2025-02-01T00:00:00Z");
        body.put("activityEndsAt", "2035-06-01T00:00:00Z");
        body.put("inactivityExpiryDays", 60);
        body.put("sizeHours", 12);
        return body;
    }

    /** A progress micro-credential: earned from an LMS activity, no prompts, no rubric. */
    public static Map<String, Object> progress(String name) {
        Map<String, Object> body = new HashMap<>(definition(name));
        body.remove("evidencePrompts");
        body.remove("rubric");
        body.put("benchmarkKind", "progress");
        body.put("progressRule", Map.of("activityId", "course-101-final", "measure", "score", "minScore", 80));
        return body;
    }

    public static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    public static UUID draft(String admin, String name) {
        return draft(admin, definition(name));
    }

    /** Creates a draft from the given body. */
    public static UUID draft(String admin, Map<String, Object> body) {
        return UUID.fromString(given().auth().oauth2(Tokens.user(admin)).contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/achievements")
                .then().statusCode(201)
                .extract().path("id"));
    }

    public static UUID published(String admin, String name) {
        return publish(admin, draft(admin, name));
    }

    public static UUID published(String admin, Map<String, Object> body) {
        return publish(admin, draft(admin, body));
    }

    public static UUID publish(String admin, UUID id) {
        Approvals.publish(Tokens.user(admin), "/api/v1/achievements/" + id)
                .then().statusCode(200);
        return id;
    }
}
