package org.microcred.e2e;

import static org.microcred.e2e.AccessMatrix.Caller.ISSUER_ADMIN;
import static org.microcred.e2e.AccessMatrix.Caller.RELEASE_MANAGER;

import java.util.Map;
import java.util.UUID;

/**
 * The release gate's rows (issuance-service): issuer-admins and release-managers read, only release-managers
 * change. The fixture's micro-credential has no gate, so the single-award rows name a release that does not exist:
 * the allowed roles get 404, the others 403 before the lookup; a bulk release of its version releases nothing.
 */
final class ReleaseRows {

    private ReleaseRows() {
    }

    static void add(AccessMatrix m, MatrixFixture f, JourneyClient client) {
        Calls call = new Calls(client);
        String releases = client.endpoints().issuance() + "/api/v1/releases";
        String unknown = releases + "/" + UUID.randomUUID();
        m.row("issuance", "GET /api/v1/releases", call.get(() -> releases))
                .allow(200, ISSUER_ADMIN, RELEASE_MANAGER).otherTenant("sp-release", 200);
        m.row("issuance", "GET /api/v1/releases/{id} (none such)", call.get(() -> unknown))
                .allow(404, ISSUER_ADMIN, RELEASE_MANAGER).otherTenant("sp-release", 404);
        m.row("issuance", "POST /api/v1/releases/{id}/release (none such)", call.post(() -> unknown + "/release",
                        Map::of))
                .allow(404, RELEASE_MANAGER).otherTenant("sp-release", 404);
        m.row("issuance", "POST /api/v1/releases/{id}/hold (none such)", call.post(() -> unknown + "/hold",
                        () -> Map.of("reason", "Authorization matrix", "shareWithEarner", false)))
                .allow(404, RELEASE_MANAGER).otherTenant("sp-release", 404);
        m.row("issuance", "POST /api/v1/releases/bulk-release", call.post(() -> releases + "/bulk-release",
                        () -> Map.of("achievementId", f.achievement, "achievementVersion", 1)))
                .allow(200, RELEASE_MANAGER).otherTenant("sp-release", 200);
    }
}
