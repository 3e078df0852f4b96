package org.microcred.enrolment.bulk.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcred.enrolment.bulk.rest.AwardJobFixture.PROBLEMS;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.enrolment.rest.EnrolmentFixture;
import org.microcred.events.EventEnvelope;
import org.microcred.events.enrolment.AwardJobFinished;
import org.microcred.support.testing.Tokens;

/**
 * Bulk awards through the API, processed by the background processor: good rows are applied as single award
 * requests would be, bad rows are named and rejected, the same batch is one job, an award is never made twice, and a
 * job is its tenant's only.
 */
@Tag("servers")
@QuarkusTest
class AwardJobTest {

    @Test
    void aJsonBatchAppliesItsGoodRowsAndRejectsItsBadOnesByNumber() {
        UUID achievement = AwardJobFixture.progress("Bulk JSON");
        UUID rubric = EnrolmentFixture.published("Bulk rubric " + UUID.randomUUID());
        List<Map<String, Object>> rows = List.of(
                AwardJobFixture.row(achievement, AwardJobFixture.email("one")),
                AwardJobFixture.row(achievement, null), // neither id nor email
                AwardJobFixture.row(rubric, AwardJobFixture.email("rubric")), // judged by an assessor
                AwardJobFixture.row(achievement, AwardJobFixture.email("four")),
                AwardJobFixture.row(UUID.randomUUID(), AwardJobFixture.email("unknown")));
        String admin = Tokens.user("nb-admin");

        Response submitted = AwardJobFixture.submit(admin, rows);
        submitted.then().statusCode(202).body("status", equalTo("QUEUED")).body("counts.rows", equalTo(5))
                .body("counts.rejected", equalTo(3)).body("counts.waiting", equalTo(2))
                .body("rejected.row", equalTo(List.of(2, 3, 5)))
                .body("rejected[0].errors.field", hasItem("learner"))
                .body("rejected[1].errors[0].message", org.hamcrest.Matchers.containsString("rubric"))
                .body("rejected[2].errors[0].message", org.hamcrest.Matchers.containsString("does not exist"));
        String id = submitted.jsonPath().getString("id");
        assertEquals("/api/v1/award-jobs/" + id, submitted.jsonPath().getString("statusUrl"));
        assertTrue(submitted.header("Location").endsWith("/api/v1/award-jobs/" + id), submitted.header("Location"));

        JsonPath job = AwardJobFixture.finished(admin, id);
        assertEquals("COMPLETED", job.getString("status"));
        assertEquals(Map.of("rows", 5, "applied", 2, "failed", 0, "rejected", 3, "waiting", 0, "cancelled", 0),
                job.getMap("counts"));
        assertEquals(Tokens.subject("nb-admin"), job.getString("submittedBy"));
        assertNotNull(job.getString("finishedAt"));

        JsonPath report = AwardJobFixture.report(admin, id);
        assertEquals(List.of("APPLIED", "REJECTED", "REJECTED", "APPLIED", "REJECTED"), report.getList("status"));
        for (int i : List.of(0, 3)) {
            assertEquals("requested", report.getString("[" + i + "].outcome"));
            assertTrue(report.getBoolean("[" + i + "].unclaimed"), "learners without an account get a claim link");
            UUID award = UUID.fromString(report.getString("[" + i + "].awardId"));
            UUID enrolment = UUID.fromString(report.getString("[" + i + "].enrolmentId"));
            assertEquals(1, AwardJobFixture.reportsOf(enrolment, award), "one award asked of assessment");
        }
        assertEquals(2, AwardJobFixture.awardsOf(id).size(), "awards for the good rows only");
        assertEquals(PROBLEMS + "validation", report.getString("[1].problemType"));

        List<AwardJobFinished> ends = AwardJobFixture.committedFor(id).stream().map(EventEnvelope::payload)
                .filter(AwardJobFinished.class::isInstance).map(AwardJobFinished.class::cast).toList();
        assertEquals(1, ends.size(), ends.toString());
        assertEquals(new AwardJobFinished(UUID.fromString(id), "COMPLETED", 5, 2, 0, 3, 0,
                Tokens.subject("nb-admin"), ends.get(0).submittedAt(), ends.get(0).finishedAt()), ends.get(0));
    }

