package org.microcred.enrolment.bulk.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.microcred.enrolment.rest.CatalogueFixture;
import org.microcred.enrolment.rest.EnrolmentFixture;
import org.microcred.events.EventEnvelope;
import org.microcred.events.EventPayload;
import org.microcred.events.enrolment.ActivityReported;

/** Award jobs submitted and followed through the API, and what they wrote, for the bulk award tests. */
public final class AwardJobFixture {

    public static final String TENANT = "northbridge";
    public static final String PROBLEMS = "https://microcred.org/problems/";

    private AwardJobFixture() {
    }

    /** A published progress micro-credential of Northbridge (an LMS may award it). */
    public static UUID progress(String name) {
        return CatalogueFixture.published("nb-admin", CatalogueFixture.progress(name + " " + UUID.randomUUID()));
    }

    public static String email(String who) {
        return who + "-" + UUID.randomUUID() + "@learners.example.org";
    }

    /** The data of one award request, for a learner named by email. */
    public static Map<String, Object> row(UUID achievement, String email) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("achievementId", achievement);
        Map<String, Object> learner = new LinkedHashMap<>();
        if (email != null) {
            learner.put("email", email);
        }
        learner.put("name", "Bulk Learner");
        row.put("learner", learner);
        row.put("score", 88);
        row.put("evidenceUrl", "https://lms.example.org/courses/7/completion");
        return row;
    }

    public static Response submit(String token, List<Map<String, Object>> rows) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("rows", rows))
                .post("/api/v1/award-jobs");
    }

    public static Response submitCsv(String token, String csv) {
        return given().auth().oauth2(token).contentType("text/csv; charset=UTF-8").body(csv)
                .post("/api/v1/award-jobs");
    }

    public static JsonPath status(String token, String jobId) {
        return given().auth().oauth2(token).get("/api/v1/award-jobs/" + jobId).then().statusCode(200)
                .extract().jsonPath();
    }

    /** Polls until the job is COMPLETED or CANCELLED (the processor runs in the background). */
    public static JsonPath finished(String token, String jobId) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> List.of("COMPLETED", "CANCELLED").contains(status(token, jobId).getString("status")));
        return status(token, jobId);
    }

    public static JsonPath report(String token, String jobId) {
        return given().auth().oauth2(token).accept(ContentType.JSON).get("/api/v1/award-jobs/" + jobId + "/report")
                .then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
    }

    /** The ActivityReported events of the enrolment committed to the outbox for the award. */
    public static long reportsOf(UUID enrolment, UUID awardId) {
        return EnrolmentFixture.committed(enrolment).stream().map(EventEnvelope::payload)
                .filter(p -> p instanceof ActivityReported r && r.reportId().equals(awardId) && r.asksForAward())
                .count();
    }

    /** The events committed to the outbox under a record key (a job's id for its end). */
    public static List<EventEnvelope<EventPayload>> committedFor(String key) {
        return query("SELECT envelope FROM outbox_event WHERE record_key = :key ORDER BY seq", key).stream()
                .map(row -> org.microcred.events.EventCodec.decode((String) row)).toList();
    }

    /** lms_award rows made by the job's rows (their request ids are job:<id>:<row>). */
    public static List<Object> awardsOf(String jobId) {
        return query("SELECT id FROM lms_award WHERE webhook_id LIKE :key", "job:" + jobId + ":%");
    }

    public static List<Object> query(String sql, Object key) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Panache.getSession()
                    .chain(s -> s.<Object>createNativeQuery(sql).setParameter("key", key).getResultList())));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
