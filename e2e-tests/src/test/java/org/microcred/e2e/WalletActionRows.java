package org.microcred.e2e;

import static org.microcred.e2e.AccessMatrix.Caller.EARNER;

import java.util.List;
import java.util.Map;

/**
 * The rows of the wallet's actions for the mobile app (issue 12): hiding a credential, portfolios and their public
 * links, and removing a credential. {@link #addRemoval} is the matrix's very last row: it takes the journey's
 * credential out of the wallet.
 */
final class WalletActionRows {

    private static final String NONE = "00000000-0000-0000-0000-000000000000";

    /** Ids the rows make and later rows call. */
    private static final class Made {
        String portfolio = NONE;
        String share = NONE;
        String token = "none";
    }

    private WalletActionRows() {
    }

    static void add(AccessMatrix m, MatrixFixture f, JourneyClient client) {
        Calls call = new Calls(client);
        Made made = new Made();
        String w = client.endpoints().wallet() + "/api/v1";
        String hidden = w + "/wallet/credentials/" + f.credential + "/hidden";
        m.row("wallet", "PUT /api/v1/wallet/credentials/{id}/hidden", call.put(() -> hidden, Map::of))
                .allow(204, EARNER).otherTenant("sp-earner", 404);
        m.row("wallet", "DELETE /api/v1/wallet/credentials/{id}/hidden", call.delete(() -> hidden))
                .allow(204, EARNER).otherTenant("sp-earner", 404);

        String portfolios = w + "/wallet/portfolios";
        // Southport's earner names Northbridge's credential: not in that wallet, so unknown (422), never taken.
        m.row("wallet", "POST /api/v1/wallet/portfolios", call.post(() -> portfolios, () -> Map.of(
                        "title", "Matrix portfolio", "credentialIds", List.of(f.credential))))
                .allow(201, EARNER).otherTenant("sp-earner", 422)
                .then(EARNER, r -> made.portfolio = r.at("/id"));
        m.row("wallet", "GET /api/v1/wallet/portfolios", call.get(() -> portfolios))
                .allow(200, EARNER).otherTenant("sp-earner", 200);
        m.row("wallet", "GET /api/v1/wallet/portfolios/{id}", call.get(() -> portfolios + "/" + made.portfolio))
                .allow(200, EARNER).otherTenant("sp-earner", 404);
        m.row("wallet", "PUT /api/v1/wallet/portfolios/{id}", call.put(() -> portfolios + "/" + made.portfolio,
                        () -> Map.of("title", "Matrix portfolio, renamed", "credentialIds", List.of(f.credential))))
                .allow(200, EARNER).otherTenant("sp-earner", 404);
        m.row("wallet", "POST /api/v1/wallet/portfolios/{id}/shares", call.post(
                        () -> portfolios + "/" + made.portfolio + "/shares", () -> Map.of("expiresInDays", 7)))
                .allow(201, EARNER).otherTenant("sp-earner", 404)
                .then(EARNER, r -> {
                    made.share = r.at("/shareId");
                    String url = r.at("/url");
                    made.token = url.substring(url.lastIndexOf('/') + 1);
                });
        m.row("wallet", "GET /api/v1/wallet/portfolios/{id}/shares", call.get(
                        () -> portfolios + "/" + made.portfolio + "/shares"))
                .allow(200, EARNER).otherTenant("sp-earner", 404);
        m.row("wallet", "GET /api/v1/public/portfolios/{token}", call.get(() -> w + "/public/portfolios/" + made.token))
                .open("sp-earner", 200);
        m.row("wallet", "GET /api/v1/public/portfolios/{token}/credentials/{id}/credential.json", call.get(
                        () -> w + "/public/portfolios/" + made.token + "/credentials/" + f.credential
                                + "/credential.json"))
                .open("sp-earner", 200);
        m.row("wallet", "DELETE /api/v1/wallet/portfolios/{id}/shares/{shareId}", call.delete(
                        () -> portfolios + "/" + made.portfolio + "/shares/" + made.share))
                .allow(204, EARNER).otherTenant("sp-earner", 404);
        m.row("wallet", "DELETE /api/v1/wallet/portfolios/{id}", call.delete(() -> portfolios + "/" + made.portfolio))
                .allow(204, EARNER).otherTenant("sp-earner", 404);
    }

    /** Removing the journey's credential from the wallet: last, since every other wallet row wants it there. */
    static void addRemoval(AccessMatrix m, MatrixFixture f, JourneyClient client) {
        Calls call = new Calls(client);
        String credential = client.endpoints().wallet() + "/api/v1/wallet/credentials/" + f.credential;
        m.row("wallet", "DELETE /api/v1/wallet/credentials/{id}", call.delete(() -> credential))
                .allow(204, EARNER).otherTenant("sp-earner", 404);
    }
}
