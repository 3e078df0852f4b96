package org.microcred.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * The demo journey against the running system (bin/demo starts it): prints each stage, what the
 * earner's dashboard shows after it, and the public link to the shared credential.
 */
public final class Demo {

    private static final Map<String, String> STAGE_AFTER = Map.of(
            JourneyWalk.ENROL, "ENROLLED",
            JourneyWalk.SUBMIT, "SUBMITTED",
            JourneyWalk.CLAIM, "IN_REVIEW",
            JourneyWalk.DECIDE, "AWARDED",
            JourneyWalk.DECISION_TO_WALLET, "ISSUED",
            JourneyWalk.SHARE, "SHARED");

    private Demo() {
    }

    public static void main(String[] args) {
        Http http = new Http();
        Endpoints endpoints = Endpoints.fromEnvironment();
        JourneyClient client = new JourneyClient(http, endpoints, endpoints.tokens());
        String name = "Formative Assessment in Practice (demo " + System.currentTimeMillis() % 100000 + ")";

        say("1. nb-admin (issuer-admin, Northbridge University) defines \"" + name + "\" and submits it for review;"
                + " nb-release (release-manager) approves it, which publishes it");
        String achievementId = client.publishAchievement("nb-admin", name);
        say("   micro-credential " + achievementId + " is in the catalogue");

        String[] enrolment = new String[1];
        JourneyWalk walk = new JourneyWalk(client, (stage, nanos, detail) -> {
            say(String.format("%s  %-40s %6d ms  %s", "   ✓", stage, nanos / 1_000_000, detail));
            if (stage.equals(JourneyWalk.ENROL)) {
                enrolment[0] = detail.substring("enrolment ".length());
            }
            String expected = STAGE_AFTER.get(stage);
            if (expected != null) {
                // The credential may be issued before the dashboard is asked: ISSUED overtakes AWARDED.
                JsonNode journey = expected.equals("AWARDED")
                        ? client.awaitStage("nb-earner", enrolment[0], expected, "ISSUED")
                        : client.awaitStage("nb-earner", enrolment[0], expected);
                say("     dashboard of nb-earner: " + journey.path("stage").asText()
                        + nextAction(journey));
            }
        });
        say("2. nb-earner (Zoë) accepts the commitment and enrols, submits evidence; nb-assessor claims the task,"
                + " scores the rubric and awards;"
                + " issuance builds the Open Badges 3.0 credential; the wallet stores it; Zoë shares it");
        JourneyWalk.Result result = walk.walk("nb-earner", "nb-assessor", achievementId);
        say(String.format("3. Journey complete in %d ms.", result.totalNanos() / 1_000_000));

        Http.Reply shared = client.openShared(result.shareUrl());
        say("4. A recognizer opens the link without an account: HTTP " + shared.status() + ", \""
                + shared.json().path("achievementName").asText() + "\" issued by "
                + shared.json().path("issuerName").asText());
        JsonNode verification = shared.json().path("verification");
        StringBuilder checks = new StringBuilder();
        verification.path("checks").forEach(check -> checks.append(check.path("passed").asBoolean() ? " ✓ " : " ✗ ")
                .append(check.path("check").asText()));
        say("   Verification: " + (verification.path("verified").asBoolean() ? "VERIFIED" : "NOT VERIFIED") + " —" + checks);
        say("");
        say("   Shared credential: " + result.shareUrl());
        if (!verification.path("verified").asBoolean()) {
            // CI walks the demo too (.ci/run): a shared credential that does not verify fails it.
            System.exit(1);
        }
    }

    private static String nextAction(JsonNode journey) {
        String next = journey.path("nextAction").asText("");
        return next.isEmpty() || next.equals("null") ? "" : " — next: " + next;
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
