package org.microcred.e2e;

import static org.microcred.e2e.AccessMatrix.Caller.ISSUER_ADMIN;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The rows of the OpenID4VCI offers an institution makes for a learner without an account (issue 16, point 2): the
 * issuer-admin of the tenant in the path (or its LMS client, not a column here) makes one of a stand-in's award; an
 * award of an earner with an account is theirs to offer (409); another tenant's admin learns nothing (404). The
 * stand-in's award is made here, by an LMS award request for a new email, as UnclaimedCredentialIT does.
 */
final class IssuerOfferRows {

    private static final String TENANT = "northbridge";

    private IssuerOfferRows() {
    }

    static void add(AccessMatrix m, MatrixFixture f, JourneyClient client) {
        Calls call = new Calls(client);
        String offers = client.endpoints().issuance() + "/api/v1/issuers/" + TENANT + "/openid4vci-offers";
        String standInsAward = standInsAward(client);
        m.row("issuance", "POST /api/v1/issuers/{tenant}/openid4vci-offers", call.post(() -> offers,
                        () -> Map.of("credentialId", standInsAward)))
                .allow(201, ISSUER_ADMIN).otherTenant("sp-admin", 404);
        m.row("issuance", "POST /api/v1/issuers/{tenant}/openid4vci-offers (an account holder's)", call.post(
                        () -> offers, () -> Map.of("credentialId", f.credential)))
                .expect(ISSUER_ADMIN, 409).otherTenant("sp-admin", 404);
    }

    /** A credential issued to a stand-in: an LMS awards a progress micro-credential to an email with no account. */
    private static String standInsAward(JourneyClient client) {
        String achievementId = client.publishAchievement("nb-admin",
                Definitions.progress("Matrix offer by the institution", "course-final", null));
        String email = "matrix-offer-" + UUID.randomUUID().toString().substring(0, 8) + "@learners.example.org";
        JsonNode award = new LmsWebhook(client).apply(TENANT, LmsWebhook.awardRequested(achievementId,
                Map.of("email", email, "name", "Matrix Learner", "studentId", "S-" + email.hashCode()), 90,
                "https://lms.northbridge.example/course/7/completion"));
        String enrolmentId = award.path("enrolmentId").asText();
        String url = client.endpoints().issuance() + "/api/v1/credentials?earnerId="
                + URLEncoder.encode(standInOf(email), StandardCharsets.UTF_8);
        return Poll.until("the stand-in's credential of " + email, JourneyClient.HOP, () -> {
            Http.Reply list = client.http().get(url, client.token("nb-admin"));
            return list.status() != 200 ? Optional.empty() : JourneyClient.items(list.json())
                    .filter(c -> enrolmentId.equals(c.path("enrolmentId").asText()))
                    .map(c -> c.path("id").asText()).findFirst();
        });
    }

    /** The stand-in id enrolment-service gives a learner without an account: SHA-256 of the lower-cased email. */
    private static String standInOf(String email) {
        try {
            return "unclaimed:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(email.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
