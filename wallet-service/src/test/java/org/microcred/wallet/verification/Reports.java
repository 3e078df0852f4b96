package org.microcred.wallet.verification;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import org.microcred.wallet.WalletFixture;

/** Calls to the verify endpoint and assertions on its report. */
final class Reports {

    private Reports() {
    }

    /** A credential's JSON posted from a client address of its own (rate limits stay out of the way). */
    static ValidatableResponse verify(String body) {
        return WalletFixture.publicClient().contentType(ContentType.JSON).body(body)
                .post("/api/v1/verify").then();
    }

    static ValidatableResponse check(ValidatableResponse report, String check, boolean passed) {
        return report.body("checks.find { it.check == '" + check + "' }.passed", equalTo(passed));
    }

    /** The path of a check's detail, for {@code body(detail("status"), ...)}. */
    static String detail(String check) {
        return "checks.find { it.check == '" + check + "' }.detail";
    }

    /** REST Assured encodes only the media types it knows; the compact JWS goes as its bytes. */
    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
