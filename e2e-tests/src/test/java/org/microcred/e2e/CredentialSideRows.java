package org.microcred.e2e;

import static org.microcred.e2e.AccessMatrix.Caller.EARNER;
import static org.microcred.e2e.AccessMatrix.Caller.ISSUER_ADMIN;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The rows of issuance-service and wallet-service. The status changes of the journey's credential
 * (suspend, reinstate, revoke) come last: the wallet's rows want it valid (AuditRows, after all, reads their records).
 */
final class CredentialSideRows {

    private CredentialSideRows() {
    }

    static void add(AccessMatrix m, MatrixFixture f, JourneyClient client) {
        Calls call = new Calls(client);
        String i = client.endpoints().issuance();
        Map<String, Object> reason = Map.of("reason", "Authorization matrix");
        m.row("issuance", "GET /api/v1/credentials", call.get(() -> i + "/api/v1/credentials"))
                .allow(200, ISSUER_ADMIN).otherTenant("sp-admin", 200);
        m.row("issuance", "GET /api/v1/credentials/{id}", call.get(() -> i + "/api/v1/credentials/" + f.credential))
                .allow(200, ISSUER_ADMIN).otherTenant("sp-admin", 404);
        m.row("issuance", "GET /api/v1/issuer-keys", call.get(() -> i + "/api/v1/issuer-keys"))
                .allow(200, ISSUER_ADMIN).otherTenant("sp-admin", 200);
        m.row("issuance", "POST /api/v1/issuer-keys/rotate", call.post(() -> i + "/api/v1/issuer-keys/rotate", Map::of))
                .allow(201, ISSUER_ADMIN).otherTenant("sp-admin", 201);
        // Never a retired key: compromising it would invalidate the credentials of the other tests.
        m.row("issuance", "POST /api/v1/issuer-keys/{keyId}/compromise (the active key)", call.post(
                        () -> i + "/api/v1/issuer-keys/" + f.activeKey() + "/compromise", () -> reason))
                .expect(ISSUER_ADMIN, 409).otherTenant("sp-admin", 404);
        m.row("issuance", "GET /api/v1/issuers/{tenant}", call.get(() -> i + "/api/v1/issuers/northbridge"))
                .open("sp-earner", 200);
        m.row("issuance", "GET /api/v1/issuers/{tenant}/keys/{keyId}", call.get(
                        () -> i + "/api/v1/issuers/northbridge/keys/" + f.keyId))
                .open("sp-earner", 200);
        m.row("issuance", "GET /api/v1/status-lists/{tenant}/{purpose}/{n}", call.get(() -> f.statusListUrl))
                .open("sp-earner", 200);

        String credentials = client.endpoints().wallet() + "/api/v1/wallet/credentials";
        m.row("wallet", "GET /api/v1/wallet/credentials", call.get(() -> credentials))
                .allow(200, EARNER).otherTenant("sp-earner", 200);
        for (String path : new String[] {"", "/baked.png", "/baked.svg"}) {
            m.row("wallet", "GET /api/v1/wallet/credentials/{id}" + path, call.get(
                            () -> credentials + "/" + f.credential + path))
                    .allow(200, EARNER).otherTenant("sp-earner", 404);
        }
        m.row("wallet", "POST /api/v1/wallet/credentials/{id}/shares", call.post(
                        () -> credentials + "/" + f.credential + "/shares", () -> Map.of("expiresInDays", 7)))
                .allow(201, EARNER).otherTenant("sp-earner", 404);
        String w = client.endpoints().wallet() + "/api/v1";
        m.row("wallet", "GET /api/v1/wallet/shares", call.get(() -> w + "/wallet/shares"))
                .allow(200, EARNER).otherTenant("sp-earner", 200);
        m.row("wallet", "DELETE /api/v1/wallet/shares/{shareId}", call.delete(
                        () -> w + "/wallet/shares/" + f.shareToRevoke))
                .expect(EARNER, 204, 200).otherTenant("sp-earner", 404);
        m.row("wallet", "GET /api/v1/public/shares/{token}", call.get(() -> w + "/public/shares/" + f.shareToken))
                .open("sp-earner", 200);
        m.row("wallet", "POST /api/v1/verify (Data Integrity JSON)", call.postRaw(() -> w + "/verify",
                        "application/json", f.credentialDocument.getBytes(StandardCharsets.UTF_8)))
                .open("sp-earner", 200);
        m.row("wallet", "POST /api/v1/verify (application/vc+jwt)", call.postRaw(() -> w + "/verify",
                        "application/vc+jwt", f.credentialJwt.getBytes(StandardCharsets.UTF_8)))
                .open("sp-earner", 200);
        m.row("wallet", "POST /api/v1/verify/baked", call.upload(() -> w + "/verify/baked", "badge.png", "image/png",
                        f.bakedPng))
                .open("sp-earner", 200);

        for (String action : new String[] {"suspend", "reinstate", "revoke"}) {
            m.row("issuance", "POST /api/v1/credentials/{id}/" + action, call.post(
                            () -> i + "/api/v1/credentials/" + f.credential + "/" + action, () -> reason))
                    .allow(200, ISSUER_ADMIN).otherTenant("sp-admin", 404);
        }
    }
}
