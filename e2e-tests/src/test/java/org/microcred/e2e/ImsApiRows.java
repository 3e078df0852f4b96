package org.microcred.e2e;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.microcred.e2e.AccessMatrix.Caller.EARNER;
import static org.microcred.e2e.AccessMatrix.Caller.ISSUER_ADMIN;

import java.util.Map;

/**
 * The rows of issue 17's endpoints. The Open Badges 3.0 API of an institution's wallet answers by scope, not by role:
 * a user's own token from the password grant carries none of the API's scopes, so every role is refused 403 (OB3ApiIT
 * walks the API with the tokens a connected platform gets); its discovery document is open to anyone. "Send to my
 * backpack" is the earner's; its callback takes a capability (the state), so anyone reaching it without one gets 400.
 * Registration is open to anyone; connected apps are the earner's, the registered platforms the institution admin's.
 */
final class ImsApiRows {

    private ImsApiRows() {
    }

    static void add(AccessMatrix m, MatrixFixture f, JourneyClient client) {
        Calls call = new Calls(client);
        String api = client.endpoints().wallet() + "/ims-api/northbridge/ims/ob/v3p0";
        m.row("wallet", "GET /ims-api/{tenant}/ims/ob/v3p0/discovery", call.get(() -> api + "/discovery"))
                .open("sp-earner", 200);
        m.row("wallet", "GET /ims-api/{tenant}/ims/ob/v3p0/credentials", call.get(() -> api + "/credentials"))
                .otherTenant("sp-earner", 403);
        m.row("wallet", "POST /ims-api/{tenant}/ims/ob/v3p0/credentials", call.postRaw(() -> api + "/credentials",
                        "application/json", f.credentialDocument.getBytes(UTF_8)))
                .otherTenant("sp-earner", 403);
        m.row("wallet", "GET /ims-api/{tenant}/ims/ob/v3p0/profile", call.get(() -> api + "/profile"))
                .otherTenant("sp-earner", 403);
        m.row("wallet", "PUT /ims-api/{tenant}/ims/ob/v3p0/profile", call.put(() -> api + "/profile",
                        () -> Map.of("type", "Profile")))
                .otherTenant("sp-earner", 403);

        // Registration is open (RFC 7591 without an initial access token): an empty request is refused for what it is.
        m.row("wallet", "POST /ims-api/{tenant}/register", call.post(
                        () -> client.endpoints().wallet() + "/ims-api/northbridge/register", () -> Map.of()))
                .open("sp-earner", 400);
        String wallet = client.endpoints().wallet() + "/api/v1/wallet";
        m.row("wallet", "GET /api/v1/wallet/connected-apps", call.get(() -> wallet + "/connected-apps"))
                .allow(200, EARNER).otherTenant("sp-earner", 200);
        m.row("wallet", "DELETE /api/v1/wallet/connected-apps/{clientId}", call.delete(
                        () -> wallet + "/connected-apps/ims-not-registered"))
                .allow(404, EARNER).otherTenant("sp-earner", 404);
        m.row("wallet", "GET /api/v1/wallet/ims-clients", call.get(() -> wallet + "/ims-clients"))
                .allow(200, ISSUER_ADMIN).otherTenant("sp-admin", 200);
        m.row("wallet", "DELETE /api/v1/wallet/ims-clients/{clientId}", call.delete(
                        () -> wallet + "/ims-clients/ims-not-registered"))
                .allow(404, ISSUER_ADMIN).otherTenant("sp-admin", 404);

        String sends = client.endpoints().wallet() + "/api/v1/wallet/backpack/sends";
        // The earner's own credential to a host that is not https: past the role check, refused for the URL.
        m.row("wallet", "POST /api/v1/wallet/backpack/sends", call.post(() -> sends,
                        () -> Map.of("credentialId", f.credential, "host", "ftp://backpack.example/ims-api/elsewhere")))
                .allow(400, EARNER).otherTenant("sp-earner", 404);
        m.row("wallet", "GET /api/v1/wallet/backpack/sends", call.get(() -> sends))
                .allow(200, EARNER).otherTenant("sp-earner", 200);
        m.row("wallet", "GET /api/v1/public/backpack/callback", call.get(() -> client.endpoints().wallet()
                        + "/api/v1/public/backpack/callback"))
                .open("sp-earner", 400);
    }
}
