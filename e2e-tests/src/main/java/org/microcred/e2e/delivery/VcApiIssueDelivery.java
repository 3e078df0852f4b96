package org.microcred.e2e.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.UUID;
import org.microcred.e2e.JourneyClient;

/**
 * The VC-API issuer (docs/wallets/vc-api.md): an institution's system, with its client-credentials token, has an
 * Open Badges 3.0 credential it composed signed, with a revocation entry in the institution's status lists.
 */
final class VcApiIssueDelivery implements Delivery {

    private final JourneyClient client;
    private final String tenant;
    private final String issuerId;
    private final String issuerName;

    /** Reads the institution's issuer profile (not timed): the credential must name its issuer id. */
    VcApiIssueDelivery(JourneyClient client, String tenant) {
        this.client = client;
        this.tenant = tenant;
        JsonNode profile = client.http().get(client.endpoints().issuance() + "/api/v1/issuers/" + tenant, null)
                .expect(200).json();
        this.issuerId = profile.path("id").asText();
        this.issuerName = profile.path("name").asText(tenant);
    }

    @Override
    public void deliver(int n, StepClock clock) {
        String token = client.tokens().clientCredentials("vcapi-" + tenant,
                "MICROCRED_VCAPI_" + tenant.toUpperCase() + "_SECRET");
        ObjectNode request = DeliveryRequests.issueRequest(issuerId, issuerName, UUID.randomUUID(), Instant.now());
        JsonNode answer = clock.call("issue", () -> client.http().post(client.endpoints().issuance()
                + "/api/v1/issuers/" + tenant + "/credentials/issue", token, request), 201).json();
        if (!DeliveryRequests.signedWithStatus(answer)) {
            throw DeliveryFailure.unusable("issue", "no proof or no status entry in " + answer);
        }
    }
}
