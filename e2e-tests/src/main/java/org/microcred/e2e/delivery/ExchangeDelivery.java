package org.microcred.e2e.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.microcred.credentials.dataintegrity.Canonicalizer;
import org.microcred.credentials.testing.TestHolder;
import org.microcred.credentials.testing.TestHolder.DidMethod;
import org.microcred.credentials.testing.TestPresentations;
import org.microcred.credentials.testing.TestPresentations.Suite;
import org.microcred.e2e.Http;
import org.microcred.e2e.JourneyClient;
import org.microcred.e2e.award.BenchAwards.EarnerAward;

/**
 * The VC-API exchange the Learner Credential Wallet walks (docs/wallets/lcw.md): the earner makes the exchange; the
 * wallet reads the interaction URL as JSON, starts the exchange ({@code {}}), signs the DID authentication with the
 * request's challenge and domain by a new Ed25519 did:key, posts it and takes the copy, which must name that DID.
 */
final class ExchangeDelivery implements Delivery {

    private final JourneyClient client;
    private final List<EarnerAward> awards;
    private final Suite suite;
    private final TestPresentations presentations;
    private final boolean qrCodes;

    /**
     * @param suite {@code Ed25519Signature2020} as LCW signs (its context must be known here and to the services:
     *              MICROCRED_JSONLD_CONTEXTS_DIR), or {@code eddsa-rdfc-2022}
     * @param qrCodes whether the earner's app asks for the exchange's QR codes
     */
    ExchangeDelivery(JourneyClient client, List<EarnerAward> awards, Suite suite, boolean qrCodes) {
        this.client = client;
        this.awards = awards;
        this.suite = suite;
        this.presentations = new TestPresentations(new Canonicalizer());
        this.qrCodes = qrCodes;
    }

    @Override
    public void deliver(int n, StepClock clock) {
        EarnerAward award = awards.get(n % awards.size());
        String earnerToken = client.token(award.username());
        TestHolder holder = TestHolder.ed25519(DidMethod.KEY);
        Http http = client.http();

        JsonNode shown = clock.call("create", () -> http.post(client.endpoints().issuance()
                + "/api/v1/wallet/vcapi-exchanges", earnerToken,
                Map.of("credentialId", award.credentialId(), "qrCode", qrCodes)), 201).json();
        JsonNode interaction = clock.call("interaction", () -> http.send("GET", shown.path("interactionUrl").asText(),
                null, Map.of("Accept", "application/json"), null), 200).json();
        String exchangeUrl = interaction.path("protocols").path("vcapi").asText();
        JsonNode request = clock.call("start", () -> http.post(exchangeUrl, null, Map.of()), 200).json()
                .path("verifiablePresentationRequest");
        JsonNode presentation = clock.step("sign-did-authentication", () -> presentations.sign(holder,
                TestPresentations.unsigned(holder, suite, List.of()), suite, request.path("challenge").asText(),
                request.path("domain").asText(), Instant.now()));
        JsonNode answer = clock.call("authenticate", () -> http.postJson(exchangeUrl, null,
                DeliveryRequests.exchangeAnswer(presentation).toString()), 200).json();
        String bound = DeliveryRequests.exchangedHolder(answer);
        if (!holder.did().equals(bound)) {
            throw DeliveryFailure.unusable("authenticate", "the copy is bound to " + bound + ", not to the holder "
                    + holder.did());
        }
    }
}
