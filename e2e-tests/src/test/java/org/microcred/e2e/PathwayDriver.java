package org.microcred.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * An institution's pathways as the pathway tests build and walk them: progress micro-credentials earned through LMS
 * webhooks (an activity completed), pathways published through review, and the earner's progress earned that way.
 */
final class PathwayDriver {

    static final String ACTIVITY = "course-complete";

    private final JourneyClient client;
    private final LmsWebhook lms;
    private final String tenant;
    private final String admin;

    PathwayDriver(JourneyClient client, String tenant, String admin) {
        this.client = client;
        this.lms = new LmsWebhook(client);
        this.tenant = tenant;
        this.admin = admin;
    }

    /** A published micro-credential awarded when the LMS reports {@value #ACTIVITY}. */
    String progressAchievement(String name) {
        return client.publishAchievement(admin, Definitions.progress(name, ACTIVITY, null));
    }

    /** A pathway created and published (submitted and approved by the institution's release-manager). */
    String publishedPathway(String name, Map<String, Object> rule) {
        String id = client.http().post(client.endpoints().enrolment() + "/api/v1/pathways", client.token(admin),
                Definitions.pathway(name, rule)).expect(201).at("/id");
        client.publishPathway(admin, id);
        return id;
    }

    /**
     * The LMS enrols the learner and reports the course completed, each delivery followed on its status endpoint
     * until PROCESSED; answers the enrolment id.
     */
    String earn(Map<String, Object> learner, String achievementId) {
        String enrolmentId = lms.apply(tenant, LmsWebhook.enrolmentRequested(achievementId, learner))
                .path("enrolmentId").asText();
        JsonNode reported = lms.apply(tenant, LmsWebhook.activityCompleted(achievementId, learner, ACTIVITY, null));
        if (!enrolmentId.equals(reported.path("enrolmentId").asText())) {
            throw new AssertionError("the completion was applied to enrolment " + enrolmentId + ": " + reported);
        }
        return enrolmentId;
    }
}
