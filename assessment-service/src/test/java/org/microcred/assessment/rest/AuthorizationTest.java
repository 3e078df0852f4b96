package org.microcred.assessment.rest;

import org.junit.jupiter.api.Tag;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.microcred.assessment.AssessmentFixture;
import org.microcred.assessment.AssessmentFixture.Task;
import org.microcred.support.testing.Tokens;

/**
 * Every endpoint with every kind of caller: anonymous 401, a role the endpoint does not allow 403,
 * another tenant's user with an allowed role 404. The allowed roles' own answers are tested with
 * their behaviour elsewhere.
 */
@Tag("servers")
@QuarkusTest
class AuthorizationTest {

    private record Endpoint(String method, String path, Object body, List<String> allowedUsers) {
    }

    private static final List<String> USERS = List.of("nb-earner", "nb-assessor", "nb-admin", "nb-release");

    @Test
    void everyEndpointAnswersEachCallerAsItsRolesSay() {
        Task task = AssessmentFixture.pendingTask("northbridge", "nb-earner", "nb-assessor");
        String id = task.id().toString();
        Map<String, Object> assign = Map.of("assessorId", Tokens.subject("nb-assessor2"));
        List<Endpoint> endpoints = List.of(
                new Endpoint("GET", "/api/v1/assessments", null, List.of("nb-assessor", "nb-admin")),
                new Endpoint("GET", "/api/v1/assessments/" + id, null, List.of("nb-assessor", "nb-admin")),
                new Endpoint("POST", "/api/v1/assessments/" + id + "/claim", null, List.of("nb-assessor")),
                new Endpoint("POST", "/api/v1/assessments/" + id + "/release", null, List.of("nb-assessor", "nb-admin")),
                new Endpoint("POST", "/api/v1/assessments/" + id + "/assign", assign, List.of("nb-admin")),
                new Endpoint("POST", "/api/v1/assessments/" + id + "/decision", AssessmentFixture.scores("proficient", "yes"),
                        List.of("nb-assessor")),
                new Endpoint("GET", "/api/v1/assessments/by-submission/" + task.payload().submissionId(), null,
                        List.of("nb-earner")),
                new Endpoint("GET", "/api/v1/assessments/feedback?enrolmentId=" + task.payload().enrolmentId(), null,
                        List.of("nb-earner")));

        Map<String, String> wrong = new LinkedHashMap<>();
        for (Endpoint endpoint : endpoints) {
            expect(wrong, endpoint, null, 401);
            for (String user : USERS) {
                if (!endpoint.allowedUsers().contains(user)) {
                    expect(wrong, endpoint, user, 403);
                }
            }
            // The same role in another tenant: the object does not exist there.
            if (!endpoint.path().equals("/api/v1/assessments")) {
                for (String user : endpoint.allowedUsers()) {
                    expect(wrong, endpoint, "sp-" + user.substring(3), 404);
                }
            }
        }
        assertEquals(Map.of(), wrong, "cells answering otherwise (endpoint as caller -> status)");
        // None of those calls changed the task.
        AssessmentFixture.get("nb-admin", task.id()).statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("PENDING"));
    }

    @Test
    void anotherTenantsQueueDoesNotShowTheTask() {
        Task task = AssessmentFixture.pendingTask("northbridge", "nb-earner", "nb-assessor");
        for (String user : List.of("sp-assessor", "sp-admin")) {
            given().auth().oauth2(Tokens.user(user)).queryParam("achievementId", task.achievementId().toString())
                    .get("/api/v1/assessments").then().statusCode(200)
                    .body("items", org.hamcrest.Matchers.empty()).body("total", org.hamcrest.Matchers.equalTo(0));
        }
    }

    private static void expect(Map<String, String> wrong, Endpoint endpoint, String user, int status) {
        RequestSpecification request = given();
        if (user != null) {
            request = request.auth().oauth2(Tokens.user(user));
        }
        if (endpoint.body() != null) {
            request = request.contentType(ContentType.JSON).body(endpoint.body());
        } else if (endpoint.method().equals("POST")) {
            request = request.contentType(ContentType.JSON);
        }
        int actual = request.request(endpoint.method(), endpoint.path()).then().extract().statusCode();
        if (actual != status) {
            wrong.put(endpoint.method() + " " + endpoint.path() + " as " + (user != null ? user : "anonymous"),
                    "expected " + status + ", got " + actual);
        }
    }
}
