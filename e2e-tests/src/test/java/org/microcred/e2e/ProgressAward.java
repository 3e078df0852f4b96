package org.microcred.e2e;

import java.util.Map;

/**
 * An earner's award made the quickest way there is, for tests about what happens to an award afterwards (wallet apps,
 * presentation requests): a progress micro-credential that the tenant's LMS reports completed.
 *
 * @param credentialId the award's credential id
 * @param issuerId     the tenant's issuer id (its profile URL), which the award's proof and status name
 */
record ProgressAward(String credentialId, String issuerId) {

    private static final String ACTIVITY = "course-complete";

    /** Publishes a micro-credential named {@code name}, enrols {@code earner} through the LMS and completes it. */
    static ProgressAward make(JourneyClient client, String tenant, String admin, String earner, String name) {
        String achievementId = client.publishAchievement(admin, Definitions.progress(name, ACTIVITY, null));
        LmsWebhook lms = new LmsWebhook(client);
        Map<String, Object> learner = LmsWebhook.learner(client.tokens().claims(earner));
        String enrolmentId = lms.apply(tenant, LmsWebhook.enrolmentRequested(achievementId, learner))
                .path("enrolmentId").asText();
        lms.apply(tenant, LmsWebhook.activityCompleted(achievementId, learner, ACTIVITY, null));
        String credentialId = client.awaitCredentialInWallet(earner, enrolmentId).path("id").asText();
        String issuerId = client.http().get(client.endpoints().issuance() + "/api/v1/issuers/" + tenant, null)
                .expect(200).json().path("id").asText();
        return new ProgressAward(credentialId, issuerId);
    }
}