    @Test
    void aCsvBatchIsReadWithItsQuotingAndReportedAsCsv() {
        UUID achievement = AwardJobFixture.progress("Bulk CSV");
        String ana = AwardJobFixture.email("ana");
        String ben = AwardJobFixture.email("ben");
        String csv = "\uFEFFachievementId,Email,name,studentId,completedAt,score,evidenceUrl\r\n"
                + achievement + "," + ana + ",\"Learner, Ana \"\"A\"\"\",S-1,2025-03-01T10:00:00Z,91.5,"
                + "https://lms.example.org/a\r\n"
                + achievement + ",not-an-email,Bad,S-2,yesterday,101,http://lms.example.org/b\r\n"
                + achievement + "," + ben + ",\"Ben\nOn two lines\",S-3,,,\r\n";
        String lms = Tokens.lms(AwardJobFixture.TENANT);

        Response submitted = AwardJobFixture.submitCsv(lms, csv);
        submitted.then().statusCode(202).body("counts.rows", equalTo(3)).body("rejected.row", equalTo(List.of(2)))
                .body("rejected[0].errors.field",
                        equalTo(List.of("completedAt", "evidenceUrl", "learner.email", "score")));
        String id = submitted.jsonPath().getString("id");
        JsonPath job = AwardJobFixture.finished(lms, id);
        assertEquals(2, job.getInt("counts.applied"), job.prettify());

        String report = given().auth().oauth2(lms).get("/api/v1/award-jobs/" + id + "/report")
                .then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .extract().asString();
        String[] lines = report.split("\r\n");
        assertEquals("row,status,outcome,awardId,enrolmentId,unclaimed,claimUrl,problemType,problemDetail", lines[0]);
        assertEquals(4, lines.length, report);
        assertTrue(lines[1].startsWith("1,APPLIED,requested,"), lines[1]);
        assertTrue(lines[1].contains(",true,microcred://claim/"), lines[1]);
        assertTrue(lines[2].startsWith("2,REJECTED,,,,,," + PROBLEMS + "validation,\"Row 2 cannot be awarded"),
                lines[2]);
        assertTrue(lines[3].startsWith("3,APPLIED,requested,"), lines[3]);
        JsonPath json = AwardJobFixture.report(lms, id);
        List<Object> awards = AwardJobFixture.awardsOf(id);
        assertEquals(2, awards.size());
        assertTrue(awards.contains(UUID.fromString(json.getString("[0].awardId"))), awards.toString());
    }

    @Test
    void aCsvRowWithBadFieldsNamesEachOfThem() {
        UUID achievement = AwardJobFixture.progress("Bulk CSV fields");
        String csv = "achievementId,email,score,evidenceUrl\n"
                + achievement + "," + AwardJobFixture.email("ok") + ",50,\n"
                + "not-a-uuid,x@example.org,,\n"
                + achievement + ",not-an-email,101,http://lms.example.org/b\n"
                + achievement + ",a@example.org,1,https://e.example.org,extra\n";
        Response submitted = AwardJobFixture.submitCsv(Tokens.user("nb-admin"), csv);
        submitted.then().statusCode(202).body("rejected.row", equalTo(List.of(2, 3, 4)))
                .body("rejected[0].errors.field", equalTo(List.of("achievementId")))
                .body("rejected[1].errors.field", equalTo(List.of("evidenceUrl", "learner.email", "score")))
                .body("rejected[2].errors.field", equalTo(List.of("row")));
        AwardJobFixture.finished(Tokens.user("nb-admin"), submitted.jsonPath().getString("id"));
    }

    @Test
    void theSameBatchSubmittedAgainAnswersItsJobAndIssuesNothingMore() {
        UUID achievement = AwardJobFixture.progress("Bulk twice");
        String email = AwardJobFixture.email("twice");
        List<Map<String, Object>> rows = List.of(AwardJobFixture.row(achievement, email));
        String admin = Tokens.user("nb-admin");
        String id = AwardJobFixture.submit(admin, rows).then().statusCode(202).extract().path("id");
        AwardJobFixture.finished(admin, id);

        // The same rows again, as JSON and as CSV (the email in capitals): the same batch.
        AwardJobFixture.submit(admin, rows).then().statusCode(200).body("id", equalTo(id))
                .body("status", equalTo("COMPLETED")).header("Location", org.hamcrest.Matchers.endsWith(id));
        String csv = "achievementId,email,name,score,evidenceUrl\n" + achievement + "," + email.toUpperCase()
                + ",Bulk Learner,88.0,https://lms.example.org/courses/7/completion\n";
        AwardJobFixture.submitCsv(Tokens.lms(AwardJobFixture.TENANT), csv).then().statusCode(200)
                .body("id", equalTo(id));
        assertEquals(1, AwardJobFixture.awardsOf(id).size());
    }

