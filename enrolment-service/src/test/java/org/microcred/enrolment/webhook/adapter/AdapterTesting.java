package org.microcred.enrolment.webhook.adapter;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.microcred.support.testing.Tokens;

/** What the platforms' @QuarkusTests share: configuring an integration and a course mapping as nb-admin. */
public final class AdapterTesting {

    public static final String TENANT = "northbridge";
    public static final String ADMIN = "nb-admin";

    private AdapterTesting() {
    }

    public static void integration(String platform, Map<String, Object> settings) {
        given().auth().oauth2(Tokens.user(ADMIN)).contentType(ContentType.JSON).body(settings)
                .put("/api/v1/lms/integrations/" + platform)
                .then().statusCode(200);
    }

    public static void course(String platform, String courseId, UUID achievement, String completion,
            String activityId) {
        Map<String, Object> mapping = new LinkedHashMap<>();
        mapping.put("achievementId", achievement);
        mapping.put("completion", completion);
        if (activityId != null) {
            mapping.put("activityId", activityId);
        }
        given().auth().oauth2(Tokens.user(ADMIN)).contentType(ContentType.JSON).body(mapping)
                .put("/api/v1/lms/integrations/" + platform + "/courses/" + courseId)
                .then().statusCode(200);
    }

    /** Posts a body as a Moodle plugin or an Open edX webhook does: signed now under the shared secret. */
    public static Response deliverSigned(String platform, String secret, byte[] body) {
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        return deliverSigned(platform, timestamp, SharedSecretSignature.header(secret, timestamp, body), body);
    }

    public static Response deliverSigned(String platform, String timestamp, String signature, byte[] body) {
        return given().contentType(ContentType.JSON)
                .header(SharedSecretSignature.TIMESTAMP, timestamp)
                .header(SharedSecretSignature.SIGNATURE, signature)
                .body(body)
                .post("/api/v1/webhooks/lms/" + TENANT + "/" + platform);
    }

    public static byte[] bytes(Object json) {
        try {
            return Fixtures.MAPPER.writeValueAsBytes(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
