package org.microcred.e2e;

import static org.microcred.e2e.AccessMatrix.Caller.ANONYMOUS;
import static org.microcred.e2e.AccessMatrix.Caller.EARNER;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The rows of presentation requests (docs/wallets/presentation-requests.md): a recognizer makes a request and reads
 * its result with the result token, and a wallet app reads the interaction and starts the exchange, all without an
 * account (the request id and the result token are the capabilities); a signed-in earner (role {@code earner}) sees
 * the request and answers it. One request, made by the first row's anonymous caller for the fixture's achievement,
 * serves the rows after it, which run in the order a request lives: read, started, answered by Northbridge's earner,
 * its result read. PresentationRequestIT walks the answers and refusals themselves.
 */
final class PresentationRows {

    private PresentationRows() {
    }

    static void add(AccessMatrix m, MatrixFixture f, JourneyClient client) {
        Calls call = new Calls(client);
        String wallet = client.endpoints().wallet();
        String achievementId = achievementOf(f.credentialDocument);
        JsonNode[] request = new JsonNode[1];

        m.row("wallet", "POST /api/v1/presentation-requests", call.post(() -> wallet + "/api/v1/presentation-requests",
                        () -> Map.of("achievementId", achievementId, "reason", "The matrix asks")))
                .open("sp-earner", 201)
                .then(ANONYMOUS, reply -> request[0] = reply.json());
        m.row("wallet", "GET /presentation-interactions/{id}", user -> client.http().send("GET",
                        request[0].path("interactionUrl").asText(), call.token(user),
                        Map.of("Accept", "application/json"), null))
                .open("sp-earner", 200);
        m.row("wallet", "POST /presentation-exchanges/{id}", call.post(
                        () -> request[0].path("exchangeUrl").asText(), Map::of))
                .open("sp-earner", 200);

        String earnerRequest = wallet + "/api/v1/wallet/presentation-requests/";
        // A request belongs to no tenant: Southport's earner may open it and sees none of their credentials match.
        m.row("wallet", "GET /api/v1/wallet/presentation-requests/{id}", call.get(
                        () -> earnerRequest + request[0].path("id").asText()))
                .allow(200, EARNER).otherTenant("sp-earner", 200);
        // Northbridge's credential is not Southport's earner's to share (400 on credentialIds, nothing shared).
        m.row("wallet", "POST /api/v1/wallet/presentation-requests/{id}/respond", call.post(
                        () -> earnerRequest + request[0].path("id").asText() + "/respond",
                        () -> Map.of("credentialIds", List.of(f.credential))))
                .allow(200, EARNER).otherTenant("sp-earner", 400);
        m.row("wallet", "GET /api/v1/presentation-results/{resultToken}", call.get(
                        () -> request[0].path("resultUrl").asText()))
                .open("sp-earner", 200);
    }

    private static String achievementOf(String credentialDocument) {
        try {
            return WalletApp.JSON.readTree(credentialDocument).path("credentialSubject").path("achievement")
                    .path("id").asText();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
