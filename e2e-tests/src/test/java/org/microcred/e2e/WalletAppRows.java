package org.microcred.e2e;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.microcred.e2e.AccessMatrix.Caller.EARNER;

import java.util.Map;

/**
 * The rows of issue 16's endpoints: the earner sends their credential to a wallet app (a VC-API exchange for the
 * Learner Credential Wallet, an OpenID4VCI offer), the VC-API issuer (an institution's system with the client role
 * {@code vc-issuer} only, so no user of any role), and the VC-API verifier (anyone). The wallet apps' own endpoints
 * (interaction URLs, exchanges, token, nonce, credential) take capabilities, not accounts: WalletAppsIT walks them.
 * Added before {@link CredentialSideRows}, while the fixture's credential is still active.
 */
final class WalletAppRows {

    private WalletAppRows() {
    }

    static void add(AccessMatrix m, MatrixFixture f, JourneyClient client) {
        Calls call = new Calls(client);
        String issuance = client.endpoints().issuance();
        Map<String, Object> ownCredential = Map.of("credentialId", f.credential);
        // Southport's earner names Northbridge's credential: not theirs, so unknown (404).
        m.row("issuance", "POST /api/v1/wallet/vcapi-exchanges", call.post(
                        () -> issuance + "/api/v1/wallet/vcapi-exchanges", () -> ownCredential))
                .allow(201, EARNER).otherTenant("sp-earner", 404);
        m.row("issuance", "POST /api/v1/wallet/openid4vci-offers", call.post(
                        () -> issuance + "/api/v1/wallet/openid4vci-offers", () -> ownCredential))
                .allow(201, EARNER).otherTenant("sp-earner", 404);

        String vcApi = issuance + "/api/v1/issuers/northbridge/credentials";
        m.row("issuance", "POST /api/v1/issuers/{tenant}/credentials/issue", call.post(() -> vcApi + "/issue",
                        () -> Map.of("credential", Map.of())))
                .otherTenant("sp-admin", 403);
        m.row("issuance", "POST /api/v1/issuers/{tenant}/credentials/status", call.post(() -> vcApi + "/status",
                        () -> Map.of("credentialId", "urn:uuid:" + f.credential)))
                .otherTenant("sp-admin", 403);

        String verifier = client.endpoints().wallet() + "/api/v1/verifier";
        m.row("wallet", "POST /api/v1/verifier/credentials/verify", call.postRaw(
                        () -> verifier + "/credentials/verify", "application/json",
                        ("{\"verifiableCredential\": " + f.credentialDocument + "}").getBytes(UTF_8)))
                .open("sp-earner", 200);
        // An empty presentation is refused for what it is, whoever asks (no account is needed or used).
        m.row("wallet", "POST /api/v1/verifier/presentations/verify", call.post(
                        () -> verifier + "/presentations/verify", () -> Map.of("verifiablePresentation", Map.of(),
                                "options", Map.of("challenge", "c", "domain", "https://recognizer.example"))))
                .open("sp-earner", 400, 422);
    }
}
