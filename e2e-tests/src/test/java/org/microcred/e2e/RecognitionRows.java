package org.microcred.e2e;

import static org.microcred.e2e.AccessMatrix.Caller.EARNER;
import static org.microcred.e2e.AccessMatrix.Caller.ISSUER_ADMIN;
import static org.microcred.e2e.Definitions.achievement;
import static org.microcred.e2e.Definitions.allOf;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The rows of what recognizers and earners use around a credential (issue 12): badge images, notification
 * preferences and one-click unsubscribe, the share page's downloads, the "verify a file" page, the default badge,
 * and transcripts. Added before {@link CredentialSideRows}, whose last rows revoke the journey's credential.
 */
final class RecognitionRows {

    /** A small valid badge: square, within the upload's size and pixel limits, no script, no external reference. */
    private static final byte[] SVG = ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"256\" height=\"256\""
            + " viewBox=\"0 0 256 256\"><circle cx=\"128\" cy=\"128\" r=\"120\" fill=\"#1f3a5f\"/></svg>")
            .getBytes(StandardCharsets.UTF_8);

    /** Ids the rows make and later rows call. */
    private static final class Made {
        String imageSha256 = "none";
        String transcript = "00000000-0000-0000-0000-000000000000";
    }

    private RecognitionRows() {
    }

    static void add(AccessMatrix m, MatrixFixture f, JourneyClient client) {
        Calls call = new Calls(client);
        Made made = new Made();
        String e = client.endpoints().enrolment() + "/api/v1";
        Http http = client.http();
        // Images are set on drafts only: a draft achievement and a draft pathway of Northbridge's, made for these rows.
        String draft = http.post(e + "/achievements", client.token("nb-admin"),
                Definitions.performance("Matrix image")).expect(201).at("/id");
        String draftPathway = http.post(e + "/pathways", client.token("nb-admin"),
                Definitions.pathway("Matrix image pathway", allOf(achievement(f.achievement)))).expect(201).at("/id");

        m.row("enrolment", "PUT /api/v1/achievements/{id}/versions/{v}/image", call.putRaw(
                        () -> e + "/achievements/" + draft + "/versions/1/image", "image/svg+xml", SVG))
                .allow(200, ISSUER_ADMIN).otherTenant("sp-admin", 404)
                .then(ISSUER_ADMIN, r -> made.imageSha256 = r.at("/sha256"));
        m.row("enrolment", "PUT /api/v1/pathways/{id}/versions/{v}/image", call.putRaw(
                        () -> e + "/pathways/" + draftPathway + "/versions/1/image", "image/svg+xml", SVG))
                .allow(200, ISSUER_ADMIN).otherTenant("sp-admin", 404);
        m.row("enrolment", "GET /api/v1/public/images/{sha256}.svg", call.get(
                        () -> e + "/public/images/" + made.imageSha256 + ".svg"))
                .open("sp-earner", 200);
        String preferences = e + "/me/notification-preferences";
        m.row("enrolment", "GET /api/v1/me/notification-preferences", call.get(() -> preferences))
                .allow(200, EARNER).otherTenant("sp-earner", 200);
        m.row("enrolment", "PUT /api/v1/me/notification-preferences", call.put(() -> preferences,
                        () -> Map.of("preferences", Map.of("inactivity-nudge", true))))
                .allow(200, EARNER).otherTenant("sp-earner", 200);
        // Open to anyone, the signed token being the only credential: one this service did not sign is refused.
        m.row("enrolment", "POST /api/v1/notifications/unsubscribe?token= (not signed here)", call.post(
                        () -> e + "/notifications/unsubscribe?token=v1.bm90.c2lnbmVk", Map::of))
                .open("sp-earner", 400);

        String w = client.endpoints().wallet() + "/api/v1";
        for (String download : List.of("credential.json", "credential.jwt", "baked.png", "baked.svg")) {
            m.row("wallet", "GET /api/v1/public/shares/{token}/" + download, call.get(
                            () -> w + "/public/shares/" + f.shareToken + "/" + download))
                    .open("sp-earner", 200);
        }
        m.row("wallet", "GET /api/v1/public/verify", call.get(() -> w + "/public/verify"))
                .open("sp-earner", 200);
        m.row("wallet", "POST /api/v1/public/verify", call.upload(() -> w + "/public/verify", "credential.json",
                        "application/json", f.credentialDocument.getBytes(StandardCharsets.UTF_8)))
                .open("sp-earner", 200);
        m.row("wallet", "GET /api/v1/public/badges/default.svg", call.get(() -> w + "/public/badges/default.svg"))
                .open("sp-earner", 200);

        String transcripts = w + "/wallet/transcripts";
        // Southport's earner names Northbridge's credential: not in that wallet, so unknown (422), never taken.
        m.row("wallet", "POST /api/v1/wallet/transcripts", call.post(() -> transcripts,
                        () -> Map.of("credentialIds", List.of(f.credential), "name", "Matrix transcript")))
                .allow(202, EARNER).otherTenant("sp-earner", 422)
                .then(EARNER, r -> made.transcript = r.at("/id"));
        m.row("wallet", "GET /api/v1/wallet/transcripts", call.get(() -> transcripts))
                .allow(200, EARNER).otherTenant("sp-earner", 200);
        m.row("wallet", "GET /api/v1/wallet/transcripts/{id}", call.get(() -> transcripts + "/" + made.transcript))
                .allow(200, EARNER).otherTenant("sp-earner", 404);
    }
}
