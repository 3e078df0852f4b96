package org.microcred.enrolment.bulk.service;

import org.microcred.enrolment.rest.Approvals;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.enrolment.bulk.rest.AwardJobFixture;
import org.microcred.events.EventEnvelope;
import org.microcred.events.enrolment.AwardJobFinished;
import org.microcred.support.testing.Tokens;

/**
 * Award jobs with no processor running in the background (as when the instance died right after answering 202): the
 * test runs the passes by hand, stops them halfway and crashes one inside a row's transaction, and every row is still
 * applied exactly once. Also what needs the rows to stay waiting: progress counts, cancelling, a batch of 10,000.
 */
@Tag("servers")
@QuarkusTest
@TestProfile(AwardJobCrashSafetyTest.NoProcessor.class)
class AwardJobCrashSafetyTest {

    /** This instance's processor timer does not run. */
    public static class NoProcessor implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("microcred.award-jobs.enabled", "false");
        }
    }

    @Inject
    AwardJobProcessor processor;

    private final String admin = Tokens.user("nb-admin");

    /**
     * A pass takes the oldest unfinished jobs first: those an interrupted earlier run (or another test) left would
     * take the rows these tests count, so they are cancelled first.
     */
    @BeforeEach
    void noOtherJobWaits() {
        for (String tenantAdmin : List.of("nb-admin", "sp-admin")) {
            String token = Tokens.user(tenantAdmin);
            for (int offset = 0; ; offset += 100) {
                JsonPath page = given().auth().oauth2(token).get("/api/v1/award-jobs?limit=100&offset=" + offset)
                        .then().statusCode(200).extract().jsonPath();
                List<Map<String, Object>> items = page.getList("items");
                items.stream().filter(job -> List.of("QUEUED", "RUNNING").contains(job.get("status")))
                        .forEach(job -> given().auth().oauth2(token).post("/api/v1/award-jobs/" + job.get("id")
                                + "/cancel").then().statusCode(200));
                if (items.size() < 100) {
                    break;
                }
            }
        }
    }

    @AfterEach
    void noCrash() {
        processor.beforeCommit(row -> Uni.createFrom().voidItem());
    }

    @Test
    void aCrashHalfwayLosesNoRowAndAppliesNoneTwice() {
        UUID achievement = AwardJobFixture.progress("Bulk crash");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            rows.add(AwardJobFixture.row(achievement, AwardJobFixture.email("crash" + i)));
        }
        String id = AwardJobFixture.submit(admin, rows).then().statusCode(202).extract().path("id");

        // Stopped after two rows (the pass ends as the instance would): two applied, four waiting.
        assertEquals(2, pass(2));
        JsonPath halfway = AwardJobFixture.status(admin, id);
        assertEquals("RUNNING", halfway.getString("status"));
        assertEquals(2, halfway.getInt("counts.applied"));
        assertEquals(4, halfway.getInt("counts.waiting"));

        // The third row's transaction dies after the award was written, before it commits (the database gone).
        processor.beforeCommit(row -> Uni.createFrom().failure(new ConnectException("crash at row " + row.rowNo)));
        assertEquals(0, pass(100), "a server away: nothing settled, the pass ends");
        assertEquals(2, AwardJobFixture.awardsOf(id).size(), "the third row's award rolled back with it");
        assertEquals(4, AwardJobFixture.status(admin, id).getInt("counts.waiting"));

        processor.beforeCommit(row -> Uni.createFrom().voidItem());
        assertEquals(4, pass(100));
        assertEquals(0, pass(100), "nothing left to do");

        JsonPath job = AwardJobFixture.status(admin, id);
        assertEquals("COMPLETED", job.getString("status"));
        assertEquals(6, job.getInt("counts.applied"));
        JsonPath report = AwardJobFixture.report(admin, id);
        List<Object> awards = AwardJobFixture.awardsOf(id);
        assertEquals(6, awards.size(), "one award per row");
        for (int i = 0; i < 6; i++) {
            assertEquals("requested", report.getString("[" + i + "].outcome"), "row " + (i + 1));
            UUID award = UUID.fromString(report.getString("[" + i + "].awardId"));
            assertTrue(awards.contains(award));
            assertEquals(1, AwardJobFixture.reportsOf(UUID.fromString(report.getString("[" + i + "].enrolmentId")),
                    award), "one ActivityReported for row " + (i + 1));
        }
        assertEquals(1, finishedEvents(id).size(), "the job's end is published once");
    }

    /** Four workers at 25 rows a transaction share one job's 120 rows: each row is applied once, the job ends once. */
    @Test
    void concurrentWorkersApplyEachRowOnceAndEndTheJobOnce() {
        UUID achievement = AwardJobFixture.progress("Bulk concurrent");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            rows.add(AwardJobFixture.row(achievement, AwardJobFixture.email("many" + i)));
        }
        String id = AwardJobFixture.submit(admin, rows).then().statusCode(202).extract().path("id");

        assertEquals(120, pass(500));
        assertEquals(0, pass(500), "nothing left to do");
        JsonPath job = AwardJobFixture.status(admin, id);
        assertEquals("COMPLETED", job.getString("status"));
        assertEquals(120, job.getInt("counts.applied"));
        List<Object> awards = AwardJobFixture.awardsOf(id);
        assertEquals(120, awards.size(), "one award per row");
        assertEquals(120, new java.util.HashSet<>(awards).size());
        assertEquals(1, finishedEvents(id).size(), "the job's end is published once");
        assertEquals(120, finishedEvents(id).get(0).applied());
    }

    @Test
    void cancellingAJobCancelsItsWaitingRowsAndEndsIt() {
        UUID achievement = AwardJobFixture.progress("Bulk cancel");
        List<Map<String, Object>> rows = List.of(AwardJobFixture.row(achievement, AwardJobFixture.email("c1")),
                AwardJobFixture.row(achievement, AwardJobFixture.email("c2")),
                AwardJobFixture.row(achievement, null),
                AwardJobFixture.row(achievement, AwardJobFixture.email("c3")));
        String id = AwardJobFixture.submit(admin, rows).then().statusCode(202).extract().path("id");
        assertEquals(1, pass(1));

        given().auth().oauth2(admin).post("/api/v1/award-jobs/" + id + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("counts", equalTo(Map.of("rows", 4, "applied", 1, "failed", 0, "rejected", 1, "waiting", 0,
                        "cancelled", 2)));
        given().auth().oauth2(admin).post("/api/v1/award-jobs/" + id + "/cancel").then().statusCode(409)
                .body("type", equalTo(AwardJobFixture.PROBLEMS + "award-job-finished"));
        assertEquals(0, pass(100), "a cancelled job's rows are not applied");
        assertEquals(List.of("APPLIED", "CANCELLED", "REJECTED", "CANCELLED"),
                AwardJobFixture.report(admin, id).getList("status"));
        assertEquals(1, AwardJobFixture.awardsOf(id).size());
        List<AwardJobFinished> ends = finishedEvents(id);
        assertEquals(1, ends.size());
        assertEquals("CANCELLED", ends.get(0).status());
        assertEquals(2, ends.get(0).cancelled());
    }

    /**
     * The retired row sits between two good ones in one transaction's batch: the batch rolls back and is applied again
     * row by row, so the rows before it are applied once, it fails alone, and the one after it is applied.
     */
    @Test
    void aRowWhoseMicroCredentialWasRetiredMeanwhileFailsWithItsProblem() {
        UUID achievement = AwardJobFixture.progress("Bulk retired");
        UUID kept = AwardJobFixture.progress("Bulk kept");
        String id = AwardJobFixture.submit(admin, List.of(AwardJobFixture.row(kept, AwardJobFixture.email("r0")),
                AwardJobFixture.row(achievement, AwardJobFixture.email("r1")),
                AwardJobFixture.row(kept, AwardJobFixture.email("r2")))).then().statusCode(202).extract().path("id");
        given().auth().oauth2(Approvals.releaseManager(admin)).post("/api/v1/achievements/" + achievement + "/retire").then().statusCode(200);

        assertEquals(3, pass(100));
        JsonPath job = AwardJobFixture.status(admin, id);
        assertEquals("COMPLETED", job.getString("status"));
        assertEquals(Map.of("rows", 3, "applied", 2, "failed", 1, "rejected", 0, "waiting", 0, "cancelled", 0),
                job.getMap("counts"));
        JsonPath report = AwardJobFixture.report(admin, id);
        assertEquals("APPLIED", report.getString("[0].status"));
        assertEquals("FAILED", report.getString("[1].status"));
        assertEquals(AwardJobFixture.PROBLEMS + "achievement-retired", report.getString("[1].problemType"));
        assertEquals("APPLIED", report.getString("[2].status"));
        assertEquals(2, AwardJobFixture.awardsOf(id).size(), "the failed row's transaction wrote nothing");
        for (int i : new int[] {0, 2}) {
            assertEquals(1, AwardJobFixture.reportsOf(UUID.fromString(report.getString("[" + i + "].enrolmentId")),
                    UUID.fromString(report.getString("[" + i + "].awardId"))), "row " + (i + 1) + " applied once");
        }
        assertEquals(1, finishedEvents(id).size());
    }

    @Test
    void aBatchOfTenThousandRowsIsValidatedAndQueuedWhole() {
        UUID achievement = AwardJobFixture.progress("Bulk ten thousand");
        StringBuilder csv = new StringBuilder("achievementId,email,name,score\n");
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 1; i <= 10_000; i++) {
            String email = i % 1000 == 0 ? "bad email " + i : "l" + i + "-" + run + "@learners.example.org";
            csv.append(achievement).append(',').append(email).append(",Learner ").append(i).append(",75\n");
        }
        long started = System.nanoTime();
        JsonPath job = AwardJobFixture.submitCsv(admin, csv.toString()).then().extract().jsonPath();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        String id = job.getString("id");
        try {
            assertEquals("QUEUED", job.getString("status"), job.prettify());
            assertEquals(Map.of("rows", 10_000, "applied", 0, "failed", 0, "rejected", 10, "waiting", 9_990,
                    "cancelled", 0), job.getMap("counts"), "took " + took);
            assertEquals(List.of(1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, 10000),
                    job.getList("rejected.row"));
            assertEquals(2, pass(2));
            assertEquals(9_988, AwardJobFixture.status(admin, id).getInt("counts.waiting"));
        } finally {
            // Not left for the processor of a later test class.
            given().auth().oauth2(admin).post("/api/v1/award-jobs/" + id + "/cancel").then().statusCode(200);
        }
    }

    private int pass(int maxRows) {
        return processor.runOnce(maxRows).await().atMost(Duration.ofSeconds(60));
    }

    private static List<AwardJobFinished> finishedEvents(String id) {
        return AwardJobFixture.committedFor(id).stream().map(EventEnvelope::payload)
                .filter(AwardJobFinished.class::isInstance).map(AwardJobFinished.class::cast).toList();
    }
}