    @Test
    void aRowForALearnerAwardedAlreadyEndsAlreadyRequested() {
        UUID achievement = AwardJobFixture.progress("Bulk once");
        String email = AwardJobFixture.email("once");
        String admin = Tokens.user("nb-admin");
        String first = AwardJobFixture.submit(admin, List.of(AwardJobFixture.row(achievement, email)))
                .then().statusCode(202).extract().path("id");
        AwardJobFixture.finished(admin, first);
        // Another batch (another row beside it) naming the same learner and micro-credential.
        String second = AwardJobFixture.submit(admin, List.of(AwardJobFixture.row(achievement, email),
                AwardJobFixture.row(achievement, AwardJobFixture.email("other")))).then().statusCode(202)
                .extract().path("id");
        AwardJobFixture.finished(admin, second);

        JsonPath before = AwardJobFixture.report(admin, first);
        JsonPath after = AwardJobFixture.report(admin, second);
        assertEquals("already-requested", after.getString("[0].outcome"));
        assertEquals("APPLIED", after.getString("[0].status"));
        assertEquals(before.getString("[0].awardId"), after.getString("[0].awardId"));
        assertEquals("requested", after.getString("[1].outcome"));
        assertTrue(AwardJobFixture.awardsOf(second).size() == 1, "only the new learner's award is the second job's");
        assertEquals(1, AwardJobFixture.reportsOf(UUID.fromString(before.getString("[0].enrolmentId")),
                UUID.fromString(before.getString("[0].awardId"))), "asked of assessment once");
    }

    @Test
    void aBatchWithoutAGoodRowMakesNoJob() {
        UUID achievement = AwardJobFixture.progress("Bulk all bad");
        given().auth().oauth2(Tokens.user("nb-admin")).contentType("application/json")
                .body(Map.of("rows", List.of(AwardJobFixture.row(achievement, null),
                        AwardJobFixture.row(achievement, "nope"))))
                .post("/api/v1/award-jobs").then().statusCode(422)
                .body("type", equalTo(PROBLEMS + "award-job-rejected"))
                .body("errors.field", equalTo(List.of("rows[1].learner", "rows[2].learner.email")));
        given().auth().oauth2(Tokens.user("nb-admin")).contentType("application/json").body(Map.of("rows", List.of()))
                .post("/api/v1/award-jobs").then().statusCode(422).body("type", equalTo(PROBLEMS + "no-rows"));
        AwardJobFixture.submitCsv(Tokens.user("nb-admin"), "achievementId,email,grade\n").then().statusCode(400)
                .body("errors.field", equalTo(List.of("header")));
        AwardJobFixture.submitCsv(Tokens.user("nb-admin"), "achievementId,email\n\"x,y@example.org\n")
                .then().statusCode(400).body("type", equalTo(PROBLEMS + "malformed-body"));
    }

    @Test
    void moreRowsThanAllowedAreRefusedWhole() {
        UUID achievement = AwardJobFixture.progress("Bulk too many");
        StringBuilder csv = new StringBuilder("achievementId,email\n");
        for (int i = 0; i <= 10_000; i++) {
            csv.append(achievement).append(",l").append(i).append("@example.org\n");
        }
        AwardJobFixture.submitCsv(Tokens.user("nb-admin"), csv.toString()).then().statusCode(422)
                .body("type", equalTo(PROBLEMS + "too-many-rows"))
                .body("detail", org.hamcrest.Matchers.containsString("10001"));
    }

    @Test
    void onlyIssuerAdminsAndLmsClientsOfTheTenantSeeItsJobs() {
        UUID achievement = AwardJobFixture.progress("Bulk roles");
        String lms = Tokens.lms(AwardJobFixture.TENANT);
        AwardJobFixture.submit(Tokens.user("nb-earner"), List.of(AwardJobFixture.row(achievement, "a@example.org")))
                .then().statusCode(403);
        String id = AwardJobFixture.submit(lms, List.of(AwardJobFixture.row(achievement,
                AwardJobFixture.email("roles")))).then().statusCode(202).extract().path("id");
        AwardJobFixture.finished(lms, id);

        AwardJobFixture.status(Tokens.user("nb-admin"), id); // the institution's admin sees its LMS's job
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/award-jobs/" + id).then().statusCode(403);
        for (String other : List.of(Tokens.user("sp-admin"), Tokens.lms("southport"))) {
            given().auth().oauth2(other).get("/api/v1/award-jobs/" + id).then().statusCode(404);
            given().auth().oauth2(other).get("/api/v1/award-jobs/" + id + "/report").then().statusCode(404);
            given().auth().oauth2(other).post("/api/v1/award-jobs/" + id + "/cancel").then().statusCode(404);
            given().auth().oauth2(other).get("/api/v1/award-jobs?limit=100").then().statusCode(200)
                    .body("items.id", not(hasItem(id)));
        }
        // A micro-credential of another tenant is unknown to this one.
        AwardJobFixture.submit(Tokens.lms("southport"), List.of(AwardJobFixture.row(achievement, "a@example.org")))
                .then().statusCode(422).body("errors[0].message",
                        org.hamcrest.Matchers.containsString("does not exist"));
        given().auth().oauth2(lms).get("/api/v1/award-jobs?limit=100").then().statusCode(200)
                .body("items.id", hasItem(id)).body("items[0].rejected", equalTo(null));
        given().get("/api/v1/award-jobs").then().statusCode(401);
        assertFalse(AwardJobFixture.awardsOf(id).isEmpty());
    }
}
