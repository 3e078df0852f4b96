package org.microcred.e2e.notification;

import java.util.Map;
import java.util.Optional;
import org.microcred.e2e.Http;
import org.microcred.e2e.JourneyClient;
import org.microcred.e2e.Poll;

/** One attempt of a journey over the public API: the earner submits it, an assessor claims and decides it. */
final class Attempts {

    private final JourneyClient client;

    Attempts(JourneyClient client) {
        this.client = client;
    }

    /**
     * Opens the earner's next attempt (waiting until submission-service has heard of the enrolment, and of the last
     * decision: until then it answers 404 or 409), submits evidence, and the assessor scores both criteria at
     * {@code level}; answers the decision (REVISE below the required level while attempts are left, AWARD at it).
     */
    String submitAndDecide(String earner, String assessor, String achievementId, String enrolmentId, String level) {
        String submissionId = Poll.until("an attempt to open for enrolment " + enrolmentId, JourneyClient.HOP, () -> {
            Http.Reply reply = client.http().post(client.endpoints().submission() + "/api/v1/submissions",
                    client.token(earner), Map.of("enrolmentId", enrolmentId));
            return reply.status() == 404 || reply.status() == 409 ? Optional.empty()
                    : Optional.of(reply.expect(201, 200).at("/id"));
        });
        client.submitEvidence(earner, submissionId, "My checks changed the lesson as it went.",
                JourneyClient.lessonPlanPdf("Lesson plan " + submissionId));
        String assessmentId = client.awaitAssessmentTask(assessor, achievementId, submissionId);
        client.claim(assessor, assessmentId);
        return client.decide(assessor, assessmentId, level, "Judged at " + level + ".");
    }
}
