package org.microcred.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A bulk award job survives the crash of the service that applies it and of the one that signs its credentials: an
 * issuer-admin submits one job of {@value #ROWS} learners without an account; enrolment-service is killed (SIGKILL)
 * once part of the rows are applied, issuance-service once part of the credentials are issued; both start again. The
 * job ends COMPLETED with every row applied once, and every learner has exactly one credential, signed, waiting in the
 * wallet, and announced once to the institution's endpoint. Real Keycloak, Kafka, PostgreSQL and the five services.
 */
class BulkAwardCrashIT {

    private static final int ROWS = 80;
    private static final Duration WITHIN = Duration.ofMinutes(6);

    private final RunningSystem system = RunningSystem.get();
    private final JourneyClient client = system.client;

    @Test
    void aJobOutlivesTheCrashOfItsProcessorAndOfTheSignerAndIssuesEachCredentialOnce() throws SQLException {
        try (WebhookReceiver institution = new WebhookReceiver()) {
            JsonNode endpoint = client.http().post(client.endpoints().enrolment() + "/api/v1/webhook-endpoints",
                    client.token("nb-admin"), Map.of("url", institution.url(), "description", "Crash receiver",
                            "eventTypes", List.of("credential.issued"))).expect(201).json();
            institution.secret(endpoint.path("secret").asText());
            String achievementId = client.publishAchievement("nb-admin",
                    Definitions.progress("Bulk crash (LMS course)", "course-final", null));
            String run = UUID.randomUUID().toString().substring(0, 8);

            JsonNode job = client.http().post(client.endpoints().enrolment() + "/api/v1/award-jobs",
                    client.token("nb-admin"), Map.of("rows", rows(achievementId, run))).expect(202).json();
            String statusUrl = client.endpoints().enrolment() + "/api/v1/award-jobs/" + job.path("id").asText();

            // The processor dies with rows applied and rows waiting.
            JsonNode halfway = Poll.until("some rows applied", WITHIN, Duration.ofMillis(100), () -> {
                JsonNode status = client.http().get(statusUrl, client.token("nb-admin")).expect(200).json();
                return status.path("counts").path("applied").asInt() >= 10 ? Optional.of(status) : Optional.empty();
            });
            system.killAndRestart("enrolment", Map.of());
            // The signer dies with credentials issued and awards still coming.
            Poll.until("some credentials issued", WITHIN, () -> issued(achievementId) >= 20
                    ? Optional.of(true) : Optional.empty());
            system.killAndRestart("issuance", Map.of());

            JsonNode done = Poll.until("the job completed", WITHIN, () -> {
                JsonNode status = client.http().get(statusUrl, client.token("nb-admin")).expect(200).json();
                return "COMPLETED".equals(status.path("status").asText()) ? Optional.of(status) : Optional.empty();
            });
            assertTrue(halfway.path("counts").path("waiting").asInt() > 0, "the crash came halfway: " + halfway);
            assertEquals(ROWS, done.path("counts").path("applied").asInt(), done.toString());
            assertEquals(ROWS, awards(done.path("id").asText()), "one award per row");

            Poll.until("every credential in the wallet", WITHIN, () -> walletCredentials(achievementId) >= ROWS
                    ? Optional.of(true) : Optional.empty());
            Poll.until("every credential announced", WITHIN, () -> issuedHooks(institution, achievementId).size()
                    >= ROWS ? Optional.of(true) : Optional.empty());
            assertEquals(ROWS, issued(achievementId), "issued once per learner (issuance)");
            assertEquals(ROWS, distinctEarners(achievementId), "one credential per learner");
            assertEquals(ROWS, walletCredentials(achievementId), "once in the wallet");
            List<WebhookReceiver.Delivery> hooks = issuedHooks(institution, achievementId);
            Set<String> credentials = new HashSet<>();
            hooks.forEach(hook -> credentials.add(hook.body().path("data").path("credentialId").asText()));
            assertEquals(ROWS, credentials.size(), "each credential announced: " + hooks.size() + " deliveries");
            assertTrue(hooks.stream().allMatch(WebhookReceiver.Delivery::signed), "every delivery signed");
            client.http().delete(client.endpoints().enrolment() + "/api/v1/webhook-endpoints/"
                    + endpoint.path("id").asText(), client.token("nb-admin")).expect(204);
        }
    }

    private static List<Map<String, Object>> rows(String achievementId, String run) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            rows.add(Map.of("achievementId", achievementId, "score", 90,
                    "learner", Map.of("email", "crash-" + run + "-" + i + "@learners.example.org",
                            "name", "Crash Learner " + i)));
        }
        return rows;
    }

    private static List<WebhookReceiver.Delivery> issuedHooks(WebhookReceiver institution, String achievementId) {
        return institution.deliveries().stream().filter(d -> d.type().equals("credential.issued")
                && achievementId.equals(d.body().path("data").path("achievementId").asText())).toList();
    }

    private long awards(String jobId) {
        return count("enrolment", "SELECT count(*) FROM lms_award WHERE webhook_id LIKE ?", "job:" + jobId + ":%");
    }

    private long issued(String achievementId) {
        return count("issuance", "SELECT count(*) FROM issued_credential WHERE achievement_id = ?::uuid", achievementId);
    }

    private long distinctEarners(String achievementId) {
        return count("issuance", "SELECT count(DISTINCT earner_id) FROM issued_credential WHERE achievement_id = ?::uuid",
                achievementId);
    }

    private long walletCredentials(String achievementId) {
        return count("wallet", "SELECT count(*) FROM wallet_credential WHERE achievement_id = ?::uuid", achievementId);
    }

    private long count(String service, String sql, String parameter) {
        try (Connection db = system.database(service); PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
